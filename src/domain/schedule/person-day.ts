/**
 * The person's own day, on their own clock: when they are awake to make a
 * call or act on a reminder (default 08:00 to 21:00, "About you"). Their
 * zone is the browser's; it is passed in, like every zone in the domain.
 */
import { addMinutes, max } from 'date-fns';
import { DEFAULT_DAY } from '../records/constants';
import type { Profile } from '../records/model';
import { addCalendarDays } from './working-day';
import { instantToWallTime, wallTimeToInstant } from './zoned-time';
import { isWallTime } from '../shared/wall-time';

/** The person's waking day: a zone and two `HH:mm` times (an end at or before the start is the next morning). */
export interface PersonDay {
  timeZone: string;
  start: string;
  end: string;
}

/** A stretch of time between two instants. */
export interface Span {
  start: Date;
  end: Date;
}

/** A reminder for a send time in the person's night fires this long before their day ends. */
const EVENING_MARGIN_MINUTES = 30;

/**
 * The person's day from their profile, with the defaults for a time that is blank or half-typed.
 *
 * @example personDayOf({ dayStart: '07:30', dayEnd: '9pm' }, 'Europe/London') //=> { timeZone: 'Europe/London', start: '07:30', end: '21:00' }
 */
export function personDayOf(profile: Pick<Profile, 'dayStart' | 'dayEnd'>, timeZone: string): PersonDay {
  return {
    timeZone,
    start: isWallTime(profile.dayStart) ? profile.dayStart : DEFAULT_DAY.start,
    end: isWallTime(profile.dayEnd) ? profile.dayEnd : DEFAULT_DAY.end,
  };
}

/**
 * The person's waking spans that touch the stretch from `from` to `to`, in order.
 *
 * @example awakeSpans(new Date('2026-11-24T00:00:00Z'), new Date('2026-11-24T23:00:00Z'), london)[1].start.toISOString() //=> '2026-11-24T08:00:00.000Z'
 */
export function awakeSpans(from: Date, to: Date, day: PersonDay): Span[] {
  const first = addCalendarDays(instantToWallTime(from, day.timeZone).date, -1);
  const last = addCalendarDays(instantToWallTime(to, day.timeZone).date, 1);
  const spans: Span[] = [];
  for (let date = first; date <= last; date = addCalendarDays(date, 1)) {
    const endDate = day.end > day.start ? date : addCalendarDays(date, 1);
    const span = { start: wallTimeToInstant(date, day.start, day.timeZone), end: wallTimeToInstant(endDate, day.end, day.timeZone) };
    if (span.end > from && span.start < to) spans.push(span);
  }
  return spans;
}

/**
 * Whether the person is awake at `instant` (the end of their day not included).
 *
 * @example isAwake(new Date('2026-11-25T00:30:00Z'), london) //=> false
 */
export function isAwake(instant: Date, day: PersonDay): boolean {
  return awakeSpans(instant, addMinutes(instant, 1), day).some((span) => span.start <= instant && instant < span.end);
}

/**
 * When to remind the person about something due at `instant` while they
 * sleep: half an hour before the end of their last day before it (the
 * evening before), and never before `now`.
 *
 * @example eveningBefore(new Date('2026-11-25T00:30:00Z'), london, new Date('2026-11-24T18:30:00Z')).toISOString() //=> '2026-11-24T20:30:00.000Z'
 */
export function eveningBefore(instant: Date, day: PersonDay, now: Date): Date {
  const earlier = awakeSpans(addMinutes(instant, -48 * 60), instant, day).filter((span) => span.end <= instant);
  const last = earlier.at(-1);
  if (!last) return max([now, instant]);
  return max([now, last.start, addMinutes(last.end, -EVENING_MARGIN_MINUTES)]);
}
