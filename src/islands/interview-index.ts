/**
 * What the list of interviews and the "This week" agenda show, derived from
 * the store and kept up to date piece by piece.
 *
 * Building a schedule is the costly part (a fraction of a millisecond, times
 * a thousand interviews), so each interview's overview is kept until a field
 * the schedule reads changes in that interview (`schedule-inputs.ts`): typing
 * a company name rebuilds nothing, editing one date rebuilds one schedule.
 * Records are read unwrapped, untracked: what is followed is the list itself
 * and the store's `scheduleRevision`, which rises with those fields only. The first time,
 * schedules are built a slice at a time between other work, so the planner
 * answers keystrokes while a long list is still being sorted (issue 10).
 * Only the cheap due states follow the clock, which ticks once a minute.
 */
import { createMemo, createRoot, createSignal, untrack, type Accessor } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { byDueNext, matchesFilter, matchesSearch, searchWords, type InterviewFilter, type ListEntry } from '../domain/records/interview-search';
import type { Interview } from '../domain/records/model';
import { AGENDA_DAYS, AGENDA_OVERDUE_DAYS, agendaOrder, dueWithin, nextDue, overviewOf, planningBlockedBy, type DueItem, type InterviewOverview } from '../domain/schedule/interview-overview';
import type { DueState, FollowUp } from '../domain/schedule/schedule';
import { scheduleSignature } from '../domain/schedule/schedule-signature';
import { scheduleContext } from './holidays';
import { planner } from './store';

/** One interview in the list: its record, its overview and its next follow-up. */
export interface IndexEntry extends ListEntry {
  /** The record as stored, read without tracking: for sorting, filtering and searching. */
  interview: Interview;
  /** The same record through the store, for showing it: a card follows edits to it. */
  live: Interview;
  overview: InterviewOverview;
  nextFollowUp: FollowUp | undefined;
  /** Its follow-ups in the "This week" agenda. */
  week: DueItem[];
  /** Its interviewer's public holidays are still loading, so nothing is planned yet. */
  loading: boolean;
}

interface Known {
  /** The schedule inputs and the context (holidays, the person's day) it was built with. */
  signature: string;
  revision: number;
  overview: InterviewOverview;
  /** The minute `next` and `week` were worked out for. */
  minute: number;
  next: { followUp: FollowUp; due: DueState } | undefined;
  week: DueItem[];
}

/** The derived views the list needs; made once per page, on first use. */
export interface InterviewIndex {
  /** This minute, for due states; a new value once a minute. */
  now: Accessor<Date>;
  /**
   * How many interviews wait for their first schedule, for a slice of time or for their interviewer's
   * holidays (0 once each has been built once). A rebuild (an edit, another country's holidays) is not
   * pending: the interview shows its previous overview until its new one is ready.
   */
  pending: Accessor<number>;
  entries: Accessor<IndexEntry[]>;
  /** `entries` that match the search and filter, in the list's order. */
  found: (query: Accessor<string>, filter: Accessor<InterviewFilter>) => Accessor<IndexEntry[]>;
  /** The agenda ("Next, on your clock"): overdue in the last two weeks, and the week ahead. */
  week: Accessor<DueItem[]>;
  /** How many interviews pass each filter. */
  counts: Accessor<Record<InterviewFilter, number>>;
}

const MINUTE_MS = 60_000;
/** Schedules built per slice of work before the page gets a turn: well under a frame budget's worth of long task. */
const SLICE_MS = 25;

let index: InterviewIndex | undefined;

/** The page's interview index (see `InterviewIndex`). */
export function interviewIndex(): InterviewIndex {
  // A root of its own: the index lives as long as the page, whichever island asked first.
  index ??= createRoot(makeIndex);
  return index;
}

