import { createResource, Show } from 'solid-js';
import type { Interview, Interviewer } from '../../domain/records/model';
import type { FieldErrors } from '../../domain/records/validate/fields';
import { placeOf } from '../holidays';
import { editInterview, removeInterviewer } from '../store';
import { Field } from './Field';
import { ContactCardLink } from './ContactCardLink';

interface Props {
  interviewId: string;
  /** Where the interviewer works: a number without + is read in that country. */
  place: Pick<Interview, 'interviewerCountry' | 'interviewerRegion' | 'timeZone'>;
  company: string;
  person: Interviewer;
  index: number;
  count: number;
  errors: FieldErrors;
}

/** One interviewer's card: name exactly as printed, title, email, direct line, postal address. */
export function InterviewerFields(props: Props) {
  const edit = (field: keyof Interviewer) => (value: string) =>
    editInterview(props.interviewId, ['interviewers', props.index, field], value);
  const error = (field: string) => props.errors[`interviewers.${props.index}.${field}`];
  // The phone library is its own chunk, fetched once there is a number to check; until then the quick check shows.
  const [phone] = createResource(() => props.person.phone.trim() || undefined, () => import('../../domain/messages/phone-number'));
  const phoneError = () => {
    const module = phone();
    if (!module || props.person.phone.trim() === '') return error('phone');
    const place = placeOf(props.place);
    return module.phoneNumberProblem(props.person.phone, { country: place?.country ?? '', name: place?.placeName ?? '' });
  };
  return (
    <fieldset>
      <legend>{props.count > 1 ? `Interviewer ${props.index + 1}` : 'Interviewer'}</legend>
      <div class="grid">
        <Field label="Interviewer name" value={props.person.name} onInput={edit('name')} error={error('name')} hint="Exactly as spelled on their card." required />
        <Field label="Job title" value={props.person.title} onInput={edit('title')} />
        <Field label="Interviewer email" type="email" value={props.person.email} onInput={edit('email')} error={error('email')} />
        <Field label="Interviewer phone" type="tel" value={props.person.phone} onInput={edit('phone')} error={phoneError()} hint="Their direct line, as on their card." />
      </div>
      <Field label="Postal address" multiline value={props.person.address} onInput={edit('address')} />
      <div class="actions">
        <ContactCardLink person={props.person} company={props.company} />
        <Show when={props.count > 1}>
          <button type="button" class="quiet" onClick={() => removeInterviewer(props.interviewId, props.person.id)}>
            Remove {props.person.name.trim() || `interviewer ${props.index + 1}`}
          </button>
        </Show>
      </div>
    </fieldset>
  );
}
