import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { interviewLabel } from '../../domain/records/interview-label';
import type { Interview } from '../../domain/records/model';
import type { DueItem } from '../../domain/schedule/interview-overview';
import { zoneClockName } from '../../domain/shared/zone-city';
import { browserTimeZone } from '../browser';
import { interviewIndex } from '../interview-index';
import { AgendaItem, whatToDo } from './AgendaItem';

/** Agenda items shown before "Show all": a glance, not a second list. */
const AGENDA_SHOWN = 8;

/**
 * "Next, on your clock": what to do across all interviews, owed or due in
 * the week ahead, soonest first; each item one sentence on the person's clock
 * first, with its actions beside it (`AgendaItem`).
 */
export function Agenda() {
  const index = interviewIndex();
  const headingId = createUniqueId();
  const [all, setAll] = createSignal(false);
  const [said, setSaid] = createSignal('');
  let heading: HTMLHeadingElement | undefined;
  const live = createMemo(() => new Map(index.entries().map((entry) => [entry.interview.id, entry.live])));
  const items = createMemo(() => (all() ? index.week() : index.week().slice(0, AGENDA_SHOWN)));
  // Keyed by text, so an item stays the same row while the agenda is recomputed around it.
  const keyOf = (item: DueItem) => `${item.interviewId}\n${item.followUp.id}`;
  const byKey = createMemo(() => new Map(items().map((item) => [keyOf(item), item])));
  const left = (item: DueItem, interview: Interview, what: string) => {
    setSaid(`${what}: ${whatToDo(item.followUp).toLowerCase()} for ${interviewLabel(interview)}.`);
    // The item leaves the agenda with the focused button: keep the keyboard in the agenda.
    heading?.focus();
  };
  return (
    <section class="agenda" aria-labelledby={headingId}>
      <h3 id={headingId} ref={heading} tabindex="-1">
        Next, on your clock
      </h3>
      <p class="hint">Times on your clock ({zoneClockName(browserTimeZone(), index.now())}) first, then on theirs.</p>
      <Show
        when={index.pending() === 0 && index.week().length > 0}
        fallback={<p class="hint">{index.pending() > 0 ? 'Working out what is next…' : 'Nothing is due in the next seven days.'}</p>}
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
                  <AgendaItem item={item()!} interview={interview()!} now={index.now()} onLeave={(what) => left(item()!, interview()!, what)} />
                </Show>
              );
            }}
          </For>
        </ol>
        <Show when={index.week().length > AGENDA_SHOWN}>
          <button type="button" class="quiet" aria-expanded={all()} onClick={() => setAll(!all())}>
            {all() ? 'Show fewer' : `Show all ${index.week().length}`}
          </button>
        </Show>
      </Show>
      <p class="status ok" role="status">
        {said()}
      </p>
    </section>
  );
}
