import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js';
import { INTERVIEW_FILTERS, type InterviewFilter } from '../../domain/records/interview-search';
import { interviewLabel } from '../../domain/records/interview-label';
import type { Interview } from '../../domain/records/model';
import { twoClocks, wallDateText } from '../format';
import { interviewIndex, type IndexEntry } from '../interview-index';
import { interviewKey } from '../../storage/keys';
import { addressOf, followLink, goTo } from '../planner-route';
import { addInterview, planner } from '../store';
import { Field } from './Field';
import { OUTCOME_LABELS } from './OutcomePanel';
import { outcomeNextStep } from '../../domain/messages/outcome-next-step';
import { STEP_DAYS } from '../../domain/schedule/follow-up-date';
import { SelectField } from './SelectField';

const FOLLOW_UP_NAMES = { 'thank-you': 'thank-you email', 'check-in': 'check-in', closing: 'closing note' } as const;
const FILTER_LABELS: Record<InterviewFilter, string> = {
  all: 'All interviews',
  due: 'Due today or overdue',
  waiting: 'Waiting to hear',
  outcome: 'With an outcome',
};
/** Rows shown at first and added by each "Show more": a page, not hundreds of cards at once. */
export const LIST_PAGE_SIZE = 20;

/** Your interviews: searched, filtered, what is due next first, a page at a time. */
export function InterviewList() {
  const index = interviewIndex();
  const [query, setQuery] = createSignal('');
  const [filter, setFilter] = createSignal<InterviewFilter>('all');
  const [shown, setShown] = createSignal(LIST_PAGE_SIZE);
  const found = index.found(query, filter);
  // A new search or filter starts again at the top.
  createEffect(on([query, filter], () => setShown(LIST_PAGE_SIZE), { defer: true }));
  const page = createMemo(() => found().slice(0, shown()));
  const byId = createMemo(() => new Map(page().map((entry) => [entry.interview.id, entry])));
  const left = () => found().length - page().length;
  const dueCount = () => index.counts().due;
  const total = () => index.counts().all;
  const showAll = () => {
    setQuery('');
    setFilter('all');
  };
  // Said politely to screen readers as the search narrows the list.
  const status = () => {
    if (index.pending() > 0)
      return total() === 1
        ? 'Planning the follow-ups…'
        : `Sorting ${total().toLocaleString()} interviews by what is due next… (${index.pending().toLocaleString()} to go)`;
    const count = found().length === total() ? `${total().toLocaleString()} ${total() === 1 ? 'interview' : 'interviews'}, what is due next first.` : `${found().length.toLocaleString()} of ${total().toLocaleString()} interviews match.`;
    return left() > 0 ? `${count} Showing the first ${page().length.toLocaleString()}.` : count;
  };
  return (
    <div class="stack">
      <Show when={index.pending() === 0 && dueCount() > 0}>
        <p class="notice" role="status">
          {dueCount() === 1 ? 'One interview has' : `${dueCount().toLocaleString()} interviews have`} a follow-up due today or overdue.{' '}
          <Show when={filter() !== 'due'}>
            <button type="button" class="quiet" onClick={() => setFilter('due')}>
              Show {dueCount() === 1 ? 'it' : 'them'}
            </button>
          </Show>
        </p>
      </Show>
      <div class="actions">
        <button type="button" onClick={() => goTo({ interviewId: addInterview(), step: 'details' })}>
          Add interview
        </button>
      </div>
      <div class="grid list-controls">
        <Field label="Search interviews" type="search" value={query()} onInput={setQuery} hint="Company, role or interviewer." />
        <SelectField
          label="Show"
          value={filter()}
          onChange={setFilter}
          options={INTERVIEW_FILTERS.map((value) => ({ value, label: `${FILTER_LABELS[value]} (${index.counts()[value].toLocaleString()})` }))}
        />
      </div>
      <p class="status" role="status">
        {status()}
      </p>
      {/* Shown while schedules are still being built (the status says so): cards appear as they are
          planned, and none is unmounted under a keyboard user's focus. */}
      <Show
        when={found().length > 0}
        fallback={
          <Show when={index.pending() === 0}>
            <p>
              No interviews match{query().trim() ? ` “${query().trim()}”` : ''}
              {filter() === 'all' ? '' : ` among “${FILTER_LABELS[filter()].toLowerCase()}”`}.{' '}
              <button type="button" class="quiet" onClick={showAll}>
                Show all interviews
              </button>
            </p>
          </Show>
        }
      >
        <ul class="interview-list" aria-label="Interviews">
          {/* Keyed by the store's record, which stays the same object: a card is not rebuilt when the list is re-sorted. */}
          <For each={page().map((entry) => entry.live)}>{(interview) => <InterviewCard interview={interview} entry={byId().get(interview.id)} />}</For>
        </ul>
      </Show>
      {/* Usable while schedules are being built: it shows more of the list as it stands. */}
      <Show when={left() > 0}>
        <div class="actions">
          <button type="button" class="secondary" onClick={() => setShown((count) => count + LIST_PAGE_SIZE)}>
            Show {Math.min(LIST_PAGE_SIZE, left())} more <span class="hint">({left().toLocaleString()} not shown)</span>
          </button>
        </div>
      </Show>
    </div>
  );
}

