/**
 * When the thank-you goes, once `now` is known: the time the person chose
 * (`send-time.ts`), or, when that has passed and it is still to send, the
 * next sensible time instead, with a note saying so. It is never left in the
 * past, so it is never missing from a downloaded calendar.
 */
import { addMinutes } from 'date-fns';
import { workdayEndOf, workdayStartOf } from './call-window';
import type { HolidayCalendar } from './holiday-calendar';
import type { Interview } from '../records/model';
import { interviewStart, LATEST_EVENING, MINUTES_BEFORE_WORKDAY, morningSlotAfter, thankYouSendTimes, type ScheduleClock } from './send-time';
import { isWorkingDay, shortDate } from './working-day';
import { instantToWallTime, wallTimeToInstant } from './zoned-time';

/** The thank-you's time and why it differs from the one chosen, if it does. */
export interface ThankYouTime {
  due: Date;
  notes: string[];
}

type Timing = Pick<Interview, 'date' | 'time' | 'timeZone' | 'workdayStart' | 'workdayEnd' | 'thankYouTiming'>;

/**
 * Whether `now` is a sensible moment for a thank-you to arrive: the
 * interview's own evening, or a working day's hours (from half an hour before
 * their day starts), on the recipient's clock.
 */
function sensibleNow(interview: Timing, clock: ScheduleClock, holidays: HolidayCalendar, now: Date): boolean {
  const { date, time } = instantToWallTime(now, clock.timeZone);
  const opens = addMinutes(wallTimeToInstant(date, workdayStartOf(clock), clock.timeZone), -MINUTES_BEFORE_WORKDAY);
  const interviewDay = instantToWallTime(interviewStart(interview), clock.timeZone).date;
  if (date === interviewDay) return time <= LATEST_EVENING;
  return isWorkingDay(date, holidays) && now >= opens && time < workdayEndOf(clock);
}

/**
 * The thank-you's due time. When the chosen time has passed and it is still
 * pending: now, if now is a sensible moment on their clock (the interview's
 * evening or their working hours); else their next working morning, 30
 * minutes before the day starts.
 *
 * `clock` is the recipient's (the interview's own by default) and `holidays` theirs.
 *
 * @example thankYouTime(londonSingapore, singapore, 'pending', new Date('2026-11-24T18:30:00Z')) //=> { due: 2026-11-25T00:30:00Z, notes: ['The same-day time (Tue 24 Nov, 18:00 their time) had passed when you opened this, so Nudge proposes their next morning, Wed 25 Nov, 08:30 their time.'] }
 */
export function thankYouTime(interview: Timing, holidays: HolidayCalendar, pending: boolean, now: Date, clock: ScheduleClock = interview): ThankYouTime {
  const times = thankYouSendTimes(interview, holidays, clock);
  const chosen = interview.thankYouTiming === 'same-day' ? times.sameDay : times.nextMorning;
  if (!pending || Number.isNaN(chosen.getTime()) || chosen >= now) return { due: chosen, notes: [] };
  const label = interview.thankYouTiming === 'same-day' ? 'same-day' : 'next-morning';
  const was = theirs(chosen, clock.timeZone);
  if (sensibleNow(interview, clock, holidays, now)) {
    return { due: now, notes: [`The ${label} time (${was}) has passed: send it as soon as you can, today on their clock.`] };
  }
  const today = instantToWallTime(now, clock.timeZone).date;
  let next = morningSlotAfter(today, clock, holidays);
  // Before dawn on a working day, that same morning's slot is still ahead.
  const thisMorning = addMinutes(wallTimeToInstant(today, workdayStartOf(clock), clock.timeZone), -MINUTES_BEFORE_WORKDAY);
  if (isWorkingDay(today, holidays) && thisMorning >= now) next = thisMorning;
  return {
    due: next,
    notes: [`The ${label} time (${was}) had passed when you opened this, so Nudge proposes their next morning, ${theirs(next, clock.timeZone)}.`],
  };
}

function theirs(instant: Date, timeZone: string): string {
  const wall = instantToWallTime(instant, timeZone);
  return `${shortDate(wall.date)}, ${wall.time} their time`;
}
