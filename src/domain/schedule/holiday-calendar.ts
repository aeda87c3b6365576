/**
 * Which days the interviewer does not work: their weekend and their public
 * holidays. The schedule takes a `HolidayCalendar` as an argument, so it stays
 * pure: the planner builds one from `date-holidays` (`load-holidays.ts`, loaded
 * only when a schedule is shown), the guide at build time, and unit tests from
 * real `date-holidays` data with fixed dates.
 */

/** Days of the week as `Date#getDay` numbers them: 0 is Sunday, 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The interviewer's days off, as the schedule asks about them. */
export interface HolidayCalendar {
  /** ISO 3166 country code, e.g. `SG`; `''` when unknown. */
  country: string;
  /** The region's code within the country (`SCT` for Scotland), `''` for the whole country. */
  region: string;
  /** Where, for sentences: "Singapore", "Scotland". `''` when unknown. */
  placeName: string;
  /** The weekend's days of the week. */
  weekend: readonly Weekday[];
  /**
   * The names of the public holidays on `date` (`YYYY-MM-DD`), `[]` when none.
   *
   * @example calendar.holidaysOn('2026-12-25') //=> ['Christmas Day']
   */
  holidaysOn(date: string): string[];
}

const SATURDAY_SUNDAY: readonly Weekday[] = [6, 0];

/**
 * Weekends that are not Saturday and Sunday, by country, as of 2026 (each
 * country's labour law or government calendar). `date-holidays` lists holidays
 * but not weekends, and no other maintained package does, so this small table
 * is kept by hand. Iran and Afghanistan count Thursday, widely a half or whole
 * day off, so that a follow-up never lands on it.
 */
const WEEKENDS: Readonly<Record<string, readonly Weekday[]>> = {
  // Friday and Saturday.
  BD: [5, 6], BH: [5, 6], DZ: [5, 6], EG: [5, 6], IL: [5, 6], IQ: [5, 6], JO: [5, 6], KW: [5, 6],
  LY: [5, 6], MV: [5, 6], OM: [5, 6], QA: [5, 6], SA: [5, 6], SD: [5, 6], SY: [5, 6], YE: [5, 6],
  // Thursday and Friday.
  AF: [4, 5], IR: [4, 5],
  // Friday and Sunday.
  BN: [5, 0],
  // Saturday only.
  NP: [6],
};

/**
 * The weekend in `country` (an ISO 3166 code, any case): Saturday and Sunday
 * unless the country keeps another.
 *
 * @example weekendOf('SA') //=> [5, 6]
 * @example weekendOf('SG') //=> [6, 0]
 */
export function weekendOf(country: string): readonly Weekday[] {
  return WEEKENDS[country.toUpperCase()] ?? SATURDAY_SUNDAY;
}

/**
 * A calendar with the country's weekend and no public holidays: what the
 * schedule falls back to while holidays load, or when they cannot be.
 *
 * @example weekendOnlyCalendar('SA').holidaysOn('2026-12-25') //=> []
 */
export function weekendOnlyCalendar(country = '', placeName = ''): HolidayCalendar {
  return { country, region: '', placeName, weekend: weekendOf(country), holidaysOn: () => [] };
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * The weekend in words, e.g. "Saturday and Sunday" or "Friday and Saturday".
 *
 * @example weekendWords([5, 6]) //=> 'Friday and Saturday'
 */
export function weekendWords(weekend: readonly Weekday[]): string {
  const names = weekend.map((day) => DAY_NAMES[day]);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
