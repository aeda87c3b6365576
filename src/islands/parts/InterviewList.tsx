import { createMemo, For, Show } from 'solid-js';
import type { Interview } from '../../domain/records/model';
import { buildSchedule, dueState, nextFollowUp } from '../../domain/schedule/schedule';
import { twoClocks, wallDateText } from '../format';
import { scheduleContext } from '../holidays';
import { addInterview, planner, selectInterview } from '../store';

const FOLLOW_UP_NAMES = { 'thank-you': 'thank-you email', 'check-in': 'check-in', closing: 'closing note' } as const;

function interviewName(interview: Interview): string {
  const company = interview.company.trim() || 'Untitled interview';
  return interview.role.trim() ? `${company} — ${interview.role.trim()}` : company;
}

/** Your interviews, each with its next follow-up and whether it is due today or overdue. */
export function InterviewList() {
  // The cards iterate over the store's own records, which keep their identity across edits, so a card's
  // button survives a re-plan (holidays arriving, an edit elsewhere) and keeps keyboard focus; only what
  // it says is worked out again.
  const interviews = createMemo(() => [...planner.interviews].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)));
  const plans = createMemo(
    () =>
      new Map(
        interviews().map((interview) => {
          const context = scheduleContext(interview, planner.profile);
          const next = context ? nextFollowUp(buildSchedule(interview, context)) : undefined;
          const due = next && context ? dueState(next, context.now, interview.timeZone) : undefined;
          return [interview.id, { next, due, loading: !context }] as const;
        }),
      ),
  );
  const dueCount = () => [...plans().values()].filter((plan) => plan.due === 'today' || plan.due === 'overdue').length;
  return (
    <div class="stack">
      <Show when={dueCount() > 0}>
        <p class="notice" role="status">
          {dueCount() === 1 ? 'One follow-up is' : `${dueCount()} follow-ups are`} due today or overdue.
        </p>
      </Show>
      <Show when={interviews().length > 0} fallback={<p>No interviews yet. Add the one you just had: it takes a minute.</p>}>
        <ul class="interview-list">
          <For each={interviews()}>
            {(interview) => {
              const row = () => ({ interview, ...(plans().get(interview.id) ?? { next: undefined, due: undefined, loading: true }) });
              return (
                <li>
                  <button
                    type="button"
                    class="interview-card"
                    aria-current={interview.id === planner.selectedId ? 'true' : undefined}
                    onClick={() => selectInterview(interview.id)}
                  >
                    <span class="name">{interviewName(interview)}</span>
                    <span class="meta">{interview.date ? wallDateText(interview.date, true) : 'No date yet'}</span>
                    <span class="meta">
                      <Show
                        when={row().next}
                        fallback={
                          row().loading ? 'Planning follow-ups…' : interview.outcome === 'waiting' ? 'No follow-ups planned' : 'Follow-ups stopped: outcome recorded'
                        }
                      >
                        {(next) => (
                          <>
                            <Show when={row().due === 'overdue' || row().due === 'today'}>
                              <span class={`pill ${row().due}`}>{row().due === 'overdue' ? 'Overdue' : 'Due today'}</span>{' '}
                            </Show>
                            Next: {FOLLOW_UP_NAMES[next().kind]}, {twoClocks(next().due, interview.timeZone).theirs}
                          </>
                        )}
                      </Show>
                    </span>
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <div class="actions">
        <button type="button" onClick={() => addInterview()}>
          Add interview
        </button>
      </div>
    </div>
  );
}