function makeIndex(): InterviewIndex {
  const [now, setNow] = createSignal(new Date(), { equals: (a, b) => Math.floor(a.getTime() / MINUTE_MS) === Math.floor(b.getTime() / MINUTE_MS) });
  if (typeof window !== 'undefined') setInterval(() => setNow(new Date()), MINUTE_MS);
  // Per interview: its overview, the inputs it was built from, the store revision they were last
  // checked at, and what is due as of one minute (due states read the clock in the interviewer's
  // zone, which costs as much as a small schedule: once a minute, not at every re-sort or slice).
  const known = new Map<string, Known>();
  const [slices, setSlices] = createSignal(0);
  const [pending, setPending] = createSignal(0);
  let continuing = false;

  const entries = createMemo<IndexEntry[]>(() => {
    slices();
    // Follows the list and the store's schedule revision, not every field: typing a note re-runs nothing here.
    const revision = planner.scheduleRevision;
    // The list itself (an interview added or gone), not its records' fields: those are read untracked below.
    void planner.interviews.length;
    const proxies = planner.interviews;
    const at = now();
    const minute = Math.floor(at.getTime() / MINUTE_MS);
    const started = performance.now();
    let waiting = 0;
    let unplanned = 0;
    let later = 0;
    const list: IndexEntry[] = [];
    for (const [position, raw] of unwrap(proxies).entries()) {
      const interview = untrack(() => proxies[position]!);
      const blockedBy = planningBlockedBy(raw);
      const context = blockedBy ? undefined : scheduleContext(raw, planner.profile);
      let cached = known.get(raw.id);
      if (!context) {
        // The interviewer's holidays load a country at a time (this memo runs again when they arrive, as it
        // reads them). An interview planned before keeps what it said meanwhile; one never planned is
        // pending, so the list does not claim an order, or "Nothing due this week", before it knows.
        if (blockedBy || !cached) {
          if (!blockedBy) unplanned += 1;
          const overview = { schedule: [], pending: [], blockedBy };
          list.push({ interview: raw, live: interview, overview, nextFollowUp: undefined, next: undefined, week: [], loading: !blockedBy });
          continue;
        }
      } else {
        const clock = context.clock;
        const contextKey = `${context.holidays.country}-${context.holidays.region}|${clock ? `${clock.timeZone}|${clock.workdayStart}-${clock.workdayEnd}` : ''}|${context.person.timeZone}|${context.person.start}-${context.person.end}`;
        // Nothing a schedule reads has changed anywhere since this one was checked: no need to look.
        // The overview keeps the time it was built at: a thank-you whose time passed since then is
        // proposed again in the open interview's own schedule, which is built fresh.
        if (cached?.revision !== revision || !cached.signature.startsWith(contextKey)) {
          if (performance.now() - started > SLICE_MS) {
            // Checked in a later slice. Until then an interview built before keeps its place and what it
            // said (the list neither shrinks nor jumps while it is re-sorted, and "Show more" stays
            // usable); only one never built yet waits, and is counted as pending.
            later += 1;
            if (!cached) {
              waiting += 1;
              continue;
            }
          } else {
            const signature = `${contextKey}|${scheduleSignature(raw)}`;
            cached = cached?.signature === signature ? { ...cached, revision } : { signature, revision, overview: overviewOf(raw, context), minute: -1, next: undefined, week: [] };
            known.set(raw.id, cached);
          }
        }
      }
      if (cached.minute !== minute) {
        cached = { ...cached, minute, next: nextDue(cached.overview, at, raw.timeZone), week: dueWithin(raw.id, cached.overview, at, raw.timeZone, AGENDA_DAYS, AGENDA_OVERDUE_DAYS) };
        known.set(raw.id, cached);
      }
      const next = cached.next;
      list.push({ interview: raw, live: interview, overview: cached.overview, nextFollowUp: next?.followUp, next: next && { at: next.followUp.due.getTime(), state: next.due }, week: cached.week, loading: false });
    }
    // Forget interviews that are gone (deleted here or in another tab).
    if (known.size > list.length + waiting) {
      const present = new Set(unwrap(proxies).map((interview) => interview.id));
      for (const id of known.keys()) if (!present.has(id)) known.delete(id);
    }
    setPending(waiting + unplanned);
    if (later > 0 && !continuing) {
      continuing = true;
      setTimeout(() => {
        continuing = false;
        setSlices((count) => count + 1);
      }, 0);
    }
    return list;
  });
  const week = createMemo(() => agendaOrder(entries().flatMap((entry) => entry.week)));
  const counts = createMemo(() => {
    const list = entries();
    const count = (filter: InterviewFilter) => list.filter((entry) => matchesFilter(entry, filter)).length;
    return { all: planner.interviews.length, due: count('due'), waiting: count('waiting'), outcome: count('outcome') };
  });
  const found = (query: Accessor<string>, filter: Accessor<InterviewFilter>) =>
    createMemo(() => {
      const words = searchWords(query());
      return byDueNext(entries().filter((entry) => matchesFilter(entry, filter()) && matchesSearch(entry.interview, words)));
    });
  return { now, pending, entries, found, week, counts };
}
