/**
 * A .vcf file (or a QR code's vCard) → a `ContactCard`, with ical.js, which
 * reads vCard 3.0 (RFC 2426) and 4.0 (RFC 6350); vCard 2.1 is first rewritten
 * as 3.0 by `vcard-21.ts`. This module pulls ical.js in: import it at run time
 * (`import()`), only when someone gives Nudge a card.
 */
import ICAL from 'ical.js';
import { isValidTimeZone } from '../shared/wall-time';
import { cardHasDetails, cardTextProblem, writtenFamilyFirst, webLink, type ContactCard } from './contact-card';
import { isVCard21, upgradeVCard21 } from './vcard-21';

/** A card read, or why it could not be. */
export type VCardReading =
  | { ok: true; card: ContactCard; version: '2.1' | '3.0' | '4.0'; notes: string[] }
  | { ok: false; reason: string };

const NOT_A_CARD = 'This file is not a contact card: a .vcf file starts with BEGIN:VCARD. Nudge did not use it.';

/**
 * Reads the first card in `text`. A file holding several cards is read up to
 * its first, and a note says so.
 *
 * @example readVCard('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Tan\r\nN:Tan;Jane;;;\r\nEND:VCARD\r\n')
 * //=> { ok: true, version: '3.0', card: { name: 'Jane Tan', … }, notes: [] }
 */
export function readVCard(text: string): VCardReading {
  const trimmed = text.replace(/^\uFEFF/u, '').trimStart();
  if (!/^BEGIN:VCARD\b/iu.test(trimmed)) return { ok: false, reason: NOT_A_CARD };
  const version21 = isVCard21(trimmed);
  let components: ICAL.Component[];
  try {
    const parsed: unknown = ICAL.parse(version21 ? upgradeVCard21(trimmed) : trimmed);
    const jcards = (Array.isArray(parsed) && parsed[0] === 'vcard' ? [parsed] : parsed) as unknown[];
    components = jcards.map((jcard) => new ICAL.Component(jcard as unknown[]));
  } catch {
    return { ok: false, reason: 'This contact card is damaged: Nudge could not read its lines. Nothing was changed.' };
  }
  const first = components.find((component) => component.name === 'vcard');
  if (!first) return { ok: false, reason: NOT_A_CARD };
  const version = version21 ? '2.1' : String(first.getFirstPropertyValue('version') ?? '3.0').startsWith('4') ? '4.0' : '3.0';
  const card = cardFrom(first);
  if (!cardHasDetails(card)) return { ok: false, reason: 'This contact card has no name, email, phone or address on it, so there is nothing to fill in.' };
  const problem = cardTextProblem(card);
  if (problem) return { ok: false, reason: problem };
  const count = components.filter((component) => component.name === 'vcard').length;
  const notes = count > 1 ? [`The file holds ${count} cards; Nudge read the first${card.name ? ` (${card.name})` : ''}.`] : [];
  return { ok: true, card, version, notes };
}

/** The fields of one vCard component. */
function cardFrom(component: ICAL.Component): ContactCard {
  const texts = (name: string) => component.getAllProperties(name);
  const first = (name: string) => String(component.getFirstPropertyValue(name) ?? '').trim();
  const parts = (name: string) => {
    const value = component.getFirstPropertyValue(name) as unknown;
    return (Array.isArray(value) ? value : [value ?? '']).map((part) => (Array.isArray(part) ? part.join(' ') : String(part)).trim());
  };
  const [family = '', given = '', , prefix = ''] = parts('n');
  const name = first('fn') || nameFromParts(parts('n'));
  return {
    name,
    givenName: given,
    familyName: family,
    honorific: prefix,
    familyNameFirst: writtenFamilyFirst(name, family, given),
    title: first('title'),
    organization: parts('org')[0] ?? '',
    emails: ranked(texts('email')).map((value) => value.replace(/^mailto:/iu, '')),
    phones: ranked(texts('tel')).map((value) => value.replace(/^tel:/iu, '')),
    address: addressFrom(parts('adr')),
    links: texts('url').flatMap((property) => webLink(String(property.getFirstValue() ?? '')) ?? []),
    // TZ as an IANA name (vCard 4.0 text, or what Apple and Google write); an offset alone names no country.
    timeZone: isValidTimeZone(first('tz')) && first('tz').includes('/') ? first('tz') : '',
    country: parts('adr')[6] ?? '',
  };
}

/** Scripts written family name first, without a space (Chinese, Japanese, Korean). */
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * A name from N's parts (family; given; additional; prefixes; suffixes) when a
 * card has no FN: family name first and unspaced in Chinese, Japanese and
 * Korean, given name first elsewhere.
 */
function nameFromParts([family = '', given = '', additional = '', prefix = '', suffix = '']: string[]): string {
  if (FAMILY_FIRST.test(family + given)) return `${family}${given}`.trim();
  return [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
}

/** ADR's parts (PO box; extended; street; locality; region; code; country) as lines. */
function addressFrom([box = '', extended = '', street = '', locality = '', region = '', code = '', country = '']: string[]): string {
  return [box, extended, street, [locality, region, code].filter(Boolean).join(' '), country].filter(Boolean).join('\n');
}

/** The values of EMAIL or TEL, preferred first, then work, then the rest, and fax last. */
function ranked(properties: ICAL.Property[]): string[] {
  const score = (property: ICAL.Property) => {
    const raw = property.getParameter('type') as string | string[] | undefined;
    const types = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((type) => type.toLowerCase().split(','));
    const pref = property.getParameter('pref') !== undefined || types.includes('pref');
    if (types.includes('fax')) return 3;
    return pref ? 0 : types.includes('work') ? 1 : 2;
  };
  return properties
    .map((property, index) => ({ value: String(property.getFirstValue() ?? '').trim(), score: score(property), index }))
    .filter((item) => item.value !== '')
    .sort((a, b) => a.score - b.score || a.index - b.index)
    .map((item) => item.value)
    .filter((value, index, list) => list.indexOf(value) === index);
}
