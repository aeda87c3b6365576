import { data } from 'date-holidays/data';
import { holidayCalendarFromData } from '~/domain/schedule/holidays-from-data';
import type { HolidayCalendar } from '~/domain/schedule/holiday-calendar';
import type { PersonDay } from '~/domain/schedule/person-day';

/** Real public holidays from the whole `date-holidays` data, as the planner loads them. */
export function holidaysOf(country: string, region: string, placeName: string): HolidayCalendar {
  return holidayCalendarFromData(data, { country, region, placeName });
}

export const singapore = holidaysOf('SG', '', 'Singapore');
export const england = holidaysOf('GB', 'ENG', 'England');
export const scotland = holidaysOf('GB', 'SCT', 'Scotland');

/** A person in London with the default day, 08:00 to 21:00. */
export const londoner: PersonDay = { timeZone: 'Europe/London', start: '08:00', end: '21:00' };
