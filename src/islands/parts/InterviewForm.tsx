import { createMemo, createSignal, For, Show } from 'solid-js';
import { contactLabel, followUpContact } from '../../domain/records/contacts';
import { FORMATS } from '../../domain/records/choices';
import type { Interview, InterviewFormat } from '../../domain/records/model';
import { validateInterview } from '../../domain/records/validate/interview';
import { unlikelyInterviewDate, unlikelyInterviewTime } from '../../domain/records/validate/unlikely';
import { addInterviewer } from '../contact-actions';
import { goTo } from '../planner-route';
import { editInterview, removeInterview } from '../store';
import { Field } from './Field';
import { InterviewerFields } from './InterviewerFields';
import { SelectField } from './SelectField';
import { TimeZoneField } from './TimeZoneField';
import { CountryField } from './CountryField';
import { interviewerToday } from '../format';
import { interviewFieldConflict } from '../field-conflict';

/** A saved `HH:mm` as this browser writes times ("9:00 am", "09:00"); as it is when it is not a time. */
function clockText(time: string): string {
  if (!/^\d{2}:\d{2}$/.test(time)) return time || '…';
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(2000, 0, 1, hours, minutes).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
}

const FORMAT_LABELS: Record<InterviewFormat, string> = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' };

/** Everything about one interview: when, where, who, and where things stand. */
export function InterviewForm(props: { interview: Interview }) {
  const id = () => props.interview.id;
  const edit = (field: keyof Interview) => (value: unknown) => editInterview(id(), [field], value);
  const errors = createMemo(() => validateInterview(props.interview, { today: interviewerToday(props.interview.timeZone) }));
  const [removedNotice, setRemovedNotice] = createSignal('');
  const confirmRemove = () => {
    const name = props.interview.company.trim() || 'this interview';
    if (!confirm(`Delete ${name} and all its notes, drafts and follow-ups from this browser?`)) return;
    removeInterview(id());
    // Back to the list: the step of an interview that is gone has nothing to show.
    goTo({}, { replace: true });
  };
  return (
    <section class="stack" aria-label="Interview details">
      <div class="grid">
        <Field label="Company" value={props.interview.company} onInput={edit('company')} conflict={interviewFieldConflict(id(), ['company'])} error={errors().company} required autocomplete="organization" />
        <Field label="Role" value={props.interview.role} onInput={edit('role')} conflict={interviewFieldConflict(id(), ['role'])} error={errors().role} hint="The job title you applied for." />
        <Field
          label="Interview date"
          type="date"
          value={props.interview.date}
          onInput={edit('date')}
          doubt={(date) => unlikelyInterviewDate(date, interviewerToday(props.interview.timeZone))}
          conflict={interviewFieldConflict(id(), ['date'])}
          error={errors().date}
          required
        />
        <Field
          label="Interview time"
          type="time"
          value={props.interview.time}
          onInput={edit('time')}
          doubt={unlikelyInterviewTime}
          conflict={interviewFieldConflict(id(), ['time'])}
          error={errors().time}
          hint="When it started, on the interviewer's clock."
        />
        <SelectField label="Format" value={props.interview.format} onChange={edit('format')} options={FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))} />
        <Show when={props.interview.format === 'video' || props.interview.videoLink !== ''}>
          <Field
            label="Video call link"
            type="url"
            value={props.interview.videoLink}
            onInput={edit('videoLink')}
            conflict={interviewFieldConflict(id(), ['videoLink'])}
            hint="Teams, Zoom, Google Meet or Webex."
          />
        </Show>
        <TimeZoneField
          label="Interviewer time zone"
          hint="Their city or country, e.g. London, UK or Kuala Lumpur."
          value={props.interview.timeZone}
          onChange={edit('timeZone')}
          error={errors().timeZone}
          conflict={interviewFieldConflict(id(), ['timeZone'])}
        />
        <CountryField interview={props.interview} />
        <Field
          label="Reply expected by"
          type="date"
          value={props.interview.hearBackBy}
          onInput={edit('hearBackBy')} conflict={interviewFieldConflict(id(), ['hearBackBy'])}
          error={errors().hearBackBy}
          hint="The date they said they'd be in touch, or the one you proposed. Leave it empty if there is neither."
        />
      </div>
      {/* Rarely changed, so folded: the step stays short on a phone. Open when a time needs fixing. */}
      <details class="more-details" open={Boolean(errors().workdayStart || errors().workdayEnd)}>
        <summary>
          Their working day: {clockText(props.interview.workdayStart)} to {clockText(props.interview.workdayEnd)}
        </summary>
        <div class="grid">
          <Field label="Their working day starts" type="time" value={props.interview.workdayStart} onInput={edit('workdayStart')} conflict={interviewFieldConflict(id(), ['workdayStart'])} error={errors().workdayStart} />
          <Field
            label="Their working day ends"
            type="time"
            value={props.interview.workdayEnd}
            onInput={edit('workdayEnd')}
            error={errors().workdayEnd}
            hint="Calls go after their first hour and before their last."
          />
        </div>
      </details>
      <Show when={props.interview.format === 'in-person' || props.interview.location !== ''}>
        <Field label="Where it took place" multiline rows={2} value={props.interview.location} onInput={edit('location')} hint="The address, if you want it with the interview." />
      </Show>
      <For each={props.interview.interviewers}>
        {(person, index) => (
          <InterviewerFields
            interviewId={id()}
            place={props.interview}
            company={props.interview.company}
            person={person}
            index={index()}
            count={props.interview.interviewers.length}
            errors={errors()}
            onRemoved={(name) => setRemovedNotice(`You removed ${name}, so the follow-ups go to the interviewers again.`)}
          />
        )}
      </For>
      <Show when={props.interview.interviewers.length > 1}>
        <SelectField
          label="Follow-ups go to"
          value={followUpContact(props.interview)?.id ?? ''}
          onChange={(value) => {
            setRemovedNotice('');
            editInterview(id(), ['followUpsTo'], value);
          }}
          options={[
            { value: '', label: 'The interviewers themselves' },
            ...props.interview.interviewers.map((person, index) => ({ value: person.id, label: contactLabel(person, index) })),
          ]}
          hint="Who your check-ins, calls and calendar reminders are for. Came through an agency? Choose the recruiter: they speak to the employer for you."
        />
      </Show>
      <p class="status" role="status">
        {removedNotice()}
      </p>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => addInterviewer(id())}>
          Add another interviewer
        </button>
        <button type="button" class="secondary" onClick={() => addInterviewer(id(), 'recruiter')}>
          Add a recruiter or coordinator
        </button>
        <button type="button" class="danger" onClick={confirmRemove}>
          Delete this interview
        </button>
      </div>
    </section>
  );
}
