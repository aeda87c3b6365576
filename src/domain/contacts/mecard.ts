/**
 * MeCard, the contact format of many QR codes printed on cards in Japan and
 * across Asia: `MECARD:N:Tan,Jane;TEL:+6561234567;EMAIL:jane@acme.example;;`.
 *
 * Hand-written: it is one line of `KEY:value;` pairs with backslash escapes,
 * and no maintained library reads it.
 */
import { cardHasDetails, emptyCard, webLink, type ContactCard } from './contact-card';

/** Scripts written family name first, without a space (Chinese, Japanese, Korean). */
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Reads a MeCard, or returns undefined when `text` is not one (or has
 * nothing on it). N is "family,given": written given name first, except in
 * Chinese, Japanese and Korean, which put the family name first, unspaced.
 *
 * @example readMeCard('MECARD:N:Tan,Jane;TEL:+6561234567;;')?.name //=> 'Jane Tan'
 * @example readMeCard('MECARD:N:山田,太郎;;')?.name //=> '山田太郎'
 */
export function readMeCard(text: string): ContactCard | undefined {
  const match = /^MECARD:(.*)$/isu.exec(text.trim());
  if (!match) return undefined;
  const card = emptyCard();
  const addresses: string[] = [];
  for (const [key, value] of fields(match[1] ?? '')) {
    if (value === '') continue;
    switch (key) {
      case 'N': {
        const [family = '', given = ''] = value.split(/(?<!\\),/u).map((part) => unescape(part).trim());
        card.name = FAMILY_FIRST.test(family + given) ? `${family}${given}` : [given, family].filter(Boolean).join(' ');
        card.givenName = given;
        card.familyName = family;
        card.familyNameFirst = FAMILY_FIRST.test(family + given);
        break;
      }
      case 'TEL':
        card.phones.push(unescape(value));
        break;
      case 'EMAIL':
        card.emails.push(unescape(value));
        break;
      case 'ORG':
        card.organization = unescape(value);
        break;
      case 'TITLE':
        card.title = unescape(value);
        break;
      case 'ADR':
        addresses.push(unescape(value));
        break;
      case 'URL': {
        const link = webLink(unescape(value));
        if (link) card.links.push(link);
        break;
      }
    }
  }
  card.address = addresses[0] ?? '';
  return cardHasDetails(card) ? card : undefined;
}

/** The `KEY:value` pairs, split on `;` that are not escaped. */
function fields(body: string): [string, string][] {
  return body
    .split(/(?<!\\);/u)
    .map((pair): [string, string] => {
      const colon = pair.indexOf(':');
      return colon < 0 ? ['', ''] : [pair.slice(0, colon).trim().toUpperCase(), pair.slice(colon + 1)];
    })
    .filter(([key]) => key !== '');
}

/** `\;`, `\:`, `\,` and `\\` stand for the character itself. */
function unescape(value: string): string {
  return value.replace(/\\([\\;:,"])/gu, '$1').trim();
}
