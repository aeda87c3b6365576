/**
 * When to ring the interviewer: mid-morning on their clock.
 *
 * The first hour of a working day goes on email and meetings, and the last
 * hour on leaving; a call from workday start + 1 h to workday start + 2 h 30
 * finds people at their desks and not yet worn out. Check-in emails are timed
 * to the start of the same window, so they arrive at the top of the inbox.
 */
import { addMinutes } from 'date-fns';
import { DEFAULT_WORKDAY_START } from '../records/constants';
import type { Interview } from '../records/model';
import { isWallTime, wallTimeToInstant } from './zoned-time';

/** The window opens this long after the interviewer's workday starts. */
const OPENS_AFTER_MINUTES = 60;
/** …and closes this long after. */
const CLOSES_AFTER_MINUTES = 150;

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
 * The mid-morning window on `date` (`YYYY-MM-DD` on the interviewer's
 * calendar) for calling the interviewer, as instants.
 *
 * The window is measured in elapsed time from their workday start on that
 * date, so its wall time stays put when clocks change between one date and
 * the next. Invalid Dates when `date` or the zone is malformed.
 *
 * @example callWindow('2026-03-03', { timeZone: 'Asia/Singapore', workdayStart: '09:00' }).start.toISOString() //=> '2026-03-03T02:00:00.000Z'
 */
export function callWindow(
  date: string,
  interview: Pick<Interview, 'timeZone' | 'workdayStart'>,
): { start: Date; end: Date } {
  const dayStarts = wallTimeToInstant(date, workdayStartOf(interview), interview.timeZone);
  return { start: addMinutes(dayStarts, OPENS_AFTER_MINUTES), end: addMinutes(dayStarts, CLOSES_AFTER_MINUTES) };
}
