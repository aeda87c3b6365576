/**
 * What a business card says about a person, whichever way it was read: a
 * .vcf file (vCard 2.1, 3.0 or 4.0), or a QR code holding a vCard, a MeCard,
 * a `mailto:` or a `tel:` link. The readers in this folder all produce it;
 * `fill-interviewer.ts` puts it on an interviewer.
 */

/** A person as their card gives them, text exactly as read. */
export interface ContactCard {
  /** As written on the card (FN), or built from N in the order its script uses. */
  name: string;
  /** The name's parts, from N (vCard) or N (MeCard): given name, family name, title (N's prefix); `''` when the card has none. */
  givenName: string;
  familyName: string;
  honorific: string;
  /** Whether the name as written puts the family name first ("Tan Mei Ling"). */
  familyNameFirst: boolean;
  title: string;
  organization: string;
  /** Best first: the one marked preferred, then work, then the rest. */
  emails: string[];
  /** Best first, as `emails`; fax numbers last. */
  phones: string[];
  /** The postal address, one line per part. */
  address: string;
  /** Web pages (http and https only). */
  links: string[];
  /** The IANA zone its TZ names (`Asia/Kuala_Lumpur`), `''` when it names none (or only an offset). */
  timeZone: string;
  /** The country of its address, as written ("Malaysia", "MY"), `''` when none. */
  country: string;
}

/**
 * A card with nothing on it, to fill in.
 *
 * @example emptyCard().emails //=> []
 */
export function emptyCard(): ContactCard {
  return { name: '', givenName: '', familyName: '', honorific: '', familyNameFirst: false, title: '', organization: '', emails: [], phones: [], address: '', links: [], timeZone: '', country: '' };
}

/**
 * Whether `name` as written starts with `family`, so is written family name
 * first: "Tan Mei Ling" with family name Tan; names in Chinese, Japanese and
 * Korean characters always are.
 *
 * @example writtenFamilyFirst('Tan Mei Ling', 'Tan', 'Mei Ling') //=> true
 */
export function writtenFamilyFirst(name: string, family: string, given: string): boolean {
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(family + given)) return true;
  const written = name.trim().toLowerCase();
  return family.trim() !== '' && given.trim() !== '' && written.startsWith(`${family.trim().toLowerCase()} `);
}

/**
 * Whether the card holds anything Nudge can put on an interviewer.
 *
 * @example cardHasDetails({ ...emptyCard(), phones: ['+65 6123 4567'] }) //=> true
 */
export function cardHasDetails(card: ContactCard): boolean {
  return Boolean(card.name || card.title || card.organization || card.address || card.emails.length || card.phones.length || card.links.length);
}

// Any control character but the line breaks an address may hold, and the marks that reorder text
// (U+202E shows "naT enaJ" as "Jane Tan"), which no contacts app writes either.
const CONTROL = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
// A tag or a character reference, as markup rather than text: `<b>`, `</a>`, `<img …`, `&lt;`, `&#60;`.
const MARKUP = /<\/?[a-z!][^>]*>?|&(?:#\d+|#x[\da-f]+|[a-z]+);/iu;

/**
 * Why a card is refused, or undefined when its text is fine: a card whose
 * text holds control characters or HTML was not written by a contacts app,
 * so none of it is used (a name such as `<b>Jane</b>` would be kept as typed
 * and look broken everywhere).
 *
 * @example cardTextProblem({ ...emptyCard(), name: '<img src=x>Jane' }) //=> 'This card holds HTML (in the name), which no contacts app writes, so Nudge did not use it.'
 */
export function cardTextProblem(card: ContactCard): string | undefined {
  const fields: [string, string[]][] = [
    ['the name', [card.name, card.givenName, card.familyName, card.honorific]],
    ['the job title', [card.title]],
    ['the organisation', [card.organization]],
    ['an email address', card.emails],
    ['a phone number', card.phones],
    ['the address', [card.address]],
    ['a link', card.links],
    ['the time zone', [card.timeZone]],
    ['the country', [card.country]],
  ];
  for (const [label, values] of fields) {
    if (values.some((value) => CONTROL.test(value))) {
      return `This card holds control characters (in ${label}), which no contacts app writes, so Nudge did not use it.`;
    }
    if (values.some((value) => MARKUP.test(value))) return `This card holds HTML (in ${label}), which no contacts app writes, so Nudge did not use it.`;
  }
  return undefined;
}

/**
 * A link worth keeping: an absolute http or https address, as written.
 * Anything else (`javascript:`, `data:`, a bare word) is not a link.
 *
 * @example webLink(' https://www.linkedin.com/in/janetan ') //=> 'https://www.linkedin.com/in/janetan'
 * @example webLink('javascript:alert(1)') //=> undefined
 */
export function webLink(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^https?:\/\/[^\s/]/iu.test(trimmed) || /\s/u.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).hostname ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
