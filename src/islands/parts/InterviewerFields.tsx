import { createResource, Show } from 'solid-js';
import { CONTACT_ROLES } from '../../domain/records/choices';
import { CONTACT_ROLE_LABELS } from '../../domain/records/contacts';
import type { ContactRole, Interview, Interviewer } from '../../domain/records/model';
import type { FieldErrors } from '../../domain/records/validate/fields';
import { placeOf } from '../holidays';
import { removeInterviewer } from '../contact-actions';
import { editInterview } from '../store';
import { interviewFieldConflict } from '../field-conflict';
import { Field } from './Field';
import { ContactCardLink } from './ContactCardLink';
import { CardImport } from './CardImport';
import { ContactClockFields } from './ContactClockFields';
import { ContactGreetingFields } from './ContactGreetingFields';
import { InterviewerLinks } from './InterviewerLinks';
import { SelectField } from './SelectField';

interface Props {
  interviewId: string;
  /** Where the interviewer works: a number without + is read in that country. */
  place: Pick<Interview, 'interviewerCountry' | 'interviewerRegion' | 'timeZone'>;
  company: string;
  person: Interviewer;
  index: number;
  count: number;
  errors: FieldErrors;
  /** Called when removing this card also sent the follow-ups back to the interviewers, with its name, so the form can say so. */
  onRemoved?: (name: string) => void;
}

// The fields' labels name the role, so "Recruiter email" is never mistaken for the interviewer's.
const WHO: Record<ContactRole, string> = { interviewer: 'Interviewer', coordinator: 'Coordinator', recruiter: 'Recruiter' };
const NAME_HINT: Record<ContactRole, string> = {
  interviewer: 'Exactly as spelled on their card.',
  coordinator: 'The HR or interview coordinator who arranged it, exactly as spelled on their email or card.',
  recruiter: 'The consultant at the agency that put you forward, exactly as spelled on their card.',
};

/**
 * One contact's card: who they are to you (interviewer, HR / coordinator,
 * recruiter / agency), name exactly as printed, title, email, direct line,
 * postal address.
 */
export function InterviewerFields(props: Props) {
  const who = () => WHO[props.person.contactRole];
  const remove = () => {
    const name = props.person.name.trim() || `${CONTACT_ROLE_LABELS[props.person.contactRole].toLowerCase()} ${props.index + 1}`;
    if (removeInterviewer(props.interviewId, props.person.id)) props.onRemoved?.(name);
  };
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
  const conflict = (field: keyof Interviewer) => interviewFieldConflict(props.interviewId, ['interviewers', props.index, field]);
  return (
    <fieldset>
      <legend>{props.count > 1 ? `Contact ${props.index + 1}: ${CONTACT_ROLE_LABELS[props.person.contactRole]}` : CONTACT_ROLE_LABELS[props.person.contactRole]}</legend>
      <CardImport target={{ interviewId: props.interviewId, interviewerId: props.person.id }} who={props.person.name.trim() || `${CONTACT_ROLE_LABELS[props.person.contactRole].toLowerCase()} ${props.index + 1}`} />
      <div class="grid">
        <SelectField
          label="Contact role"
          value={props.person.contactRole}
          onChange={(value) => editInterview(props.interviewId, ['interviewers', props.index, 'contactRole'], value)}
          options={CONTACT_ROLES.map((value) => ({ value, label: CONTACT_ROLE_LABELS[value] }))}
          hint="Who they are to you. Emails and the call script are worded for it."
        />
        <Field label={`${who()} name`} value={props.person.name} onInput={edit('name')} conflict={conflict('name')} error={error('name')} hint={NAME_HINT[props.person.contactRole]} required />
        <Field label="Job title" value={props.person.title} onInput={edit('title')} conflict={conflict('title')} />
        <Field label={`${who()} email`} type="email" value={props.person.email} onInput={edit('email')} conflict={conflict('email')} error={error('email')} />
        <Field label={`${who()} phone`} type="tel" value={props.person.phone} onInput={edit('phone')} conflict={conflict('phone')} error={phoneError()} hint="Their direct line, as on their card." />
      </div>
      <ContactGreetingFields interviewId={props.interviewId} index={props.index} person={props.person} country={placeOf(props.place)?.country ?? ''} countryName={placeOf(props.place)?.placeName ?? ''} errors={props.errors} />
      <Field label="Postal address" multiline value={props.person.address} onInput={edit('address')} conflict={conflict('address')} />
      <ContactClockFields interviewId={props.interviewId} index={props.index} person={props.person} />
      <InterviewerLinks interviewId={props.interviewId} index={props.index} links={props.person.links} />
      <div class="actions">
        {/* A recruiter works for the agency, not the employer: their card leaves the company out rather than get it wrong. */}
        <ContactCardLink person={props.person} company={props.person.contactRole === 'recruiter' ? '' : props.company} />
        <Show when={props.count > 1}>
          <button type="button" class="quiet" onClick={remove}>
            Remove {props.person.name.trim() || `${CONTACT_ROLE_LABELS[props.person.contactRole].toLowerCase()} ${props.index + 1}`}
          </button>
        </Show>
      </div>
    </fieldset>
  );
}
