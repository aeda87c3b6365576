import { interviewLabel } from '../../domain/records/interview-label';
import type { Interview } from '../../domain/records/model';
import { goTo } from '../planner-route';
import { dismissDeletedInterview, restoreDeletedInterview } from '../store-notices';

/**
 * Another tab deleted the interview open here. Nothing typed here is saved
 * any more (saving would bring it back without asking); the person chooses.
 */
export function DeletedElsewhereNotice(props: { interview: Interview }) {
  const name = () => {
    const label = interviewLabel(props.interview);
    return label.length > 120 ? `${label.slice(0, 120)}…` : label;
  };
  return (
    <div class="tool notice bad" role="alert">
      <p>
        <strong>{name()} was deleted in another tab.</strong> It is still shown here, but what you change here is not saved.
      </p>
      <p>Restore it to keep it, with everything shown here, in every tab.</p>
      <div class="actions">
        <button type="button" onClick={() => restoreDeletedInterview(props.interview.id)}>
          Restore this interview
        </button>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            dismissDeletedInterview(props.interview.id);
            goTo({}, { replace: true });
          }}
        >
          Let it go
        </button>
      </div>
    </div>
  );
}
