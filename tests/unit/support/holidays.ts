import { data as holidayFile } from 'date-holidays/data';
import { withAddedHolidays } from '~/domain/schedule/holiday-rules/added-holidays';
import { holidayCalendarFromData } from '~/domain/schedule/holidays-from-data';
import type { HolidayCalendar } from '~/domain/schedule/holiday-calendar';
import type { PersonDay } from '~/domain/schedule/person-day';

/** `date-holidays`' whole data with Nudge's added countries and corrections, as the build slices it. */
export const data = withAddedHolidays(holidayFile as { holidays: Record<string, object> });

/** Real public holidays and office closures, as the planner loads them. */
export function holidaysOf(country: string, region: string, placeName: string): HolidayCalendar {
  return holidayCalendarFromData(data, { country, region, placeName });
}

export const singapore = holidaysOf('SG', '', 'Singapore');
export const england = holidaysOf('GB', 'ENG', 'England');
export const scotland = holidaysOf('GB', 'SCT', 'Scotland');

/** A person in London with the default day, 08:00 to 21:00. */
export const londoner: PersonDay = { timeZone: 'Europe/London', start: '08:00', end: '21:00' };