// A card names its interview in a line or two, however much was pasted into the company field.
const clip = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS).trimEnd()}…` : text);
const LABEL_CHARS = 160;

function InterviewCard(props: { interview: Interview; entry: IndexEntry | undefined }) {
  const interview = () => props.interview;
  const blocked = () => props.entry?.overview.blockedBy;
  return (
    <li>
      {/* A link: it goes to the interview's own address (a new tab works too). */}
      <a class="interview-card" href={addressOf(interview().id, 'details')} onClick={followLink({ interviewId: interview().id, step: 'details' })}>
        <span class="name user-text">{clip(interviewLabel(interview()))}</span>
        <Show when={interview().round > 1}>
          <span class="meta">Round {interview().round} of this application</span>
        </Show>
        <Show when={planner.readOnly.includes(interviewKey(interview().id))}>
          <span class="meta">Saved by a newer version of Nudge: reload to edit it</span>
        </Show>
        <span class="meta">
          <Show when={blocked() !== 'date'} fallback={interview().date.trim() ? <span class="pill overdue">Date to fix: {interview().date}</span> : 'No date yet'}>
            {wallDateText(interview().date, true)}
          </Show>
        </span>
        <span class="meta">
          <Show
            when={props.entry?.nextFollowUp}
            fallback={
              props.entry?.loading
                ? 'Planning follow-ups…'
                : blocked() === 'date'
                ? 'No follow-ups until the date is fixed'
                : blocked() === 'zone'
                  ? "No follow-ups until the interviewer's time zone is fixed"
                  : interview().outcome === 'waiting'
                    ? 'No follow-ups planned'
                    : `Heard back: ${OUTCOME_LABELS[interview().outcome]}. Next: ${outcomeNextStep(interview().outcome, STEP_DAYS)?.heading ?? ''}`
            }
          >
            {(next) => (
              <>
                <Show when={props.entry?.next?.state === 'overdue' || props.entry?.next?.state === 'today'}>
                  <span class={`pill ${props.entry!.next!.state}`}>{props.entry!.next!.state === 'overdue' ? 'Overdue' : 'Due today'}</span>{' '}
                </Show>
                Next: {FOLLOW_UP_NAMES[next().kind]}, {(() => {
                  // Your clock first: the time you act.
                  const clocks = twoClocks(next().due, interview().timeZone);
                  return clocks.yours ? `${clocks.yours} (${clocks.theirs})` : clocks.theirs;
                })()}
              </>
            )}
          </Show>
        </span>
      </a>
    </li>
  );
}
