/**
 * Whose clock and calendar the follow-ups go by: the person they are sent to.
 * When the interview came through an agency, check-ins go to the recruiter,
 * who may work in another country than the interviewer (a candidate in Kuala
 * Lumpur, Tom interviewing from London, Sarah the agency recruiter in Kuala
 * Lumpur): her calls go inside her working hours, her emails reach her in her
 * morning, on her working days. The interview's own time stays on the
 * interviewer's clock.
 *
 * Each part of a clock is filled from what is known, in this order, and says
 * where it came from: what the person chose, the contact's card (its TZ or
 * address), the country of their phone number, the invitation, the
 * interview's own zone; a recruiter with none of these is taken to work where
 * the person does. Pure: the place index and the reading of phone numbers
 * (`libphonenumber-js`, a lazily loaded chunk) are passed in.
 */
import { tzOffset } from '@date-fns/tz';
import { DEFAULT_WORKDAY_END, DEFAULT_WORKDAY_START } from '../records/constants';
import { followUpContact } from '../records/contacts';
import type { Interview, Interviewer } from '../records/model';
import { isValidTimeZone } from '../shared/wall-time';
import { workdayEndOf, workdayStartOf } from './call-window';
import { interviewerPlace, placeOfZone, type PlaceIndex } from './interviewer-country';

/**
 * Where one part of a clock came from: `you` chose it, their contact `card`,
 * their `phone` number's country, the `invitation`, the `interview`'s own
 * zone (or its "Interviewer country"), or `your-zone` (a recruiter is taken
 * to work where you do); `default` for working hours nobody gave.
 */
export type ClockSource = 'you' | 'card' | 'phone' | 'invitation' | 'interview' | 'your-zone' | 'default';

/** The clock and calendar of the person the follow-ups go to. */
export interface RecipientClock {
  /** The contact's id; `''` when the follow-ups go to the interviewers themselves. */
  contactId: string;
  /** Their name as on their card, for "Sarah Lim's time"; `''` for the interviewers or a card with no name. */
  name: string;
  /** IANA zone of their clock. */
  timeZone: string;
  timeZoneFrom: ClockSource;
  /** ISO 3166 code of the country whose weekend and holidays they keep; `''` when unknown. */
  country: string;
  /** Region within it whose holidays apply, `''` for the whole country. */
  region: string;
  countryFrom: ClockSource;
  /** When their working day starts and ends, `HH:mm`. */
  workdayStart: string;
  workdayEnd: string;
  hoursFrom: ClockSource;
  /** True when it is the interview's own clock and calendar: nothing needs saying about whose time it is. */
  sameAsInterview: boolean;
}

/** What working out a clock needs from outside. */
export interface ClockLookups {
  /** The person's own zone (the browser's). */
  personZone: string;
  /** Countries, regions and each zone's place (`load-holidays.ts`). */
  places: PlaceIndex;
  /**
   * The ISO code of the country a phone number written with its country code
   * (`+60 3 …`) belongs to, `''` otherwise. Absent while `libphonenumber-js`
   * is loading: numbers are then not read.
   */
  phoneCountry?: (phone: string) => string;
}

/**
 * The clock of whoever the follow-ups of `interview` go to: the contact in
 * `followUpsTo`, or the interview's own clock when they go to the interviewers.
 *
 * @example recipientClock({ ...interview, followUpsTo: 'sarah' }, lookups) //=> { contactId: 'sarah', timeZone: 'Asia/Kuala_Lumpur', timeZoneFrom: 'phone', country: 'MY', … }
 */
export function recipientClock(interview: Interview, lookups: ClockLookups): RecipientClock {
  const contact = followUpContact(interview);
  return contact ? contactClock(contact, interview, lookups) : interviewClock(interview, lookups.places);
}

/**
 * The interview's own clock: its zone, its "Interviewer country" (or the
 * zone's country) and the interviewer's working hours.
 *
 * @example interviewClock({ ...interview, timeZone: 'Europe/London' }, places).country //=> 'GB'
 */
export function interviewClock(interview: Interview, places: PlaceIndex): RecipientClock {
  const place = interviewerPlace(interview, places);
  return {
    contactId: '',
    name: '',
    timeZone: interview.timeZone,
    timeZoneFrom: 'interview',
    country: place.country,
    region: place.region,
    countryFrom: place.fromZone ? 'interview' : 'you',
    workdayStart: workdayStartOf(interview),
    workdayEnd: workdayEndOf(interview),
    hoursFrom: 'interview',
    sameAsInterview: true,
  };
}

