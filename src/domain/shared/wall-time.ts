/**
 * Checks on the wall-clock strings the saved data holds (`YYYY-MM-DD`,
 * `HH:mm`, an IANA zone name). Records validate with them as much as the
 * schedule computes with them, so they live below both.
 */
// lightFormat and parseISO, not format and isMatch: those carry the locale data (~9 KB gzipped) into the planner.
import { isValid, lightFormat, parseISO } from 'date-fns';
import { isKnownZoneName } from './date-time-format';

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (years 1000–9999).
 *
 * @example isWallDate('2026-02-29') //=> false
 */
export function isWallDate(text: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = parseISO(text);
  // parseISO rolls 2026-02-30 over to March; writing it back catches that.
  return isValid(parsed) && lightFormat(parsed, 'yyyy-MM-dd') === text;
}

/**
 * Whether `text` is a 24-hour time written `HH:mm`.
 *
 * @example isWallTime('9:00') //=> false
 */
export function isWallTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text);
}

/**
 * Whether `name` is a time zone the browser knows by name (IANA, any letter
 * case, old aliases such as `Asia/Calcutta` included). Offsets such as
 * `+08:00` are refused: the saved data holds zone names, so that daylight
 * saving is followed.
 *
 * @example isValidTimeZone('Asia/Singapore') //=> true
 */
export function isValidTimeZone(name: string): boolean {
  return name !== '' && !/^[+-]/.test(name) && isKnownZoneName(name);
}
