/**
 * Values that are real dates and times but unlikely to be what the person
 * meant: an interview more than a year before or after today, or at a time in
 * the middle of the interviewer's night. A date typed part by part passes
 * through such values (year 0002, then 0020, then 0202, before 2026) and a
 * time through `01:00` on the way to `10:00`; the field holds them, says what
 * looks wrong, and saves one only when the person says it is right
 * (`islands/parts/Field.tsx`), so neither the schedule nor the calendar
 * follows a slip of the keyboard (issue 18, item 4).
 */
import { isValidDate, isValidTime, shiftYears } from './fields';

/**
 * What looks wrong, and whether the person may keep it anyway (`canKeep`):
 * an interview two years ago may be right; one in the year 0002 never is.
 */
export interface Doubt {
  problem: string;
  canKeep: boolean;
}

/** The part of the interviewer's day an interview is not expected outside of: 06:00 to 22:00. */
export const LIKELY_INTERVIEW_HOURS = { from: '06:00', until: '22:00' } as const;

/**
 * What looks wrong with an interview date `date` as a date field reports it,
 * given `today` (in the interviewer's zone), or undefined when it looks like
 * one a person means (or is empty: clearing the field is meant).
 *
 * @example unlikelyInterviewDate('2028-03-04', '2026-03-03') //=> { problem: 'That date is more than a year from today: check the year.', canKeep: true }
 * @example unlikelyInterviewDate('0002-03-04', '2026-03-03') //=> { problem: 'No interview is in the year 0002: finish typing the year, or pick the date from the calendar.', canKeep: false }
 * @example unlikelyInterviewDate('2026-03-04', '2026-03-03') //=> undefined
 */
export function unlikelyInterviewDate(date: string, today: string): Doubt | undefined {
  const year = /^(\d+)-\d{2}-\d{2}$/.exec(date)?.[1];
  // A date field reports years from 0001 to 275760 as whole dates; Nudge's dates have four digits.
  if (year !== undefined && !isValidDate(date)) return { problem: `No interview is in the year ${year}: finish typing the year, or pick the date from the calendar.`, canKeep: false };
  if (!isValidDate(date) || !isValidDate(today)) return undefined;
  if (date > shiftYears(today, 1)) return { problem: 'That date is more than a year from today: check the year.', canKeep: true };
  if (date < shiftYears(today, -1)) return { problem: 'That date is more than a year ago: check the year.', canKeep: true };
  return undefined;
}

/**
 * What looks wrong with an interview time `time` (on the interviewer's
 * clock), or undefined when it is inside 06:00 to 22:00.
 *
 * @example unlikelyInterviewTime('03:00') //=> { problem: 'That is at night on the interviewer’s clock (before 06:00 or from 22:00): check the hour, am or pm.', canKeep: true }
 * @example unlikelyInterviewTime('15:00') //=> undefined
 */
export function unlikelyInterviewTime(time: string): Doubt | undefined {
  if (!isValidTime(time)) return undefined;
  if (time >= LIKELY_INTERVIEW_HOURS.from && time < LIKELY_INTERVIEW_HOURS.until) return undefined;
  const { from, until } = LIKELY_INTERVIEW_HOURS;
  return { problem: `That is at night on the interviewer’s clock (before ${from} or from ${until}): check the hour, am or pm.`, canKeep: true };
}
