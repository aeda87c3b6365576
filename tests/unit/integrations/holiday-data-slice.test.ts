import { describe, expect, it } from 'vitest';
import { holidayIndex, sliceHolidayData, type FullHolidayData } from '~/integrations/holiday-data-slice';
import { holidayCalendarFromData } from '~/domain/schedule/holidays-from-data';
import { data } from '../support/holidays';

// What the build slices: date-holidays' data with Nudge's added countries and corrections.
const full = data as unknown as FullHolidayData;
const index = holidayIndex(full);

describe('sliceHolidayData', () => {
  it.each([['GU', ['GU', 'US']], ['SG', ['SG']], ['GB', ['GB']]])('keeps %s and the countries its rules borrow from', (code, countries) => {
    expect(Object.keys(sliceHolidayData(full, code).holidays)).toEqual(countries);
  });

  it('gives every country and region the same days off as the whole data, 2026 and 2027', () => {
    const everyDay = (calendar: ReturnType<typeof holidayCalendarFromData>) => {
      const days: string[] = [];
      for (let time = Date.UTC(2026, 0, 1); time < Date.UTC(2028, 0, 1); time += 86_400_000) {
        const date = new Date(time).toISOString().slice(0, 10);
        const names = calendar.holidaysOn(date);
        if (names.length > 0) days.push(`${date} ${names.join(', ')}`);
      }
      return days;
    };
    const places = [['SG', ''], ['GB', 'ENG'], ['GB', 'SCT'], ['US', 'NY'], ['GU', ''], ['AE', ''], ['JP', ''], ['IN', 'MH'], ['ES', 'CN'], ['CN', ''], ['KW', ''], ['QA', ''], ['EG', ''], ['MV', '']] as const;
    for (const [country, region] of places) {
      const place = { country, region, placeName: country };
      const whole = everyDay(holidayCalendarFromData(data, place));
      expect(whole.length, `${country}-${region}`).toBeGreaterThan(3);
      expect(everyDay(holidayCalendarFromData(sliceHolidayData(full, country), place)), `${country}-${region}`).toEqual(whole);
    }
  });

  it('is small: Singapore’s slice is a few kilobytes of text', () => {
    expect(JSON.stringify(sliceHolidayData(full, 'SG')).length).toBeLessThan(16_000);
  });
});

describe('holidayIndex', () => {
  it.each([
    ['Asia/Singapore', 'SG'],
    ['Europe/London', 'GB-ENG'],
    ['Africa/Lagos', 'NG'],
    ['Australia/Hobart', 'AU-TAS'],
    ['America/New_York', 'US'],
    // Countries date-holidays lacks, added in its format; Qatar's zone is Qatar's, Bahrain's Bahrain's.
    ['Asia/Kuwait', 'KW'],
    ['Asia/Qatar', 'QA'],
    ['Asia/Bahrain', 'BH'],
    ['Asia/Muscat', 'OM'],
    ['Asia/Amman', 'JO'],
  ])('places the zone %s in %s', (zone, place) => {
    expect(index.zones[zone]).toBe(place);
  });

  it('names countries and their regions in English', () => {
    expect(index.countries.SG).toEqual({ name: 'Singapore', regions: {} });
    expect(index.countries.GB?.regions).toMatchObject({ ENG: 'England', SCT: 'Scotland', WLS: 'Wales', NIR: 'Northern Ireland' });
    expect(index.countries.AE?.name).toBe('United Arab Emirates');
  });
});
