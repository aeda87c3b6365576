/**
 * When to send the thank-you email: the two choices the guide describes.
 *
 * - Same day: that evening, once they have left the interview behind, at
 *   18:00 on their clock, but never sooner than two hours after the interview
 *   began (an hour for the interview, an hour to let it settle).
 * - Next morning: just before their next working day starts, so it is at the
 *   top of the inbox when they sit down.
 *
 * The schedule and the email composer both read these, so the times agree.
 */
import { addHours, max, subMinutes } from 'date-fns';
import { workdayStartOf } from './call-window';
import type { Interview } from '../records/model';
import { nextWorkingDay } from './working-day';
import { isWallDate, isWallTime, wallTimeToInstant } from './zoned-time';

/** The fields of an interview that decide when it began and when to thank. */
export type InterviewTiming = Pick<Interview, 'date' | 'time' | 'timeZone' | 'workdayStart'>;

/** Same-day thank-yous go out at this time on the interviewer's clock… */
const EVENING = '18:00';
/** …or this many hours after the interview began, whichever is later. */
const HOURS_AFTER_START = 2;
/** Next-morning thank-yous arrive this long before the interviewer's day starts. */
const MINUTES_BEFORE_WORKDAY = 30;

/**
 * The instant the interview began. A blank (or half-typed) start time is read
 * as the interviewer's workday start: the earliest it can sensibly have been,
 * which keeps the same-day thank-you at 18:00 rather than guessing later.
 *
 * @example interviewStart({ date: '2026-03-02', time: '', timeZone: 'Europe/London', workdayStart: '09:00' }).toISOString() //=> '2026-03-02T09:00:00.000Z'
 */
export function interviewStart(interview: InterviewTiming): Date {
  const time = isWallTime(interview.time) ? interview.time : workdayStartOf(interview);
  return wallTimeToInstant(interview.date, time, interview.timeZone);
}

/**
 * Both choices of send time for the thank-you email, as instants: show them
 * on the interviewer's clock and on the person's own with `formatInstant`.
 * Invalid Dates while the interview date or zone is malformed.
 *
 * A same-day time can pass midnight after a late-evening interview; it is not
 * moved off a weekend, since the interview itself was that day.
 *
 * @example thankYouSendTimes({ date: '2026-03-02', time: '17:30', timeZone: 'Asia/Singapore', workdayStart: '09:00' }).sameDay.toISOString() //=> '2026-03-02T11:30:00.000Z'
 */
export function thankYouSendTimes(interview: InterviewTiming): { sameDay: Date; nextMorning: Date } {
  if (!isWallDate(interview.date)) return { sameDay: new Date(NaN), nextMorning: new Date(NaN) };
  const { date, timeZone } = interview;
  const evening = wallTimeToInstant(date, EVENING, timeZone);
  const settled = addHours(interviewStart(interview), HOURS_AFTER_START);
  const nextDayStarts = wallTimeToInstant(nextWorkingDay(date), workdayStartOf(interview), timeZone);
  return {
    sameDay: max([evening, settled]),
    nextMorning: subMinutes(nextDayStarts, MINUTES_BEFORE_WORKDAY),
  };
}
