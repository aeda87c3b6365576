/**
 * Wall-clock time in a named zone ↔ instants, and showing an instant to a person.
 *
 * Nudge saves dates and times as the interviewer reads them on their own clock
 * (`YYYY-MM-DD`, `HH:mm`, an IANA zone); everything that compares or orders
 * them turns them into instants here first. The zone rules come from
 * `@date-fns/tz` (which reads the engine's Intl data); nothing here knows an
 * offset by heart.
 */
import { tzOffset } from '@date-fns/tz';
import { addDays, addMinutes, subDays } from 'date-fns';
import { dateTimeFormat } from '../shared/date-time-format';
import { isValidTimeZone, isWallDate, isWallTime } from '../shared/wall-time';

/** A date and time as shown on a wall clock in some zone. */
export interface WallTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm`, 24-hour */
  time: string;
}

/**
 * The instant at which clocks in `timeZone` show `date` and `time`.
 *
 * Around a change of offset the answer is fixed by rule rather than left to
 * the engine (the same rule as Temporal's `'compatible'`):
 * - a wall time that never happens (spring forward) moves on by the length of
 *   the gap: 01:30 on 29 March 2026 in Europe/London becomes 02:30 BST;
 * - a wall time that happens twice (fall back) is its first occurrence:
 *   01:30 on 25 October 2026 in Europe/London is 01:30 BST (00:30 UTC).
 *
 * Returns an Invalid Date, like date-fns, when the date, time or zone is malformed.
 *
 * @example wallTimeToInstant('2026-03-03', '08:30', 'Asia/Singapore').toISOString() //=> '2026-03-03T00:30:00.000Z'
 */
export function wallTimeToInstant(date: string, time: string, timeZone: string): Date {
  if (!isWallDate(date) || !isWallTime(time) || !isValidTimeZone(timeZone)) return new Date(NaN);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  // The wall time read as if it were UTC; the true instant is within a day of it.
  const asUtc = new Date(Date.UTC(year, month - 1, day, hours, minutes));
  // Offsets never change twice within two days, so the offsets in force a day
  // either side are the only ones this wall time can have.
  const before = tzOffset(timeZone, subDays(asUtc, 1));
  const after = tzOffset(timeZone, addDays(asUtc, 1));
  const readings = [before, after]
    .map((offset) => addMinutes(asUtc, -offset))
    .filter((instant) => {
      const wall = instantToWallTime(instant, timeZone);
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  // No reading shows this time: it falls in a gap, so keep the offset from before it.
  return readings[0] ?? addMinutes(asUtc, -before);
}

/**
 * What clocks in `timeZone` show at `instant`.
 *
 * Throws a RangeError for an invalid instant or zone.
 *
 * @example instantToWallTime(new Date('2026-03-03T00:30:00Z'), 'Europe/London') //=> { date: '2026-03-03', time: '00:30' }
 */
export function instantToWallTime(instant: Date, timeZone: string): WallTime {
  // The zone's offset at that instant (tzOffset keeps one formatter per zone), then
  // plain UTC arithmetic: a new zoned date object per call cost a tenth of a
  // millisecond, and a schedule asks this dozens of times (issue 10).
  const offset = tzOffset(timeZone, instant);
  if (Number.isNaN(instant.getTime()) || !Number.isFinite(offset)) throw new RangeError(`Invalid instant or time zone: ${timeZone}`);
  const local = new Date(instant.getTime() + offset * 60_000);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return {
    date: `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

/**
 * Today's date in `timeZone` at the instant `now`.
 *
 * @example todayIn('Asia/Singapore', new Date('2026-03-02T20:00:00Z')) //=> '2026-03-03'
 */
export function todayIn(timeZone: string, now: Date): string {
  return instantToWallTime(now, timeZone).date;
}

/** How `formatInstant` shows an instant. */
export interface FormatInstantOptions {
  /** The zone whose clock to read, e.g. the interviewer's or the person's own. */
  timeZone: string;
  /** BCP 47 locale; it decides day or month first and 12- or 24-hour time. Default: the runtime's. */
  locale?: string;
  /** Name the zone after the time: `true` or `'short'` gives e.g. "GMT+8" or "BST", `'long'` e.g. "Singapore Standard Time". Default: not named. */
  withZoneName?: boolean | 'short' | 'long';
}

/**
 * An instant as a person reads it: weekday, date and time on the clock of
 * `timeZone`, in the order and style of `locale`.
 *
 * @example formatInstant(new Date('2026-06-03T00:30:00Z'), { timeZone: 'Europe/London', locale: 'en-GB', withZoneName: true }) //=> 'Wed, 3 Jun 2026, 01:30 BST'
 */
export function formatInstant(instant: Date, options: FormatInstantOptions): string {
  const { timeZone, locale, withZoneName = false } = options;
  return dateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(withZoneName ? { timeZoneName: withZoneName === 'long' ? 'long' : 'short' } : {}),
  }).format(instant);
}
