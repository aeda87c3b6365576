import { Show } from 'solid-js';
import type { Interviewer } from '../../domain/records/model';
import type { FieldErrors } from '../../domain/records/validate/fields';
import { editInterview, removeInterviewer } from '../store';
import { interviewFieldConflict } from '../field-conflict';
import { Field } from './Field';
import { ContactCardLink } from './ContactCardLink';

interface Props {
  interviewId: string;
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
  const conflict = (field: keyof Interviewer) => interviewFieldConflict(props.interviewId, ['interviewers', props.index, field]);
  return (
    <fieldset>
      <legend>{props.count > 1 ? `Interviewer ${props.index + 1}` : 'Interviewer'}</legend>
      <div class="grid">
        <Field label="Interviewer name" value={props.person.name} onInput={edit('name')} conflict={conflict('name')} error={error('name')} hint="Exactly as spelled on their card." required />
        <Field label="Job title" value={props.person.title} onInput={edit('title')} conflict={conflict('title')} />
        <Field label="Interviewer email" type="email" value={props.person.email} onInput={edit('email')} conflict={conflict('email')} error={error('email')} />
        <Field label="Interviewer phone" type="tel" value={props.person.phone} onInput={edit('phone')} conflict={conflict('phone')} error={error('phone')} hint="Their direct line." />
      </div>
      <Field label="Postal address" multiline value={props.person.address} onInput={edit('address')} conflict={conflict('address')} />
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
