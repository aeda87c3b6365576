/**
 * When to ring the interviewer: inside their call window and, where such a
 * time exists, inside the person's own day too.
 *
 * The first hour of a working day goes on email and meetings, and the last
 * hour on leaving, so the call window is from an hour after their day starts
 * to an hour before it ends; a call is a few minutes, so it starts no later
 * than 15 minutes before the window closes. Mid-morning is best, so the
 * earliest time that suits both people is chosen. Check-in emails go at the
 * window's opening, so they arrive at the top of the inbox.
 */
import { addMinutes } from 'date-fns';
import { DEFAULT_WORKDAY_END, DEFAULT_WORKDAY_START } from '../records/constants';
import type { Interview } from '../records/model';
import { awakeSpans, type PersonDay, type Span } from './person-day';
import { wallTimeToInstant } from './zoned-time';
import { isWallTime } from '../shared/wall-time';

/** The window opens this long after the interviewer's workday starts… */
export const OPENS_AFTER_MINUTES = 60;
/** …and closes this long before it ends. */
export const CLOSES_BEFORE_END_MINUTES = 60;
/** A call starts at least this long before the window closes. */
const CALL_MINUTES = 15;
/** When the end of their day is unusable (not after the start), the window is this long. */
const FALLBACK_WINDOW_MINUTES = 90;

/**
 * When the interviewer's working day starts (`HH:mm`): their `workdayStart`,
 * or 09:00 while that is blank or half-typed.
 *
 * @example workdayStartOf({ workdayStart: '8:0' }) //=> '09:00'
 */
export function workdayStartOf(interview: Pick<Interview, 'workdayStart'>): string {
  return isWallTime(interview.workdayStart) ? interview.workdayStart : DEFAULT_WORKDAY_START;
}

/**
 * When the interviewer's working day ends (`HH:mm`): their `workdayEnd`, or
 * 17:30 while that is blank or half-typed.
 *
 * @example workdayEndOf({ workdayEnd: '' }) //=> '17:30'
 */
export function workdayEndOf(interview: Pick<Interview, 'workdayEnd'>): string {
  return isWallTime(interview.workdayEnd) ? interview.workdayEnd : DEFAULT_WORKDAY_END;
}

/**
 * The call window on `date` (`YYYY-MM-DD` on the interviewer's calendar), as
 * instants: from an hour after their day starts to an hour before it ends.
 * Measured on their wall clock, so it stays put when clocks change. Invalid
 * Dates when `date` or the zone is malformed.
 *
 * @example callWindow('2026-03-03', { timeZone: 'Asia/Singapore', workdayStart: '09:00', workdayEnd: '17:30' }).start.toISOString() //=> '2026-03-03T02:00:00.000Z'
 */
export function callWindow(date: string, interview: Pick<Interview, 'timeZone' | 'workdayStart' | 'workdayEnd'>): Span {
  const dayStarts = wallTimeToInstant(date, workdayStartOf(interview), interview.timeZone);
  const dayEnds = wallTimeToInstant(date, workdayEndOf(interview), interview.timeZone);
  const start = addMinutes(dayStarts, OPENS_AFTER_MINUTES);
  const end = addMinutes(dayEnds, -CLOSES_BEFORE_END_MINUTES);
  return { start, end: end.getTime() - start.getTime() >= CALL_MINUTES * 60_000 ? end : addMinutes(start, FALLBACK_WINDOW_MINUTES) };
}

/** When to call on one day, and whether it suits both people. */
export interface CallTime {
  /** When to ring. */
  at: Date;
  /** The interviewer's call window that day. */
  window: Span;
  /** The part of their window inside the person's day; undefined when none is. */
  shared?: Span;
}

/**
 * The best time to call on `date`: the earliest moment in the interviewer's
 * call window that is also in the person's day; when none is, the moment of
 * their window nearest to the person's day (and `shared` is undefined, so
 * the planner can say so).
 *
 * @example callTime('2026-11-26', singaporeInterview, { timeZone: 'Europe/London', start: '08:00', end: '21:00' }).at.toISOString() //=> '2026-11-26T08:00:00.000Z'
 */
export function callTime(
  date: string,
  interview: Pick<Interview, 'timeZone' | 'workdayStart' | 'workdayEnd'>,
  person: PersonDay,
): CallTime {
  const window = callWindow(date, interview);
  const latest = addMinutes(window.end, -CALL_MINUTES);
  if (Number.isNaN(window.start.getTime()) || Number.isNaN(latest.getTime())) return { at: window.start, window };
  const spans = awakeSpans(window.start, latest, person);
  for (const span of spans) {
    const start = span.start > window.start ? span.start : window.start;
    const end = span.end < window.end ? span.end : window.end;
    if (start <= latest && start < end) return { at: start, window, shared: { start, end } };
  }
  const around = awakeSpans(addMinutes(window.start, -24 * 60), addMinutes(latest, 24 * 60), person);
  const distance = (instant: Date) =>
    Math.min(...around.map((span) => Math.max(span.start.getTime() - instant.getTime(), instant.getTime() - span.end.getTime(), 0)));
  return { at: distance(latest) < distance(window.start) ? latest : window.start, window };
}
