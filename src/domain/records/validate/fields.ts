/**
 * Checks for one form field at a time: yes/no predicates for other modules,
 * and `…Problem` functions that return the message to show next to the field
 * (or `undefined` when the value is fine). They never change the value.
 *
 * Dates, times and zones are checked by `schedule/zoned-time.ts`, the module
 * that later computes with them, so a value accepted here is one the schedule
 * can use.
 */
import { isValidTimeZone, isWallDate, isWallTime } from '../../shared/wall-time';

export { isValidTimeZone };
export { emailProblem, isValidEmail, isValidPhone, namePartProblem, phoneProblem, textProblem } from './contact';

/**
 * What a form's checks found: messages keyed by field path; empty when all is
 * well. Here, beside the checks, so that `interview.ts` and `profile.ts` both
 * use it without importing each other.
 *
 * @example const errors: FieldErrors = { company: "Add the company's name." }
 */
export type FieldErrors = Record<string, string>;

/**
 * Whether `text` is a real calendar date written `YYYY-MM-DD` (years 1000–9999).
 *
 * @example isValidDate('2026-02-30') //=> false
 */
export const isValidDate: (text: string) => boolean = isWallDate;

/**
 * Whether `text` is a 24-hour time written `HH:mm`, 00:00 to 23:59.
 *
 * @example isValidTime('14:30') //=> true
 */
export const isValidTime: (text: string) => boolean = isWallTime;

/**
 * The date `years` years after `date` (before, when negative), as text. Only
 * for comparing: 29 February may land on a day that does not exist, which
 * still sorts in the right place.
 *
 * @example shiftYears('2026-03-02', -1) //=> '2025-03-02'
 */
export function shiftYears(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

/**
 * What is wrong with a written date, before any rule about which dates make
 * sense. The date as saved is quoted: a date field cannot show a date that
 * does not exist, so the message is the only place the person sees it.
 *
 * @example dateProblem('2026-02-30') //=> "That date (2026-02-30) doesn't exist: check the day and month."
 */
export function dateProblem(text: string): string | undefined {
  if (isValidDate(text)) return undefined;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `That date (${shown}) doesn't exist: check the day and month.`;
  return `Use a date like 2026-03-02 (this one is saved as “${shown}”).`;
}