/**
 * The clock of one contact of `interview`: each part from the first source
 * that knows it (see the module comment).
 *
 * @example contactClock(sarah, tomsInterview, { personZone: 'Asia/Kuala_Lumpur', places, phoneCountry }).timeZone //=> 'Asia/Kuala_Lumpur'
 */
export function contactClock(contact: Interviewer, interview: Interview, lookups: ClockLookups): RecipientClock {
  const own = interviewClock(interview, lookups.places);
  const phone = contact.phone.trim() ? (lookups.phoneCountry?.(contact.phone) ?? '') : '';
  const phoneCountry = lookups.places.countries[phone] ? phone : '';
  const recruiter = contact.contactRole === 'recruiter';

  const stored = (from: Interviewer['timeZoneFrom'], ...sources: Interviewer['timeZoneFrom'][]) => sources.includes(from);
  const zone: { timeZone: string; from: ClockSource } | undefined =
    (stored(contact.timeZoneFrom, 'you', 'card') && isValidTimeZone(contact.timeZone) ? { timeZone: contact.timeZone, from: contact.timeZoneFrom as ClockSource } : undefined) ??
    (phoneCountry ? zoneInCountry(phoneCountry, [own.timeZone, lookups.personZone], lookups.places) : undefined) ??
    (contact.timeZoneFrom === 'invitation' && isValidTimeZone(contact.timeZone) ? { timeZone: contact.timeZone, from: 'invitation' } : undefined);
  const timeZone = zone ?? (recruiter && isValidTimeZone(lookups.personZone) ? { timeZone: lookups.personZone, from: 'your-zone' as const } : { timeZone: own.timeZone, from: 'interview' as const });

  const chosenCountry = stored(contact.countryFrom, 'you', 'card') && lookups.places.countries[contact.country] ? contact.country : '';
  const invitationCountry = contact.countryFrom === 'invitation' && lookups.places.countries[contact.country] ? contact.country : '';
  const zonePlace = placeOfZone(timeZone.timeZone, lookups.places);
  const country: { country: string; from: ClockSource } =
    chosenCountry ? { country: chosenCountry, from: contact.countryFrom as ClockSource }
    : phoneCountry ? { country: phoneCountry, from: 'phone' }
    : invitationCountry ? { country: invitationCountry, from: 'invitation' }
    : timeZone.from === 'interview' ? { country: own.country, from: own.countryFrom }
    : { country: zonePlace.country, from: timeZone.from };
  // The region of the interview's place when it is the same country (the person may have chosen it), else the zone's.
  const region = country.country === own.country ? own.region : zonePlace.country === country.country ? zonePlace.region : '';
  const hours = recruiter
    ? { workdayStart: DEFAULT_WORKDAY_START, workdayEnd: DEFAULT_WORKDAY_END, hoursFrom: 'default' as const }
    : { workdayStart: own.workdayStart, workdayEnd: own.workdayEnd, hoursFrom: 'interview' as const };
  return {
    contactId: contact.id,
    name: contact.name.trim(),
    timeZone: timeZone.timeZone,
    timeZoneFrom: timeZone.from,
    country: country.country,
    region,
    countryFrom: country.from,
    ...hours,
    sameAsInterview: timeZone.timeZone === own.timeZone && country.country === own.country && region === own.region,
  };
}

/** The phone's country's zone: its only clock, else the interview's or the person's zone when it is in that country. */
function zoneInCountry(country: string, nearby: readonly string[], places: PlaceIndex): { timeZone: string; from: ClockSource } | undefined {
  const only = zoneOfCountry(country, places);
  if (only) return { timeZone: only, from: 'phone' };
  const zone = nearby.find((candidate) => isValidTimeZone(candidate) && placeOfZone(candidate, places).country === country);
  return zone ? { timeZone: zone, from: 'phone' } : undefined;
}

const SAMPLE_INSTANTS = [new Date('2026-01-15T12:00:00Z'), new Date('2026-07-15T12:00:00Z')];
const countryZones = new WeakMap<object, Map<string, string>>();

/**
 * The zone a whole country keeps, `''` when its zones keep different times
 * (the US, Australia, Indonesia): the first zone the place index lists for
 * it, when all of its zones show the same time in January and in July.
 *
 * @example zoneOfCountry('MY', places) //=> 'Asia/Kuala_Lumpur'
 * @example zoneOfCountry('US', places) //=> ''
 */
