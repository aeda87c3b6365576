/**
 * When to send the thank-you email: the two choices the guide describes, and
 * how any email is sent when its time falls in the person's night.
 *
 * - Same day: that evening on the interviewer's clock, at 18:00 or two hours
 *   after the interview began, whichever is later (an hour for the
 *   interview, an hour to let it settle). So an interview at 17:00 gives
 *   19:00, not 18:00; the reminder is when to send it, not a deadline.
 *   For a recipient on another clock (a recruiter abroad), once that is past
 *   21:00 their time it is their next morning instead: never at 2 a.m.
 * - Next morning: 30 minutes before their next working day starts, so it is
 *   at the top of the inbox when they sit down.
 *
 * The schedule and the email composer both read these, so the times agree.
 */
import { addHours, max, subMinutes } from 'date-fns';
import { workdayStartOf } from './call-window';
import type { HolidayCalendar } from './holiday-calendar';
import type { Interview } from '../records/model';
import { eveningBefore, isAwake, type PersonDay } from './person-day';
import { nextWorkingDay } from './working-day';
import { instantToWallTime, wallTimeToInstant } from './zoned-time';
import { isValidTimeZone, isWallDate, isWallTime } from '../shared/wall-time';

/** The fields of an interview that decide when it began and when to thank. */
export type InterviewTiming = Pick<Interview, 'date' | 'time' | 'timeZone' | 'workdayStart'>;

/**
 * The clock a follow-up is timed on: the zone and working day of the person
 * it goes to (`recipient-clock.ts`); the interview's own when they are the
 * interviewers.
 */
export type ScheduleClock = Pick<Interview, 'timeZone' | 'workdayStart' | 'workdayEnd'>;

/** Same-day thank-yous go out at this time on the interviewer's clock… */
export const EVENING = '18:00';
/** …or this many hours after the interview began, whichever is later. */
export const HOURS_AFTER_START = 2;
/**
 * A thank-you still arrives "that evening" until this time on the recipient's
 * clock; to a recipient on another clock than the interview's, never later.
 */
export const LATEST_EVENING = '21:00';
/** Next-morning thank-yous arrive this long before the interviewer's day starts. */
export const MINUTES_BEFORE_WORKDAY = 30;

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
 * The start of the thank-you's next-morning slot after `date` (on `clock`'s
 * calendar): 30 minutes before their first working day after it starts.
 *
 * @example morningSlotAfter('2026-12-24', singaporeInterview, singapore).toISOString() //=> '2026-12-28T00:30:00.000Z'
 */
export function morningSlotAfter(date: string, clock: Pick<Interview, 'timeZone' | 'workdayStart'>, holidays: HolidayCalendar): Date {
  const dayStarts = wallTimeToInstant(nextWorkingDay(date, holidays), workdayStartOf(clock), clock.timeZone);
  return subMinutes(dayStarts, MINUTES_BEFORE_WORKDAY);
}

/**
 * Both choices of send time for the thank-you email, as instants: show them
 * on the recipient's clock and on the person's own with `formatInstant`.
 * The interview began on the interviewer's clock; the evening and the next
 * working morning are the recipient's (`clock`, the interview's own when the
 * thank-you goes to the interviewers; `holidays` are the recipient's).
 * Invalid Dates while the interview date or zone is malformed. A same-day
 * time can pass midnight after a late-evening interview; it is not moved off
 * a day off, since the interview itself was that day.
 *
 * @example thankYouSendTimes({ date: '2026-03-02', time: '17:30', timeZone: 'Asia/Singapore', workdayStart: '09:00' }, singapore).sameDay.toISOString() //=> '2026-03-02T11:30:00.000Z'
 */
export function thankYouSendTimes(
  interview: InterviewTiming,
  holidays: HolidayCalendar,
  clock: Pick<Interview, 'timeZone' | 'workdayStart'> = interview,
): { sameDay: Date; nextMorning: Date } {
  const start = interviewStart(interview);
  if (!isWallDate(interview.date) || Number.isNaN(start.getTime()) || !isValidTimeZone(clock.timeZone)) return { sameDay: new Date(NaN), nextMorning: new Date(NaN) };
  // The interview's day on the recipient's calendar: the same date unless their clocks straddle midnight.
  const day = clock.timeZone === interview.timeZone ? interview.date : instantToWallTime(start, clock.timeZone).date;
  const evening = wallTimeToInstant(day, EVENING, clock.timeZone);
  const settled = addHours(start, HOURS_AFTER_START);
  const nextMorning = morningSlotAfter(day, clock, holidays);
  // Someone who was not in the room, on another clock, is not written to in their night: past their
  // latest evening the same-day email waits for the top of their inbox next morning.
  const elsewhere = clock.timeZone !== interview.timeZone;
  if (elsewhere && settled > wallTimeToInstant(day, LATEST_EVENING, clock.timeZone)) return { sameDay: nextMorning, nextMorning };
  return { sameDay: max([evening, settled]), nextMorning };
}

/** How an email reaches them at `sendAt`: sent then, or written earlier and scheduled. */
export interface EmailSending {
  /** When the email should arrive. */
  sendAt: Date;
  /** When the person acts: `sendAt`, or the evening before when that falls in their night. */
  remindAt: Date;
  /** True when the person writes it while awake and uses their email app's "Schedule send". */
  scheduleSend: boolean;
}

/**
 * How to send an email due at `sendAt`: straight away when the person is
 * awake then; otherwise with "Schedule send" (Gmail, Outlook and Apple Mail
 * have it), reminded the evening before, never before `now`.
 *
 * @example emailSending(new Date('2026-11-25T00:30:00Z'), london, new Date('2026-11-24T18:30:00Z')).remindAt.toISOString() //=> '2026-11-24T20:30:00.000Z'
 */
export function emailSending(sendAt: Date, person: PersonDay, now: Date): EmailSending {
  if (Number.isNaN(sendAt.getTime()) || isAwake(sendAt, person)) return { sendAt, remindAt: sendAt, scheduleSend: false };
  return { sendAt, remindAt: eveningBefore(sendAt, person, now), scheduleSend: true };
}
