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
  /**
   * Why the office is likely closed on `date` besides a public holiday on its
   * published date, `[]` when not: a holiday whose date is an estimate, the
   * day either side of it, and the breaks and shutdowns of
   * `office-closures.ts`. Absent from a calendar that knows only public holidays.
   *
   * @example calendar.closedOn?.('2026-12-29') //=> [{ kind: 'break', name: 'Christmas to New Year', reason: 'most offices in the UK are closed between Christmas and New Year' }]
   */
  closedOn?(date: string): DayClosure[];
  /** False when Nudge has no list of public holidays for the place, so only its weekend is avoided. Absent: it has one. */
  holidaysKnown?: boolean;
}

/** One reason an office is likely closed on a day, besides a public holiday on its published date. */
export interface DayClosure {
  /**
   * `estimated`: a public holiday on its estimated date (Islamic holidays are
   * fixed when the new moon is seen); `near-estimate`: the day either side of
   * one, where other sources put it; `break`: a break or shutdown most offices take.
   */
  kind: 'estimated' | 'near-estimate' | 'break';
  /** The holiday's or the break's name. */
  name: string;
  /** The words for a note: "most offices in the UK are closed between Christmas and New Year". */
  reason: string;
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
 * schedule falls back to when Nudge has no holidays for the place, or they
 * cannot be loaded (`holidaysKnown` is false, so the planner says so).
 *
 * @example weekendOnlyCalendar('SA').holidaysOn('2026-12-25') //=> []
 */
export function weekendOnlyCalendar(country = '', placeName = ''): HolidayCalendar {
  return { country, region: '', placeName, weekend: weekendOf(country), holidaysOn: () => [], holidaysKnown: false };
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

/**
 * What the planner says next to a schedule whose public holidays Nudge does
 * not know, `''` when it knows them: only the weekend is avoided, so the
 * person checks the dates or names the country.
 *
 * @example unknownHolidaysNote(weekendOnlyCalendar(), 'UTC') //=> 'Nudge cannot tell the interviewer’s country from their time zone (UTC), so these dates avoid only Saturday and Sunday, not public holidays. Choose their country under “Interviewer country” to avoid its holidays too.'
 */
export function unknownHolidaysNote(calendar: HolidayCalendar, timeZone: string): string {
  if (calendar.holidaysKnown !== false) return '';
  const weekend = weekendWords(calendar.weekend);
  if (calendar.country === '') {
    return `Nudge cannot tell the interviewer’s country from their time zone (${timeZone}), so these dates avoid only ${weekend}, not public holidays. Choose their country under “Interviewer country” to avoid its holidays too.`;
  }
  return `Nudge has no list of public holidays for ${calendar.placeName || calendar.country}, so these dates avoid only ${weekend}. Check them against their holidays before you send.`;
}
