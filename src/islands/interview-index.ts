/**
 * What the list of interviews and the "This week" agenda show, derived from
 * the store once and kept up to date piece by piece.
 *
 * Each interview's schedule is built once and kept in its own memo, which
 * re-runs only when a field the schedule reads changes in that interview:
 * typing a company name rebuilds nothing, and editing one interview's date
 * rebuilds one schedule, not a thousand (issue 10). Only the cheap due states
 * follow the clock, which ticks once a minute.
 */
import { createMemo, createRoot, createSignal, mapArray, type Accessor } from 'solid-js';
import { byDueNext, matchesFilter, matchesSearch, type InterviewFilter, type ListEntry } from '../domain/records/interview-search';
import type { Interview } from '../domain/records/model';
import { nextDue, overviewOf, thisWeek, type DueItem, type InterviewOverview } from '../domain/schedule/interview-overview';
import type { FollowUp } from '../domain/schedule/schedule';
import { planner } from './store';

/** One interview in the list: its record, its overview and its next follow-up. */
export interface IndexEntry extends ListEntry {
  interview: Interview;
  overview: InterviewOverview;
  nextFollowUp: FollowUp | undefined;
}

/** The derived views the list needs; made once per page, on first use. */
export interface InterviewIndex {
  /** This minute, for due states; a new value once a minute. */
  now: Accessor<Date>;
  entries: Accessor<IndexEntry[]>;
  /** `entries` that match the search and filter, in the list's order. */
  found: (query: Accessor<string>, filter: Accessor<InterviewFilter>) => Accessor<IndexEntry[]>;
  /** The "This week" agenda. */
  week: Accessor<DueItem[]>;
  /** How many interviews pass each filter. */
  counts: Accessor<Record<InterviewFilter, number>>;
}

const MINUTE_MS = 60_000;
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
  const overviews = mapArray(
    () => planner.interviews,
    (interview) => createMemo(() => overviewOf(interview)),
  );
  const entries = createMemo<IndexEntry[]>(() => {
    const at = now();
    const memos = overviews();
    return planner.interviews.map((interview, position) => {
      const overview = memos[position]!();
      const next = nextDue(overview, at, interview.timeZone);
      return {
        interview,
        overview,
        nextFollowUp: next?.followUp,
        next: next && { at: next.followUp.due.getTime(), state: next.due },
      };
    });
  });
  const week = createMemo(() =>
    thisWeek(
      entries().map((entry) => ({ interviewId: entry.interview.id, overview: entry.overview, timeZone: entry.interview.timeZone })),
      now(),
    ),
  );
  const counts = createMemo(() => {
    const list = entries();
    const count = (filter: InterviewFilter) => list.filter((entry) => matchesFilter(entry, filter)).length;
    return { all: list.length, due: count('due'), waiting: count('waiting'), outcome: count('outcome') };
  });
  const found = (query: Accessor<string>, filter: Accessor<InterviewFilter>) =>
    createMemo(() => byDueNext(entries().filter((entry) => matchesFilter(entry, filter()) && matchesSearch(entry.interview, query()))));
  return { now, entries, found, week, counts };
}
