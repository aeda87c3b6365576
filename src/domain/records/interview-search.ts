/**
 * Finding one interview among hundreds: search by company, role or
 * interviewer, the list's filters, and its order (what is due next first).
 * The due dates come in from `schedule/interview-overview.ts`; nothing here
 * knows the schedule's rules.
 */
import { fold } from '../shared/text';
import type { Interview } from './model';

/** The list's filters, in the order they are offered. */
export const INTERVIEW_FILTERS = ['all', 'due', 'waiting', 'outcome'] as const;
export type InterviewFilter = (typeof INTERVIEW_FILTERS)[number];

/** Where an interview's next follow-up stands, as the list needs it. */
export interface NextDue {
  /** When it is due, ms since the epoch. */
  at: number;
  state: 'overdue' | 'today' | 'upcoming';
}

/** One interview as the list sorts and filters it. */
export interface ListEntry {
  interview: Pick<Interview, 'id' | 'company' | 'role' | 'interviewers' | 'outcome' | 'date' | 'createdAt'>;
  /** Undefined when no follow-up is planned (an outcome is recorded, or the date needs fixing). */
  next: NextDue | undefined;
}

// Search looks at the start of each field: enough to find anything a person
// would type, and a 100 KB paste in a field cannot slow each keystroke down.
const SEARCHED_CHARS = 300;

/**
 * The words of what was typed in "Search interviews", folded for comparing
 * (lower case, no accents): made once per search, not once per interview.
 *
 * @example searchWords('  José  SOCIÉTÉ ') //=> ['jose', 'societe']
 */
export function searchWords(query: string): string[] {
  return fold(query).split(' ').filter((word) => word !== '');
}

/**
 * Whether `interview` matches a search: every word (from `searchWords`)
 * appears in the company, the role or an interviewer's name, ignoring case
 * and accents. No words match everything.
 *
 * @example matchesSearch({ company: 'Société Générale', role: 'Analyst', interviewers: [{ name: 'José Álvarez' }] }, searchWords('jose societe')) //=> true
 */
export function matchesSearch(interview: Pick<Interview, 'company' | 'role'> & { interviewers: readonly { name: string }[] }, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [interview.company, interview.role, ...interview.interviewers.map((person) => person.name)]
    .map((text) => fold(text.slice(0, SEARCHED_CHARS)))
    .join('\n');
  return words.every((word) => haystack.includes(word));
}

/**
 * Whether an entry passes a filter: `due` (a follow-up due today or overdue),
 * `waiting` (no outcome yet), `outcome` (an outcome is recorded), `all`.
 *
 * @example matchesFilter({ interview: { outcome: 'offer', … }, next: undefined }, 'outcome') //=> true
 */
export function matchesFilter(entry: ListEntry, filter: InterviewFilter): boolean {
  if (filter === 'due') return entry.next?.state === 'overdue' || entry.next?.state === 'today';
  if (filter === 'waiting') return entry.interview.outcome === 'waiting';
  if (filter === 'outcome') return entry.interview.outcome !== 'waiting';
  return true;
}

/**
 * The entries in the list's order, as a new array: those with a follow-up to
 * do, the one due soonest first (so overdue ones lead), then the rest, the
 * latest interview first. Ties keep a stable order by creation.
 *
 * @example byDueNext([later, overdue, finished]).map((entry) => entry.interview.id) //=> ['overdue', 'later', 'finished']
 */
export function byDueNext<T extends ListEntry>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.next && b.next) return a.next.at - b.next.at || tieBreak(a, b);
    if (a.next || b.next) return a.next ? -1 : 1;
    return b.interview.date.localeCompare(a.interview.date) || tieBreak(a, b);
  });
}

function tieBreak(a: ListEntry, b: ListEntry): number {
  return b.interview.createdAt.localeCompare(a.interview.createdAt) || a.interview.id.localeCompare(b.interview.id);
}
