import { createEffect, createMemo, Show } from 'solid-js';
import { greeting } from '../../domain/messages/draft-parts';
import { salutationChoices } from '../../domain/messages/salutation';
import type { Salutation } from '../../domain/records/forms-of-address';
import type { Interviewer } from '../../domain/records/model';
import type { FieldErrors } from '../../domain/records/validate/fields';
import { editInterview } from '../store';
import { interviewFieldConflict } from '../field-conflict';
import { Field } from './Field';
import { SelectField } from './SelectField';

interface Props {
  interviewId: string;
  index: number;
  person: Interviewer;
  /** The contact's country (ISO 3166), whose custom the default greeting follows; `''` while not known. */
  country: string;
  /** The country's name, to say why the default is what it is; `''` when not known. */
  countryName: string;
  errors: FieldErrors;
}

/**
 * How the emails greet one contact, set once for them: every draft to them
 * follows it. Offers each form their name allows, as it reads ("Dear Ms Tan,"),
 * the default (their country's custom) first, or the person's own words; and
 * their name in parts (given, family, title, order), as on their card, which
 * the forms are made from. The rules are `messages/salutation.ts`.
 */
export function ContactGreetingFields(props: Props) {
  const path = (field: keyof Interviewer) => ['interviewers', props.index, field];
  const edit = (field: keyof Interviewer) => (value: string | boolean) => editInterview(props.interviewId, path(field), value);
  const error = (field: string) => props.errors[`interviewers.${props.index}.${field}`];
  const conflict = (field: keyof Interviewer) => interviewFieldConflict(props.interviewId, path(field));
  const options = createMemo(() => {
    const choices = salutationChoices(props.person, props.country);
    // A form chosen earlier that now reads as the default is still shown as chosen.
    const chosen = props.person.salutation;
    if (chosen !== 'own' && !choices.some((choice) => choice.form === chosen)) choices.push({ form: chosen, text: '' });
    return [
      ...choices.map(({ form, text }) => {
        const words = greeting({ ...props.person, salutation: form }, props.country);
        return { value: form, label: form === 'auto' ? `${words} (usual)` : text ? `Dear ${text},` : words };
      }),
      { value: 'own' as Salutation, label: 'In my own words…' },
    ];
  });
  // Folded under one line that says how emails greet them, so a filled-in Details step stays short on a phone;
  // opened where a part needs fixing, so the message is seen, and never closed under the person's typing.
  let box: HTMLDetailsElement | undefined;
  createEffect(() => {
    if (['givenName', 'familyName', 'honorific', 'greetAs'].some((field) => error(field) !== undefined) && box) box.open = true;
  });
  return (
    <details class="stack" ref={box}>
      <summary>Emails greet them: “{greeting(props.person, props.country)}”</summary>
      <div class="grid">
        <SelectField
          label="Emails greet them as"
          value={props.person.salutation}
          options={options()}
          onChange={(value) => edit('salutation')(value)}
          hint={`“${greeting({ ...props.person, salutation: 'auto' }, props.country)}” is usual ${props.countryName ? `in ${props.countryName}` : 'in most email'}. Set it once: every email to them follows it.`}
        />
        <Show when={props.person.salutation === 'own'}>
          <Field
            label="After “Dear”"
            value={props.person.greetAs}
            onInput={edit('greetAs')}
            conflict={conflict('greetAs')}
            error={error('greetAs')}
            hint="As you would greet them: “Puan Siti”, “Dr Rao”. Until you type it, emails use their name as on the card."
          />
        </Show>
      </div>
      <p class="hint">Their name in parts, as on their card: the forms above are made from it.</p>
      <div class="grid">
        <Field label="Given name" value={props.person.givenName} onInput={edit('givenName')} conflict={conflict('givenName')} error={error('givenName')} hint="“Mei Ling” in Tan Mei Ling." />
        <Field label="Family name" value={props.person.familyName} onInput={edit('familyName')} conflict={conflict('familyName')} error={error('familyName')} hint="“Tan” in Tan Mei Ling." />
        <Field label="Title" value={props.person.honorific} onInput={edit('honorific')} conflict={conflict('honorific')} error={error('honorific')} hint="Ms, Mr, Dr, Puan… as they use it." />
      </div>
      <label class="check">
        <input type="checkbox" checked={props.person.familyNameFirst} onChange={(event) => edit('familyNameFirst')(event.currentTarget.checked)} />
        <span>Their name is written family name first, as “Tan Mei Ling”</span>
      </label>
    </details>
  );
}
