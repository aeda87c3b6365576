/**
 * Putting what a card says on an interviewer: which fields it fills, which
 * typed values it replaces (the person is told, and can undo), and what was
 * on the card but has no field (a second email, a mobile as well as a direct
 * line), so it can be copied by hand.
 */
import type { Interviewer } from '../records/model';
import type { ContactCard } from './contact-card';

/** The interviewer and company after a card, and what changed, in words. */
export interface CardFill {
  interviewer: Interviewer;
  /** The company, filled from the card's organisation only when it was empty. */
  company: string;
  /** Labels of the fields filled, in the form's order: 'name', 'job title', … */
  filled: string[];
  /** Fields that held something else before, with what they held. */
  replaced: { field: string; was: string }[];
  /** What the card holds that no field took, e.g. 'phone +65 9123 4567'. */
  leftOut: string[];
}

const FIELDS = [
  ['name', 'name'],
  ['title', 'job title'],
  ['email', 'email'],
  ['phone', 'phone'],
  ['address', 'postal address'],
] as const;

/**
 * Fills `interviewer` from `card`: name (with its parts: given and family
 * names, title, order), job title, the best email and phone,
 * the address, any new links; the card's organisation becomes the company
 * only when `company` is empty; their time zone from its TZ and their
 * country from its address (`countryCodeOf` reads a country's name as its
 * ISO code), unless the person chose them. Fields the card leaves blank keep
 * their text.
 *
 * @param interviewer - not modified
 * @example fillInterviewer(emptyInterviewer('p1'), { ...emptyCard(), name: 'Jane Tan', phones: ['+65 6123 4567', '+65 9123 4567'] }, 'Acme')
 * //=> { interviewer: { id: 'p1', name: 'Jane Tan', phone: '+65 6123 4567', … }, company: 'Acme', filled: ['name', 'phone'], replaced: [], leftOut: ['phone +65 9123 4567'] }
 */
export function fillInterviewer(interviewer: Interviewer, card: ContactCard, company: string, countryCodeOf: (name: string) => string = () => ''): CardFill {
  const read: Record<(typeof FIELDS)[number][0], string> = {
    name: card.name,
    title: card.title,
    email: card.emails[0] ?? '',
    phone: card.phones[0] ?? '',
    address: card.address,
  };
  const next: Interviewer = { ...interviewer, links: [...interviewer.links] };
  const filled: string[] = [];
  const replaced: CardFill['replaced'] = [];
  for (const [key, label] of FIELDS) {
    const value = read[key];
    if (value === '' || value === interviewer[key]) continue;
    if (interviewer[key].trim() !== '') replaced.push({ field: label, was: interviewer[key] });
    next[key] = value;
    filled.push(label);
  }
  // Their clock: the card's TZ and its address's country, unless the person chose them on the card.
  if (card.timeZone !== '' && interviewer.timeZoneFrom !== 'you' && card.timeZone !== interviewer.timeZone) {
    next.timeZone = card.timeZone;
    next.timeZoneFrom = 'card';
    filled.push('time zone');
  }
  const country = card.country.trim() ? countryCodeOf(card.country.trim()) : '';
  if (country !== '' && interviewer.countryFrom !== 'you' && country !== interviewer.country) {
    next.country = country;
    next.countryFrom = 'card';
    filled.push('country');
  }
  // A new name brings its parts with it, or none: the old name's parts would greet the wrong person.
  if (filled.includes('name')) {
    next.givenName = card.givenName;
    next.familyName = card.familyName;
    next.familyNameFirst = card.familyNameFirst;
    next.honorific = card.honorific;
  }
  const newLinks = card.links.filter((link, index) => !interviewer.links.includes(link) && card.links.indexOf(link) === index);
  if (newLinks.length > 0) {
    next.links.push(...newLinks);
    filled.push(newLinks.length === 1 ? 'link' : 'links');
  }
  let nextCompany = company;
  if (company.trim() === '' && card.organization !== '') {
    nextCompany = card.organization;
    filled.push('company');
  }
  const leftOut = [
    ...card.emails.slice(1).map((email) => `email ${email}`),
    ...card.phones.slice(1).map((phone) => `phone ${phone}`),
    ...(company.trim() !== '' && card.organization !== '' && card.organization !== company ? [`organisation ${card.organization}`] : []),
  ];
  return { interviewer: next, company: nextCompany, filled, replaced, leftOut };
}

/**
 * Adds a web page to an interviewer's links (once).
 *
 * @param interviewer - not modified
 * @example addLink({ ...jane, links: [] }, 'https://www.linkedin.com/in/janetan').links //=> ['https://www.linkedin.com/in/janetan']
 */
export function addLink(interviewer: Interviewer, url: string): Interviewer {
  return interviewer.links.includes(url) ? interviewer : { ...interviewer, links: [...interviewer.links, url] };
}

/**
 * One sentence saying what a card changed, for the message beside the card fields.
 *
 * @example cardFillSummary({ filled: ['name', 'email'], replaced: [], leftOut: [] }, 'the card') //=> 'Filled from the card: name and email.'
 */
export function cardFillSummary(fill: Pick<CardFill, 'filled' | 'replaced' | 'leftOut'>, from: string): string {
  if (fill.filled.length === 0) return `Nothing new on ${from}: every detail on it is already filled in.`;
  const sentences = [`Filled from ${from}: ${list(fill.filled)}.`];
  if (fill.replaced.length > 0) sentences.push(`Replaced what was there: ${list(fill.replaced.map((item) => `${item.field} (was “${item.was}”)`))}.`);
  if (fill.leftOut.length > 0) sentences.push(`Also on it, with no field here: ${list(fill.leftOut)}.`);
  return sentences.join(' ');
}

/** 'a', 'a and b', 'a, b and c'. */
function list(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
