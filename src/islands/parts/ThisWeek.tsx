import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { interviewLabel } from '../../domain/records/interview-label';
import type { Interview } from '../../domain/records/model';
import type { DueItem } from '../../domain/schedule/interview-overview';
import type { FollowUp } from '../../domain/schedule/schedule';
import { twoClocks } from '../format';
import { interviewIndex } from '../interview-index';
import { openTool, setFollowUpStatus } from '../store-notices';

/** Agenda items shown before "Show all": a glance, not a second list. */
const AGENDA_SHOWN = 8;

function whatToDo(followUp: FollowUp): string {
  if (followUp.kind === 'thank-you') return 'Thank-you email';
  if (followUp.kind === 'closing') return 'Closing note';
  return `Check-in ${followUp.number}: ${followUp.channel === 'call' ? 'a short call' : 'an email'}`;
}

/**
 * "This week": every follow-up due in the next seven days across all
 * interviews, soonest first, each with the one thing to do about it.
 */
export function ThisWeek() {
  const index = interviewIndex();
  const headingId = createUniqueId();
  const [all, setAll] = createSignal(false);
  const [done, setDone] = createSignal('');
  let heading: HTMLHeadingElement | undefined;
  const live = createMemo(() => new Map(index.entries().map((entry) => [entry.interview.id, entry.live])));
  const items = createMemo(() => (all() ? index.week() : index.week().slice(0, AGENDA_SHOWN)));
  // Keyed by text, so an item stays the same row while the agenda is recomputed around it.
  const keyOf = (item: DueItem) => `${item.interviewId}\n${item.followUp.id}`;
  const byKey = createMemo(() => new Map(items().map((item) => [keyOf(item), item])));
  const markDone = (item: DueItem, interview: Interview) => {
    setFollowUpStatus(item.interviewId, item.followUp.id, 'done');
    setDone(`Marked done: ${whatToDo(item.followUp).toLowerCase()} for ${interviewLabel(interview)}.`);
    // The item leaves the agenda with the focused button: keep the keyboard in the agenda.
    heading?.focus();
  };
  return (
    <section class="agenda" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabindex="-1">
        This week
      </h3>
      <Show
        when={index.pending() === 0 && index.week().length > 0}
        fallback={<p class="hint">{index.pending() > 0 ? 'Working out what is due this week…' : 'Nothing is due in the next seven days.'}</p>}
      >
        <ol class="plain-list agenda-items">
          <For each={items().map(keyOf)}>
            {(key) => {
              const item = () => byKey().get(key);
              const interview = () => {
                const found = item();
                return found && live().get(found.interviewId);
              };
              return (
                <Show when={item() && interview()}>
                  <AgendaItem item={item()!} interview={interview()!} onDone={() => markDone(item()!, interview()!)} />
                </Show>
              );
            }}
          </For>
        </ol>
        <Show when={index.week().length > AGENDA_SHOWN}>
          <button type="button" class="quiet" aria-expanded={all()} onClick={() => setAll(!all())}>
            {all() ? 'Show fewer' : `Show all ${index.week().length} this week`}
          </button>
        </Show>
      </Show>
      <p class="status ok" role="status">
        {done()}
      </p>
    </section>
  );
}

function AgendaItem(props: { item: DueItem; interview: Interview; onDone: () => void }) {
  const followUp = () => props.item.followUp;
  const label = () => interviewLabel(props.interview);
  const which = () => <span class="visually-hidden"> ({whatToDo(followUp())}, {label()})</span>;
  return (
    <li class="agenda-item">
      <p>
        <Show when={props.item.due === 'today'}>
          <span class="pill today">Due today</span>{' '}
        </Show>
        <strong>{twoClocks(followUp().due, props.interview.timeZone).theirs}</strong>
        <br />
        {whatToDo(followUp())} · <span class="user-text">{label().length > 120 ? `${label().slice(0, 120)}…` : label()}</span>
      </p>
      <div class="actions">
        <Show
          when={followUp().kind !== 'closing'}
          fallback={
            <button type="button" class="secondary" onClick={() => openTool(props.interview.id, 'schedule')}>
              Open the follow-ups{which()}
            </button>
          }
        >
          <Show
            when={followUp().channel === 'email'}
            fallback={
              <button type="button" class="secondary" onClick={() => openTool(props.interview.id, 'call')}>
                Open the call script{which()}
              </button>
            }
          >
            <button
              type="button"
              class="secondary"
              onClick={() => openTool(props.interview.id, 'emails', followUp().kind === 'thank-you' ? 'thank-you' : 'check-in')}
            >
              Write the email{which()}
            </button>
          </Show>
        </Show>
        <button type="button" class="quiet" onClick={() => props.onDone()}>
          Mark done{which()}
        </button>
      </div>
    </li>
  );
}
