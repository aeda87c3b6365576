/**
 * A `HolidayCalendar` built from `date-holidays` data with its parser
 * (`date-holidays-parser`), which works out each year's dates from the rules
 * (Easter, the Chinese and Islamic calendars, substitute days).
 *
 * This module pulls in the parser, so only `load-holidays.ts` (by dynamic
 * `import()`), the guide at build time and tests import it.
 */
import HolidaysParser from 'date-holidays-parser';
import { weekendOf, type HolidayCalendar } from './holiday-calendar';

/** The data the parser reads: `date-holidays`' `holidays.json`, whole or one country's slice. */
export type HolidayData = ConstructorParameters<typeof HolidaysParser>[0];

/** Days off for everyone: bank holidays too, as in the UK. Observances and optional days are working days. */
const DAY_OFF_TYPES = ['bank', 'public'];

/**
 * The calendar for `country` (and `region`, `''` for the whole country), with
 * English holiday names. Each year is worked out once, when first asked.
 *
 * @example holidayCalendarFromData(data, { country: 'SG', region: '', placeName: 'Singapore' }).holidaysOn('2026-02-17') //=> ['Chinese New Year']
 */
export function holidayCalendarFromData(
  data: HolidayData,
  place: { country: string; region: string; placeName: string },
): HolidayCalendar {
  const where = place.region ? { country: place.country, state: place.region } : { country: place.country };
  const parser = new HolidaysParser(data, where, { languages: ['en'], types: DAY_OFF_TYPES });
  const years = new Map<number, Map<string, string[]>>();
  const daysOff = (year: number) => {
    let days = years.get(year);
    if (!days) {
      days = new Map();
      for (const holiday of parser.getHolidays(year, 'en') || []) {
        for (const date of coveredDates(holiday.date, holiday.start, holiday.end)) {
          const names = days.get(date) ?? [];
          if (!names.includes(holiday.name)) days.set(date, [...names, holiday.name]);
        }
      }
      years.set(year, days);
    }
    return days;
  };
  return {
    country: place.country,
    region: place.region,
    placeName: place.placeName,
    weekend: weekendOf(place.country),
    holidaysOn: (date) => [...(daysOff(Number(date.slice(0, 4))).get(date) ?? [])],
  };
}

/**
 * The plain dates a holiday covers. The parser gives its first day as text
 * ("2026-12-24 14:00:00") and its span as two instants; the span is counted
 * in elapsed hours from the start time, less an hour so a day lengthened by a
 * change of clocks is not taken for two.
 */
function coveredDates(text: string, start: Date, end: Date): string[] {
  const first = text.slice(0, 10);
  const startHours = Number(text.slice(11, 13)) + Number(text.slice(14, 16)) / 60;
  const spanHours = (end.getTime() - start.getTime()) / 3_600_000;
  const count = Math.max(1, Math.ceil((startHours + spanHours - 1) / 24));
  const dates: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const day = new Date(`${first}T12:00:00Z`);
    day.setUTCDate(day.getUTCDate() + index);
    dates.push(day.toISOString().slice(0, 10));
  }
  return dates;
}
