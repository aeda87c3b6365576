import { createMemo, For } from 'solid-js';
import { FORMATS, OUTCOMES } from '../../domain/records/constants';
import type { Interview, InterviewFormat, Outcome } from '../../domain/records/model';
import { validateInterview } from '../../domain/records/validate/interview';
import { addInterviewer, editInterview, removeInterview } from '../store';
import { Field } from './Field';
import { InterviewerFields } from './InterviewerFields';
import { SelectField } from './SelectField';
import { TimeZoneField } from './TimeZoneField';
import { interviewerToday } from '../format';
import { interviewFieldConflict } from '../field-conflict';

const FORMAT_LABELS: Record<InterviewFormat, string> = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' };
const OUTCOME_LABELS: Record<Outcome, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Invited to a next round',
  offer: 'Offer',
  rejected: 'Not this time',
  withdrawn: 'I withdrew',
};

/** Everything about one interview: when, where, who, and where things stand. */
export function InterviewForm(props: { interview: Interview }) {
  const id = () => props.interview.id;
  const edit = (field: keyof Interview) => (value: unknown) => editInterview(id(), [field], value);
  const errors = createMemo(() => validateInterview(props.interview, { today: interviewerToday(props.interview.timeZone) }));
  const confirmRemove = () => {
    const name = props.interview.company.trim() || 'this interview';
    if (confirm(`Delete ${name} and all its notes, drafts and follow-ups from this browser?`)) removeInterview(id());
  };
  return (
    <section class="stack" aria-label="Interview details">
      <div class="grid">
        <Field label="Company" value={props.interview.company} onInput={edit('company')} conflict={interviewFieldConflict(id(), ['company'])} error={errors().company} required autocomplete="organization" />
        <Field label="Role" value={props.interview.role} onInput={edit('role')} conflict={interviewFieldConflict(id(), ['role'])} error={errors().role} hint="The job title you applied for." />
        <Field label="Interview date" type="date" value={props.interview.date} onInput={edit('date')} conflict={interviewFieldConflict(id(), ['date'])} error={errors().date} required />
        <Field label="Interview time" type="time" value={props.interview.time} onInput={edit('time')} conflict={interviewFieldConflict(id(), ['time'])} error={errors().time} hint="When it started, on the interviewer's clock." />
        <SelectField label="Format" value={props.interview.format} onChange={edit('format')} options={FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))} />
        <TimeZoneField value={props.interview.timeZone} onInput={edit('timeZone')} error={errors().timeZone} conflict={interviewFieldConflict(id(), ['timeZone'])} />
        <Field label="Their working day starts" type="time" value={props.interview.workdayStart} onInput={edit('workdayStart')} conflict={interviewFieldConflict(id(), ['workdayStart'])} error={errors().workdayStart} />
        <Field
          label="Hear back by"
          type="date"
          value={props.interview.hearBackBy}
          onInput={edit('hearBackBy')} conflict={interviewFieldConflict(id(), ['hearBackBy'])}
          error={errors().hearBackBy}
          hint="The date they said they'd be in touch. Leave it empty if they gave none."
        />
        <SelectField
          label="Outcome"
          value={props.interview.outcome}
          onChange={edit('outcome')}
          options={OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
          hint="Anything but waiting stops the follow-ups."
        />
      </div>
      <For each={props.interview.interviewers}>
        {(person, index) => (
          <InterviewerFields
            interviewId={id()}
            company={props.interview.company}
            person={person}
            index={index()}
            count={props.interview.interviewers.length}
            errors={errors()}
          />
        )}
      </For>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => addInterviewer(id())}>
          Add another interviewer
        </button>
        <button type="button" class="danger" onClick={confirmRemove}>
          Delete this interview
        </button>
      </div>
    </section>
  );
}
