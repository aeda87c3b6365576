/**
 * Which day a scheduled follow-up falls on, and why, before `schedule.ts`
 * gives it a time: where the first check-in starts from, the minimum gap
 * after the previous follow-up, the weekend rule, and the person's own moves. The reasons are
 * returned as plain-English notes for the planner to show.
 */
import type { Interview } from '../records/model';
import { addCalendarDays, calendarDaysBetween, isWeekendDate, onOrAfterWorkingDay, weekdayName } from './working-day';
import { isWallDate, isWallTime, type WallTime } from './zoned-time';

/** Each follow-up after the thank-you is at least this many calendar days after the one before. */
export const MIN_GAP_DAYS = 3;
/** Without a usable hear-back date, the first check-in is this many days after the interview. */
export const DEFAULT_FIRST_CHECK_IN_DAYS = 7;

/** A date (`YYYY-MM-DD`) and the reasons it was chosen over the plain rule. */
export interface PlacedDate {
  date: string;
  notes: string[];
}

/**
 * The day the first check-in aims for, before the gap and weekend rules: the
 * hear-back date when it is a date after the interview, else 7 days after the
 * interview. A hear-back date that cannot be used is ignored, with a note.
 *
 * @example firstCheckInDate({ date: '2026-03-02', hearBackBy: '' }) //=> { date: '2026-03-09', notes: [] }
 */
export function firstCheckInDate(interview: Pick<Interview, 'date' | 'hearBackBy'>): PlacedDate {
  const fallback = addCalendarDays(interview.date, DEFAULT_FIRST_CHECK_IN_DAYS);
  const { hearBackBy } = interview;
  if (hearBackBy === '') return { date: fallback, notes: [] };
  const instead = `so this is ${DEFAULT_FIRST_CHECK_IN_DAYS} days after the interview instead.`;
  if (!isWallDate(hearBackBy)) return { date: fallback, notes: [`The hear-back date "${hearBackBy}" is not a date, ${instead}`] };
  if (calendarDaysBetween(interview.date, hearBackBy) <= 0) {
    return { date: fallback, notes: [`The hear-back date ${hearBackBy} is not after the interview, ${instead}`] };
  }
  return { date: hearBackBy, notes: [] };
}

/**
 * `target`, pushed later to stay at least 3 days after `previous` (the day of
 * the follow-up before), then moved off a weekend to the Monday.
 *
 * @example placeOnWorkingDay('2026-03-03', '2026-03-03') //=> { date: '2026-03-06', notes: ['Moved from Tuesday to Friday (at least 3 days after the previous follow-up).'] }
 */
export function placeOnWorkingDay(target: string, previous: string): PlacedDate {
  const notes: string[] = [];
  let date = target;
  const earliest = addCalendarDays(previous, MIN_GAP_DAYS);
  if (calendarDaysBetween(date, earliest) > 0) {
    notes.push(movedNote(date, earliest, `at least ${MIN_GAP_DAYS} days after the previous follow-up`));
    date = earliest;
  }
  const working = onOrAfterWorkingDay(date);
  if (working !== date) {
    notes.push(movedNote(date, working, 'weekend'));
    date = working;
  }
  return { date, notes };
}

/**
 * Where the person moved a follow-up to: `Interview.followUps[id].movedTo`
 * (`YYYY-MM-DDTHH:mm`) split into its parts, or undefined when there is no
 * move or it is malformed (then the follow-up keeps its scheduled time).
 *
 * @example parseMovedTo('2026-03-11T14:30') //=> { date: '2026-03-11', time: '14:30' }
 */
export function parseMovedTo(text: string | undefined): WallTime | undefined {
  const [date = '', time = '', ...rest] = (text ?? '').split('T');
  return isWallDate(date) && isWallTime(time) && rest.length === 0 ? { date, time } : undefined;
}

/**
 * The note for a follow-up the person moved onto a weekend (it stays there).
 *
 * @example weekendMoveNote('2026-03-07') //=> ['You moved this to a Saturday; the interviewer may not see it until Monday.']
 */
export function weekendMoveNote(date: string): string[] {
  return isWeekendDate(date)
    ? [`You moved this to a ${weekdayName(date)}; the interviewer may not see it until Monday.`]
    : [];
}

function movedNote(from: string, to: string, reason: string): string {
  // Weekday names alone would mislead once a move spans a week or more.
  return calendarDaysBetween(from, to) < 7
    ? `Moved from ${weekdayName(from)} to ${weekdayName(to)} (${reason}).`
    : `Moved from ${from} to ${to} (${reason}).`;
}
