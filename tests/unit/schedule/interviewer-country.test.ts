import { describe, expect, it } from 'vitest';
import { interviewerPlace, placeOfZone, type PlaceIndex } from '~/domain/schedule/interviewer-country';
import { loadHolidayCalendar, loadPlaceIndex } from '~/domain/schedule/load-holidays';
import { deepFreeze } from '../support/deep-freeze';

// The index the planner loads, built at build time from date-holidays (the Vite plugin serves it here too).
const index: PlaceIndex = await loadPlaceIndex();

describe('placeOfZone', () => {
  it.each([
    ['Asia/Singapore', { country: 'SG', region: '' }],
    ['Europe/London', { country: 'GB', region: 'ENG' }],
    ['Asia/Calcutta', { country: 'IN', region: '' }],
    ['Australia/Hobart', { country: 'AU', region: 'TAS' }],
    ['Singapore', { country: 'SG', region: '' }],
    ['UTC', { country: '', region: '' }],
    ['Etc/GMT-8', { country: '', region: '' }],
    ['', { country: '', region: '' }],
  ])('places %s in %o', (zone, place) => {
    expect(placeOfZone(zone, index)).toEqual(place);
  });
});

describe('interviewerPlace', () => {
  it.each([
    ['the zone, until the person chooses', { interviewerCountry: '', interviewerRegion: '', timeZone: 'Asia/Singapore' }, { country: 'SG', region: '', fromZone: true, placeName: 'Singapore' }],
    ['the person’s choice over the zone', { interviewerCountry: 'GB', interviewerRegion: 'SCT', timeZone: 'Asia/Singapore' }, { country: 'GB', region: 'SCT', fromZone: false, placeName: 'Scotland' }],
    ['the whole country when the region is not one of its own', { interviewerCountry: 'SG', interviewerRegion: 'SCT', timeZone: 'Europe/London' }, { country: 'SG', region: '', fromZone: false, placeName: 'Singapore' }],
    ['the zone when the chosen country is unknown', { interviewerCountry: 'XX', interviewerRegion: '', timeZone: 'Europe/London' }, { country: 'GB', region: 'ENG', fromZone: true, placeName: 'England' }],
    ['nothing for a zone of no country', { interviewerCountry: '', interviewerRegion: '', timeZone: 'UTC' }, { country: '', region: '', fromZone: true, placeName: '' }],
  ])('follows %s', (_, interview, place) => {
    expect(interviewerPlace(deepFreeze(interview), index)).toEqual(place);
  });
});

describe('loadHolidayCalendar', () => {
  it('loads one country’s public holidays by its own module', async () => {
    const loaded = await loadHolidayCalendar({ country: 'SG', region: '', placeName: 'Singapore' });
    expect(loaded.ok).toBe(true);
    expect(loaded.calendar.holidaysOn('2026-12-25')).toEqual(['Christmas Day']);
    expect(loaded.calendar.weekend).toEqual([6, 0]);
  });

  it('gives weekends only, and no error, when there is no country', async () => {
    const loaded = await loadHolidayCalendar({ country: '', region: '', placeName: '' });
    expect([loaded.ok, loaded.calendar.holidaysOn('2026-12-25')]).toEqual([true, []]);
  });
});
