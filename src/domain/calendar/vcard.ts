/**
 * An interviewer's card → a vCard 3.0 contact file (RFC 2426), the version
 * iOS and macOS Contacts, Google Contacts and Outlook all import. Serve it as
 * `text/vcard;charset=utf-8`: vCard 3.0 has no CHARSET parameter.
 *
 * Hand-written rather than with a library: the card is a dozen lines, the
 * escaping and octet folding it needs already exist for the calendar
 * (`ics-text.ts`), and a library would only add download weight.
 */
import { asciiSlug, escapeText, joinContentLines } from './ics-text';
import type { Interviewer } from '../records/model';

/** What goes on the card: the interviewer as typed, and their company. */
export interface VCardInput {
  interviewer: Pick<Interviewer, 'name' | 'title' | 'email' | 'phone' | 'address'>;
  company: string;
}

/**
 * Scripts usually written without spaces between names, or family name
 * first: splitting on the last space would be wrong, so these names stay whole.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/**
 * Best-effort split of a full name into the family and given parts of N:
 * the last word is the family name, the rest given. A single word, or a
 * name in a script such as Chinese, Japanese, Korean or Thai, is all given.
 *
 * @param name - the name as typed
 * @returns `{ family, given }`, trimmed, spaces collapsed
 * @example splitName('Jane  Mary Tan') //=> { family: 'Tan', given: 'Jane Mary' }
 * @example splitName('陈美玲') //=> { family: '', given: '陈美玲' }
 */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || UNSPACED_SCRIPT.test(name)) return { family: '', given: words.join(' ') };
  return { family: words.at(-1) ?? '', given: words.slice(0, -1).join(' ') };
}

/**
 * Builds a vCard 3.0 (RFC 2426) for an interviewer: FN, N, ORG, TITLE, a
 * work EMAIL, TEL and ADR (the whole address in the street component),
 * leaving out empty fields. CRLF line ends, lines folded at 75 octets,
 * TEXT values escaped (RFC 2426 §4). With no name, FN falls back to the
 * company, then the email, then the phone.
 *
 * @param input - the interviewer and company; not modified
 * @returns the text of the .vcf file
 * @example buildVCard({ interviewer: { name: 'Jane Tan', title: '', email: '', phone: '', address: '' }, company: 'Acme' })
 * //=> 'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tan;Jane;;;\r\nFN:Jane Tan\r\nORG:Acme\r\nEND:VCARD\r\n'
 */
export function buildVCard(input: VCardInput): string {
  const field = (value: string) => value.trim();
  const { interviewer } = input;
  const name = field(interviewer.name);
  const company = field(input.company);
  const email = field(interviewer.email);
  const phone = field(interviewer.phone);
  const { family, given } = splitName(name);

  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    // N and FN are required in vCard 3.0 (RFC 2426 §3.1.1, §3.1.2).
    `N:${escapeText(family)};${escapeText(given)};;;`,
    `FN:${escapeText(name || company || email || phone)}`,
  ];
  const add = (property: string, value: string) => {
    if (value) lines.push(`${property}:${value}`);
  };
  add('ORG', escapeText(company));
  // Apple Contacts then shows the company, not an empty name.
  if (!name && company) lines.push('X-ABShowAs:COMPANY');
  add('TITLE', escapeText(field(interviewer.title)));
  add('EMAIL;TYPE=WORK', escapeText(email));
  add('TEL;TYPE=WORK,VOICE', escapeText(phone));
  const address = field(interviewer.address);
  // ADR: PO box; extended; street; locality; region; postal code; country (RFC 2426 §3.2.1).
  if (address) lines.push(`ADR;TYPE=WORK:;;${escapeText(address)};;;;`);
  lines.push('END:VCARD');
  return joinContentLines(lines);
}

/**
 * A download name for an interviewer's card, in ASCII.
 *
 * @example vcardFileName('Jane Tan') //=> 'jane-tan.vcf'
 * @example vcardFileName('陈美玲') //=> 'contact.vcf'
 */
export function vcardFileName(name: string): string {
  return `${asciiSlug(name) || 'contact'}.vcf`;
}
