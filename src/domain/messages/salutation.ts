/**
 * How an email greets its reader, after "Dear": by given name ("Tom"), by
 * title and family name ("Ms Tan"), by the full name as on the card, or in
 * the person's own words. Each contact can have their own setting, and every
 * draft to them follows it; by default (`auto`) it follows the custom of the
 * contact's country: the given name in the UK, Malaysia and most
 * private-sector email, title and family name where a title is known in
 * countries that expect one (Singapore, China, Japan, Korea, Germany, the
 * Gulf…), and the full name where the safe form is not known. A family name
 * is never used as if it were a given name ("Dear Tan," never).
 *
 * Names reach the email as text: control and direction-changing characters
 * are dropped and a long one is cut (`greetingText`).
 */
import { NAME_PART_LIMITS, SALUTATIONS, type Salutation } from '../records/forms-of-address';
import { isEastAsianFamilyName, nameParts, type NamedContact } from './name-parts';
import { namePartProblem } from '../records/validate/contact';
import { squish } from '../shared/text';

/** A contact as the greeting reads them: the name fields and, if set, how to greet them. */
export interface GreetedContact extends NamedContact {
  /** Default `auto`. */
  salutation?: Salutation;
  /** With `own`: the words after "Dear". */
  greetAs?: string;
}

/** Countries whose business email greets by title and family name when the title is known (ISO 3166 codes). */
const TITLE_COUNTRIES = new Set('SG CN HK TW MO JP KR VN TH ID IN DE AT CH FR BE LU IT ES PT PL CZ AE SA QA KW BH OM JO EG'.split(' '));
/** Characters that change how text is shown rather than what it says: controls, zero-width and bidi marks. */
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** Characters of a name used after "Dear": longer is not a name. */
export const GREETING_CHARS = NAME_PART_LIMITS.greeting;

/**
 * The default form of address for a contact in `country`.
 *
 * @example defaultSalutation('GB') //=> 'given'
 * @example defaultSalutation('SG') //=> 'title-family'
 */
export function defaultSalutation(country: string): Exclude<Salutation, 'auto' | 'own'> {
  return TITLE_COUNTRIES.has(country.toUpperCase()) ? 'title-family' : 'given';
}

/**
 * The words after "Dear" for `contact`, whose country is `country` (`''`
 * when not known), or `''` when there is no safe way to greet them yet (no
 * name, or a lone family name with no title).
 *
 * @example greetingName({ name: 'Tom Hughes' }, 'GB') //=> 'Tom'
 * @example greetingName({ name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms' }, 'SG') //=> 'Ms Tan'
 * @example greetingName({ name: 'Tan Mei Ling' }, 'MY') //=> 'Tan Mei Ling'
 */
export function greetingName(contact: GreetedContact, country: string): string {
  const usable = withoutProblems(contact);
  const chosen = usable.salutation && usable.salutation !== 'auto' ? usable.salutation : defaultSalutation(country);
  return greetingText(formText(usable, chosen) || formText(usable, 'full'));
}

// A part with markup, hidden characters or an absurd length is not used (the form says why, `records/validate/`).
function withoutProblems(contact: GreetedContact): GreetedContact {
  const ok = (text: string | undefined, max: number) => (text !== undefined && namePartProblem(text, 'the name', max) === undefined ? text : '');
  return {
    ...contact,
    givenName: ok(contact.givenName, NAME_PART_LIMITS.part),
    familyName: ok(contact.familyName, NAME_PART_LIMITS.part),
    honorific: ok(contact.honorific, NAME_PART_LIMITS.title),
    greetAs: ok(contact.greetAs, GREETING_CHARS),
  };
}

/**
 * Each form of address the person can choose for `contact`, with how it
 * reads, once each: what `auto` gives first, then the others that differ.
 *
 * @example salutationChoices({ name: 'Tom Hughes', honorific: 'Dr' }, 'GB').map((choice) => choice.text) //=> ['Tom', 'Dr Hughes', 'Tom Hughes']
 */
export function salutationChoices(contact: GreetedContact, country: string): { form: Salutation; text: string }[] {
  const forms = SALUTATIONS.filter((form) => form !== 'auto' && form !== 'own');
  const auto = greetingName({ ...contact, salutation: 'auto' }, country);
  const usable = withoutProblems(contact);
  const seen = new Set([auto]);
  const choices: { form: Salutation; text: string }[] = [{ form: 'auto', text: auto }];
  for (const form of forms) {
    const text = greetingText(formText(usable, form));
    if (text && !seen.has(text)) choices.push({ form, text });
    seen.add(text);
  }
  return choices;
}

/**
 * A name made safe to put after "Dear": line breaks made spaces, invisible
 * and direction-changing characters dropped, spaces collapsed, cut to
 * `GREETING_CHARS`.
 *
 * @example greetingText('Jane\u202E Tan') //=> 'Jane Tan'
 */
export function greetingText(text: string): string {
  const clean = squish(text.replace(/[\t\n\v\f\r\u0085\u2028\u2029]/gu, ' ').replace(INVISIBLE, ''));
  return [...clean].length > GREETING_CHARS ? [...clean].slice(0, GREETING_CHARS).join('').trim() : clean;
}

function formText(contact: GreetedContact, form: Salutation): string {
  const parts = nameParts(contact);
  const full = squish(contact.name);
  switch (form) {
    case 'own':
      return squish(contact.greetAs ?? '');
    case 'given': {
      // A lone word that is a common family name is not safe to greet by, even in the given-name field.
      const safe = parts.given && parts.given.toLowerCase() !== parts.family.toLowerCase() && !(parts.family === '' && isEastAsianFamilyName(parts.given));
      return safe ? parts.given : '';
    }
    case 'title-family':
      if (!parts.honorific) return '';
      return parts.family ? `${parts.honorific} ${parts.family}` : full ? `${parts.honorific} ${full.replace(new RegExp(`^${escape(parts.honorific)}\\.?\\s+`, 'iu'), '')}` : '';
    default:
      return lonelyFamilyName(full) ? (parts.honorific ? `${parts.honorific} ${full}` : '') : full;
  }
}

// "Tan" alone: a family name with nothing to go with it.
const lonelyFamilyName = (name: string) => !name.includes(' ') && isEastAsianFamilyName(name);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