export function zoneOfCountry(country: string, places: Pick<PlaceIndex, 'zones'>): string {
  let found = countryZones.get(places.zones);
  if (!found) countryZones.set(places.zones, (found = new Map()));
  const known = found.get(country);
  if (known !== undefined) return known;
  const zones = Object.entries(places.zones)
    .filter(([, place]) => place === country || place.startsWith(`${country}-`))
    .map(([zone]) => zone)
    .filter(isValidTimeZone);
  const offsets = new Set(zones.map((zone) => SAMPLE_INSTANTS.map((instant) => tzOffset(zone, instant)).join('/')));
  const zone = offsets.size === 1 ? zones[0]! : '';
  found.set(country, zone);
  return zone;
}

/** The words for where a part of a clock came from, after "from": "their phone number (+60)". */
export const CLOCK_SOURCE_WORDS: Readonly<Record<ClockSource, string>> = {
  you: 'what you chose',
  card: 'their contact card',
  phone: 'their phone number',
  invitation: 'the invitation',
  interview: 'the interview’s time zone',
  'your-zone': 'your own time zone (a recruiter is taken to work where you are)',
  default: 'the usual office day',
};

/** A zone as a person names it: its city, "Kuala Lumpur" for `Asia/Kuala_Lumpur`. */
function cityOf(zone: string): string {
  return (zone.split('/').at(-1) ?? zone).replace(/_/gu, ' ');
}

/**
 * What the planner says above a schedule timed on someone else's clock than
 * the interview's: whose, what it is, and where each part came from; `''`
 * when it is the interview's own clock.
 *
 * @example recipientClockNote(sarahsClock, 'Europe/London', 'Malaysia') //=> 'These follow-ups go to Sarah Lim, so they are timed on Sarah Lim’s clock: Kuala Lumpur time, a 09:00–17:30 working day, and Malaysia’s weekend and public holidays. The zone and the country come from their phone number; the hours are the usual office day. The interview itself stays on the interviewer’s clock (London).'
 */
export function recipientClockNote(clock: RecipientClock, interviewZone: string, placeName: string): string {
  if (clock.sameAsInterview) return '';
  const who = clock.name || 'your contact';
  const days = placeName ? `${placeName}’s weekend and public holidays` : 'their weekend (Nudge does not know their country’s holidays)';
  const sources =
    clock.timeZoneFrom === clock.countryFrom
      ? `The zone and the country come from ${CLOCK_SOURCE_WORDS[clock.timeZoneFrom]}`
      : `The zone comes from ${CLOCK_SOURCE_WORDS[clock.timeZoneFrom]}, the country from ${CLOCK_SOURCE_WORDS[clock.countryFrom]}`;
  const hours = clock.hoursFrom === 'default' ? '; the hours are the usual office day' : '';
  return (
    `These follow-ups go to ${who}, so they are timed on ${clock.name ? `${clock.name}’s` : 'their'} clock: ${cityOf(clock.timeZone)} time, ` +
    `a ${clock.workdayStart}–${clock.workdayEnd} working day, and ${days}. ${sources}${hours}. ` +
    `The interview itself stays on the interviewer’s clock (${cityOf(interviewZone)}).`
  );
}

/** Names an address may give a country by that are neither its code nor its English name. */
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  UK: 'GB', 'GREAT BRITAIN': 'GB', ENGLAND: 'GB', SCOTLAND: 'GB', WALES: 'GB', 'NORTHERN IRELAND': 'GB',
  USA: 'US', 'UNITED STATES OF AMERICA': 'US', UAE: 'AE', 'KOREA': 'KR', 'SOUTH KOREA': 'KR', 'REPUBLIC OF KOREA': 'KR',
  'HONG KONG SAR': 'HK', 'CZECH REPUBLIC': 'CZ', TURKIYE: 'TR', 'TÜRKIYE': 'TR', 'VIET NAM': 'VN',
};

/**
 * The ISO code of a country an address names ("Malaysia", "MY", "UK",
 * "United Kingdom"), among the countries Nudge has holidays for; `''` when
 * it names none of them.
 *
 * @example countryCodeOf('Malaysia', places) //=> 'MY'
 * @example countryCodeOf('UK', places) //=> 'GB'
 */
export function countryCodeOf(name: string, places: Pick<PlaceIndex, 'countries'>): string {
  const wanted = name.trim().toUpperCase();
  if (wanted === '') return '';
  if (places.countries[wanted]) return wanted;
  const alias = COUNTRY_ALIASES[wanted];
  if (alias && places.countries[alias]) return alias;
  let display: Intl.DisplayNames | undefined;
  try {
    display = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    display = undefined;
  }
  for (const [code, entry] of Object.entries(places.countries)) {
    if (entry.name.toUpperCase() === wanted || display?.of(code)?.toUpperCase() === wanted) return code;
  }
  return '';
}
