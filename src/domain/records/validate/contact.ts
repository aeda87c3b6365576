/**
 * Checks for contact and text fields (names, email addresses, phone numbers).
 * Kept apart from the date checks so the profile form can use them without
 * loading the time-zone code.
 */
import { charLength } from '../../shared/text';

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

// A tag or a character reference, as markup rather than text: `<b>`, `</a>`, `<img …`, `&lt;`, `&#60;`.
const MARKUP = /<\/?[a-z!][^>]*>?|&(?:#\d+|#x[\da-f]+|[a-z]+);/iu;
// Controls, zero-width characters and the marks that reorder text (U+202E shows "naT enaJ" as "Jane Tan").
const HIDDEN = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/**
 * What is wrong with a part of a name, or the words the emails greet someone
 * by (`''` is fine): markup, hidden or direction-changing characters, or
 * more than `max` characters. The text is kept as typed; the greeting does
 * not use a part with a problem (`messages/salutation.ts`).
 *
 * @example namePartProblem('<b>Jane</b>', 'the given name', 100) //=> 'Take the markup out of the given name: a name is plain text.'
 */
export function namePartProblem(text: string, label: string, max: number): string | undefined {
  if (MARKUP.test(text)) return `Take the markup out of ${label}: a name is plain text.`;
  if (HIDDEN.test(text)) return `${label[0]!.toUpperCase()}${label.slice(1)} holds hidden characters that change how text is shown (such as a right-to-left mark): retype it.`;
  if (charLength(text) > max) return `Shorten ${label} to ${max} characters or fewer.`;
  return undefined;
}
