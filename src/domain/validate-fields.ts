/**
 * Checks for one form field at a time: yes/no predicates for other modules,
 * and `…Problem` functions that return the message to show next to the field
 * (or `undefined` when the value is fine). They never change the value.
 *
 * Dates, times and zones are checked by `zoned-time.ts`, the module that later
 * computes with them, so a value accepted here is one the schedule can use.
 */
import { charLength } from './text';
import { isValidTimeZone, isWallDate, isWallTime } from './zoned-time';

export { isValidTimeZone };

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

// One address, no display name: the local part allows what real addresses use
// but not `? & % = # /`, which could add recipients or headers to a mailto:
// link; the domain is letters (any script), digits and hyphens, with a dot.
const EMAIL = /^[\p{L}\p{M}\p{N}.!$'*+^_`{|}~-]+@(?:[\p{L}\p{M}\p{N}-]+\.)+[\p{L}\p{M}\p{N}-]{2,}$/u;

/**
 * Whether `text` is one plausible email address: a local part, one @ and a
 * domain with a dot; no spaces, names, angle brackets, commas or semicolons.
 *
 * @example isValidEmail('jane@acme.com') //=> true
 * @example isValidEmail('jane@acme.com, boss@acme.com') //=> false
 */
export function isValidEmail(text: string): boolean {
  return text.length <= 254 && EMAIL.test(text);
}

/**
 * Whether `text` is a phone number: digits with `+ ( ) - .` and spaces, 6 to 20 digits.
 *
 * @example isValidPhone('+65 6123 4567') //=> true
 */
export function isValidPhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return /^[0-9+().\- ]+$/.test(text) && digits >= 6 && digits <= 20;
}

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
 * What is wrong with a text field that is required and/or has a length limit.
 *
 * @example textProblem('', { required: "Add the company's name.", label: 'the company name' }) //=> "Add the company's name."
 */
export function textProblem(text: string, rule: { required?: string; label: string; max?: number }): string | undefined {
  const max = rule.max ?? 200;
  if (rule.required !== undefined && text.trim() === '') return rule.required;
  // Counted as a reader counts: an emoji or an accented letter is one character.
  if (text.length > max && charLength(text) > max) return `Shorten ${rule.label} to ${max} characters or fewer.`;
  return undefined;
}

/**
 * What is wrong with a written date, before any rule about which dates make sense.
 *
 * @example dateProblem('2026-02-30') //=> "That date doesn't exist: check the day and month."
 */
export function dateProblem(text: string): string | undefined {
  if (isValidDate(text)) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return "That date doesn't exist: check the day and month.";
  return 'Use a date like 2026-03-02.';
}

/**
 * What is wrong with an optional email address (`''` is fine).
 *
 * @example emailProblem('jane@acme') //=> 'That email address looks incomplete: it needs an @ and a domain, like jane@acme.com.'
 */
export function emailProblem(text: string): string | undefined {
  if (text === '' || isValidEmail(text)) return undefined;
  // Two addresses or a name with the address: say so before mentioning spaces.
  if (/[,;<>]/.test(text) || text.split('@').length > 2) {
    return 'Enter one email address only, without a name, commas or angle brackets, like jane@acme.com.';
  }
  if (/\s/.test(text)) return 'Take out the spaces: an email address has none, like jane@acme.com.';
  if (/^[^@]+@([^@.]+\.)+[^@.]{2,}$/.test(text)) {
    return "That email address has a character addresses don't use: check it against their card.";
  }
  return 'That email address looks incomplete: it needs an @ and a domain, like jane@acme.com.';
}

/**
 * What is wrong with an optional phone number (`''` is fine).
 *
 * @example phoneProblem('12 34') //=> 'That number looks too short: include the area code.'
 */
export function phoneProblem(text: string): string | undefined {
  if (text === '' || isValidPhone(text)) return undefined;
  if (!/^[0-9+().\- ]+$/.test(text)) return 'Use only digits, spaces and + ( ) - . in a phone number.';
  const digits = text.replace(/\D/g, '').length;
  return digits < 6 ? 'That number looks too short: include the area code.' : 'That number has more than 20 digits: check it.';
}
