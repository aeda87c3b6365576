import type { Interview } from '../../domain/records/model';
import { validateInterview } from '../../domain/records/validate/interview';
import { unlikelyInterviewDate } from '../../domain/records/validate/unlikely';
import { interviewerToday } from '../format';
import { editInterview } from '../store';
import { interviewFieldConflict } from '../field-conflict';
import { Field } from './Field';

/** The few details a tool in the guide needs, for an interview that has none yet. */
export function QuickDetails(props: { interview: Interview }) {
  const errors = () => validateInterview(props.interview, { today: interviewerToday(props.interview.timeZone) });
  const edit = (path: (string | number)[]) => (value: string) => editInterview(props.interview.id, path, value);
  return (
    <fieldset>
      <legend>The interview</legend>
      <div class="grid">
        <Field label="Company" value={props.interview.company} onInput={edit(['company'])} conflict={interviewFieldConflict(props.interview.id, ['company'])} error={errors().company} required />
        <Field label="Role" value={props.interview.role} onInput={edit(['role'])} conflict={interviewFieldConflict(props.interview.id, ['role'])} />
        <Field
          label="Interview date"
          type="date"
          value={props.interview.date}
          onInput={edit(['date'])}
          doubt={(date) => unlikelyInterviewDate(date, interviewerToday(props.interview.timeZone))}
          conflict={interviewFieldConflict(props.interview.id, ['date'])}
          error={errors().date}
          required
        />
        <Field
          label="Interviewer name"
          value={props.interview.interviewers[0]?.name ?? ''}
          onInput={edit(['interviewers', 0, 'name'])} conflict={interviewFieldConflict(props.interview.id, ['interviewers', 0, 'name'])}
          hint="Exactly as spelled on their card."
        />
      </div>
    </fieldset>
  );
}
