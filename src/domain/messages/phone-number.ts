/**
 * Phone numbers read as a phone reads them, with `libphonenumber-js` (Google's
 * libphonenumber rules and metadata): a number typed without `+` is read in
 * the interviewer's country, `+44 (0)20 …` drops the `(0)`, and an extension
 * (`x12`, `ext. 12`) becomes `;ext=12` in the `tel:` link (RFC 3966). The
 * number is always shown as typed; only the link is rewritten.
 *
 * The library and its metadata are a chunk of their own: import this module
 * by dynamic `import()` where a number is shown or checked.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/min';

/** A `tel:` link for a number, or why there can be none. */
export type TelLink = { ok: true; href: string } | { ok: false; problem: string };

/** The country to read a number in when it has no `+`, and its name for messages. */
export interface NumberCountry {
  /** ISO 3166 code, e.g. `SG`; `''` when unknown. */
  country: string;
  /** "Singapore"; `''` when unknown. */
  name: string;
}

/**
 * The `tel:` link for `text` in E.164, with `;ext=` for an extension, or a
 * message saying why `text` cannot be dialled.
 *
 * @example telLink('+44 (0)20 7946 0958', { country: 'SG', name: 'Singapore' }) //=> { ok: true, href: 'tel:+442079460958' }
 * @example telLink('+65 6123 4567 x12', { country: 'GB', name: 'United Kingdom' }) //=> { ok: true, href: 'tel:+6561234567;ext=12' }
 */
export function telLink(text: string, place: NumberCountry): TelLink {
  const problem = phoneNumberProblem(text, place);
  if (problem !== undefined) return { ok: false, problem };
  const parsed = parsePhoneNumberFromString(text, { defaultCountry: countryCode(place.country), extract: false });
  return parsed ? { ok: true, href: parsed.getURI() } : { ok: false, problem: notANumber(place) };
}

/**
 * What is wrong with an optional phone number (`''` is fine), read in
 * `place`'s country when it has no `+`.
 *
 * @example phoneNumberProblem('12 34', { country: 'GB', name: 'United Kingdom' }) //=> 'That number is too short for the United Kingdom: include the area code.'
 */
export function phoneNumberProblem(text: string, place: NumberCountry): string | undefined {
  if (text.trim() === '') return undefined;
  const defaultCountry = countryCode(place.country);
  const parsed = parsePhoneNumberFromString(text, { defaultCountry, extract: false });
  if (parsed?.isPossible()) return undefined;
  const where = place.name ? ` for ${the(place.name)}` : '';
  switch (validatePhoneNumberLength(text, defaultCountry)) {
    case 'INVALID_COUNTRY':
      return text.trim().startsWith('+')
        ? 'That country code does not exist: check the digits after the +.'
        : 'Add the country code, like +65 6123 4567: Nudge cannot tell which country this number is in.';
    case 'TOO_SHORT':
      return `That number is too short${where}: include the area code.`;
    case 'TOO_LONG':
      return `That number is too long${where}: check it against their card.`;
    case 'NOT_A_NUMBER':
      return notANumber(place);
    default:
      return `That is not a phone number${where}: check it, or start it with + and the country code.`;
  }
}

function notANumber(place: NumberCountry): string {
  const there = place.name ? ` if it is not a number in ${the(place.name)}` : '';
  return `That cannot be a phone number: use digits, with the country code (like +65)${there}.`;
}

/** "the United Kingdom", "Singapore": country names that read better with "the". */
function the(name: string): string {
  return /^(United|Netherlands|Philippines|Czech|Dominican|Bahamas|Gambia|Maldives|Central African)/.test(name) ? `the ${name}` : name;
}

function countryCode(country: string): CountryCode | undefined {
  return /^[A-Z]{2}$/.test(country) ? (country as CountryCode) : undefined;
}

/**
 * The country a number belongs to when it is written with its country code
 * (`+60 3-2161 0000`, or `0060…`), `''` when it has none or cannot be read: a
 * number without one says nothing about where its owner is. For a country
 * code several countries share (+1, +7), the one its area code belongs to.
 *
 * @example phoneNumberCountry('+60 3-2161 0000') //=> 'MY'
 * @example phoneNumberCountry('03-2161 0000') //=> ''
 */
export function phoneNumberCountry(text: string): string {
  const trimmed = text.trim().replace(/^00(?=[1-9])/u, '+');
  if (!trimmed.startsWith('+')) return '';
  return parsePhoneNumberFromString(trimmed, { extract: false })?.country ?? '';
}
