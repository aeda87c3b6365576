/**
 * The interviewer's days off, for the islands: loads the place index and each
 * country's holiday calendar once per page (`domain/schedule/load-holidays.ts`)
 * and exposes them as Solid signals, so a schedule computed in a memo is
 * computed again when its calendar arrives. Nothing loads until a schedule asks.
 */
import { createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import { followUpContact } from '../domain/records/contacts';
import type { Interview, Interviewer, Profile } from '../domain/records/model';
import { interviewerPlace, type InterviewerPlace, type PlaceIndex } from '../domain/schedule/interviewer-country';
import { loadHolidayCalendar, loadPlaceIndex, type LoadedCalendar } from '../domain/schedule/load-holidays';
import { personDayOf } from '../domain/schedule/person-day';
import { contactClock, recipientClock, type RecipientClock } from '../domain/schedule/recipient-clock';
import type { ScheduleContext } from '../domain/schedule/schedule';
import { browserTimeZone } from './browser';

const [index, setIndex] = createSignal<PlaceIndex>();
const [indexError, setIndexError] = createSignal('');
const [calendars, setCalendars] = createStore<Record<string, LoadedCalendar>>({});
let indexRequested = false;
const requested = new Set<string>();

/** The country and zone index, once loaded; asking starts the load. */
export function placeIndex(): PlaceIndex | undefined {
  if (!indexRequested) {
    indexRequested = true;
    // A failure is kept until the page is reloaded, as the message says: asking again at once would
    // retry in a loop (every view that reads the index would re-request it), offline, for ever.
    loadPlaceIndex().then(setIndex, () => setIndexError('The list of countries could not be loaded. Check your connection and reload.'));
  }
  return index();
}

/** Why the index could not be loaded, or `''`. */
export function placeIndexError(): string {
  return indexError();
}

/** Whose holidays apply to `interview`, once the index is loaded. */
export function placeOf(interview: Pick<Interview, 'interviewerCountry' | 'interviewerRegion' | 'timeZone'>): InterviewerPlace | undefined {
  const loaded = placeIndex();
  return loaded ? interviewerPlace(interview, loaded) : undefined;
}

/** The holiday calendar for `interview`, once loaded (a weekend-only one with an error if it cannot be). */
export function holidaysFor(interview: Pick<Interview, 'interviewerCountry' | 'interviewerRegion' | 'timeZone'>): LoadedCalendar | undefined {
  const place = placeOf(interview);
  if (!place) return indexError() ? { ok: false, calendar: weekendOnly(), error: indexError() } : undefined;
  const key = `${place.country}-${place.region}`;
  if (!requested.has(key)) {
    requested.add(key);
    // Kept even when it failed (weekends only, with the message to reload): see placeIndex.
    void loadHolidayCalendar(place)
      .then(warmed)
      .then((result) => setCalendars(key, result));
  }
  return calendars[key];
}

/** A turn for the page: what follows runs in a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * `loaded`, once the holidays of this year and of the weeks ahead are worked
 * out, each in a task of its own. A country's first year costs tens of
 * milliseconds of date-holidays rules; left to the moment the calendar is
 * published, it would land in the same task as the parser's evaluation and
 * every schedule on the page (one task over 200 ms while the person types).
 */
async function warmed(loaded: LoadedCalendar): Promise<LoadedCalendar> {
  const now = Date.now();
  const years = new Set([now, now + 60 * 86_400_000].map((time) => new Date(time).getUTCFullYear()));
  for (const year of years) {
    await nextTask();
    try {
      loaded.calendar.holidaysOn(`${year}-01-01`);
    } catch {
      // Published all the same: a schedule that reads this year meets the error and its panel says so,
      // where a calendar never published would leave every schedule "loading" for good.
    }
  }
  await nextTask();
  return loaded;
}

function weekendOnly() {
  return { country: '', region: '', placeName: '', weekend: [6, 0] as const, holidaysOn: () => [] };
}

type PhoneRules = Pick<typeof import('../domain/messages/phone-number'), 'phoneNumberCountry'>;
const [phoneRules, setPhoneRules] = createSignal<PhoneRules | 'failed'>();
let phoneRulesRequested = false;

/** The phone rules (`libphonenumber-js`, a chunk of their own), once loaded; asking starts the load. */
function phoneCountryReader(): ((phone: string) => string) | 'loading' | undefined {
  if (!phoneRulesRequested) {
    phoneRulesRequested = true;
    // Offline before they were cached: the clock is worked out without the number rather than never.
    import('../domain/messages/phone-number').then(setPhoneRules, () => setPhoneRules('failed'));
  }
  const rules = phoneRules();
  return rules === undefined ? 'loading' : rules === 'failed' ? undefined : rules.phoneNumberCountry;
}

/**
 * The clock and calendar of whoever the follow-ups of `interview` go to
 * (`domain/schedule/recipient-clock.ts`), once the place index (and, for a
 * number with a country code, the phone rules) are loaded.
 */
export function clockFor(interview: Interview): RecipientClock | undefined {
  const places = placeIndex();
  if (!places) return undefined;
  const contact = followUpContact(interview);
  const reader = contact && /^\s*(?:\+|00[1-9])/u.test(contact.phone) ? phoneCountryReader() : undefined;
  if (reader === 'loading') return undefined;
  return recipientClock(interview, { personZone: browserTimeZone(), places, phoneCountry: reader });
}

/** The clock of one contact of `interview` (their card shows it), once the index and any phone rules are loaded. */
export function contactClockFor(interview: Interview, person: Interviewer): RecipientClock | undefined {
  const places = placeIndex();
  if (!places) return undefined;
  const reader = /^\s*(?:\+|00[1-9])/u.test(person.phone) ? phoneCountryReader() : undefined;
  if (reader === 'loading') return undefined;
  return contactClock(person, interview, { personZone: browserTimeZone(), places, phoneCountry: reader });
}

/** The holiday calendar of whoever the follow-ups of `interview` go to, once loaded. */
export function recipientHolidays(interview: Interview): LoadedCalendar | undefined {
  const clock = clockFor(interview);
  if (!clock) return indexError() ? { ok: false, calendar: weekendOnly(), error: indexError() } : undefined;
  return holidaysFor({ interviewerCountry: clock.country, interviewerRegion: clock.region, timeZone: clock.timeZone });
}

/**
 * Everything a schedule needs besides the interview, or undefined while the
 * holidays are loading: the clock, weekend, holidays and closures of whoever
 * the follow-ups go to. Reads the clock: views call it inside a memo.
 */
export function scheduleContext(interview: Interview, profile: Pick<Profile, 'dayStart' | 'dayEnd'>): ScheduleContext | undefined {
  const clock = clockFor(interview);
  const loaded = recipientHolidays(interview);
  if (!clock || !loaded) return undefined;
  return { holidays: loaded.calendar, clock, person: personDayOf(profile, browserTimeZone()), now: new Date() };
}
