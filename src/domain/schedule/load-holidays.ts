/**
 * Loads what the schedule needs to know about days off: the index of
 * countries and zones, then one country's holiday data and the parser. Each
 * is its own chunk, fetched only when a schedule is computed, so a first
 * visit to the planner carries none of it. Results are kept for the page.
 */
import { weekendOnlyCalendar, type HolidayCalendar } from './holiday-calendar';
import type { InterviewerPlace, PlaceIndex } from './interviewer-country';

/** A calendar, or the weekend-only fallback and why it is one. */
export type LoadedCalendar = { ok: true; calendar: HolidayCalendar } | { ok: false; calendar: HolidayCalendar; error: string };

let index: Promise<PlaceIndex> | undefined;
const calendars = new Map<string, Promise<LoadedCalendar>>();

/**
 * The country, region and zone index (a few KB), fetched once.
 *
 * @example (await loadPlaceIndex()).zones['Asia/Singapore'] //=> 'SG'
 */
export function loadPlaceIndex(): Promise<PlaceIndex> {
  index ??= import('virtual:nudge/holiday-index').then(({ countries, zones }) => ({ countries, zones }));
  index.catch(() => {
    index = undefined;
  });
  return index;
}

/**
 * The holiday calendar of `place`. Never rejects: when the data cannot be
 * fetched (offline before the first visit finished, say), it resolves to the
 * weekend-only calendar with an error to show.
 *
 * @example (await loadHolidayCalendar({ country: 'SG', region: '', placeName: 'Singapore', fromZone: true })).calendar.holidaysOn('2026-12-25') //=> ['Christmas Day']
 */
export function loadHolidayCalendar(place: Pick<InterviewerPlace, 'country' | 'region' | 'placeName'>): Promise<LoadedCalendar> {
  const key = `${place.country}-${place.region}`;
  let loading = calendars.get(key);
  if (!loading) {
    loading = build(place);
    calendars.set(key, loading);
    void loading.then((result) => {
      if (!result.ok) calendars.delete(key);
    });
  }
  return loading;
}

async function build(place: Pick<InterviewerPlace, 'country' | 'region' | 'placeName'>): Promise<LoadedCalendar> {
  if (place.country === '') return { ok: true, calendar: weekendOnlyCalendar() };
  try {
    const { loaders } = await import('virtual:nudge/holiday-index');
    const load = (loaders as Record<string, (() => Promise<{ default: unknown }>) | undefined>)[place.country];
    if (!load) return { ok: true, calendar: weekendOnlyCalendar(place.country, place.placeName) };
    const [{ default: data }, { holidayCalendarFromData }] = await Promise.all([load(), import('./holidays-from-data')]);
    return { ok: true, calendar: holidayCalendarFromData(data as object, place) };
  } catch {
    return {
      ok: false,
      calendar: weekendOnlyCalendar(place.country, place.placeName),
      error: `Public holidays in ${place.placeName || 'their country'} could not be loaded, so only weekends are avoided. Check your connection and reload.`,
    };
  }
}
