/**
 * Dates and times as this browser's person reads them: their locale decides
 * day or month first and 12- or 24-hour clocks. Where the interviewer's zone
 * and the person's differ, both are named.
 */
import { dateTimeFormat } from '../domain/shared/date-time-format';
import { clockText } from '../domain/schedule/clock-text';
import { formatInstant, todayIn } from '../domain/schedule/zoned-time';
import { isValidTimeZone, isWallDate } from '../domain/shared/wall-time';
import { browserTimeZone, browserToday } from './browser';

/**
 * A saved `YYYY-MM-DD` as e.g. "Tuesday 3 March" (en-GB) or "Tuesday, March 3"
 * (en-US). A saved date that does not exist (2026-02-30) comes back as it is,
 * never rolled over to a real day in March.
 */
export function wallDateText(date: string, withYear = false): string {
  if (!isWallDate(date)) return date;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(year, month - 1, day, 12));
  return dateTimeFormat(undefined, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(instant);
}

/** When something is due, on the interviewer's clock and, if it reads differently, on yours. */
export interface TwoClocks {
  theirs: string;
  /** Undefined when both clocks show the same time. */
  yours?: string;
}

/** Formats an instant for both the interviewer's zone and the browser's. */
export function twoClocks(instant: Date, interviewerZone: string): TwoClocks {
  const mine = browserTimeZone();
  // A zone still being typed cannot be read. A list card or agenda row can ask in the moment before
  // the list catches up with the edit: this device's clock, named, rather than an error that would
  // stop the rest of the page from following the edit.
  if (!isValidTimeZone(interviewerZone)) return { theirs: clockText(instant, mine) };
  const plain = (timeZone: string) => formatInstant(instant, { timeZone });
  if (plain(interviewerZone) === plain(mine)) return { theirs: formatInstant(instant, { timeZone: interviewerZone }) };
  // Each clock by its one name, the calendar's too (`schedule/clock-text.ts`): "6:00 pm London time".
  return { theirs: clockText(instant, interviewerZone), yours: clockText(instant, mine) };
}

/** Just the time of an instant on a zone's clock, e.g. "11:30". */
export function clockTime(instant: Date, timeZone: string): string {
  return dateTimeFormat(undefined, { timeZone, hour: 'numeric', minute: '2-digit' }).format(instant);
}

/**
 * Today's date on the interviewer's clock, or on this device's while the
 * zone field holds something that is not (yet) a time zone.
 */
export function interviewerToday(timeZone: string): string {
  const now = new Date();
  return isValidTimeZone(timeZone) ? todayIn(timeZone, now) : browserToday(now);
}
