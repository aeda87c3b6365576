/**
 * Calendar days on plain `YYYY-MM-DD` dates: stepping, counting, weekends.
 *
 * A plain date is a day on the interviewer's calendar, so these need no zone:
 * each date is counted as a day number on UTC's calendar, which has no
 * daylight saving to trip over. Plain arithmetic rather than a zoned date
 * object per call: a schedule steps through dozens of dates, the planner
 * builds one per interview, and zoned dates made that take seconds for a
 * thousand interviews (issue 10).
 *
 * Working days are Monday to Friday. There is no holiday calendar: Nudge
 * cannot know which public holidays the interviewer keeps, and the guide tells
 * people to move a follow-up that lands on one.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (a day past the month's end rolls over, as `Date.UTC` does). Throws for text that is not a date. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const days = Date.UTC(year, month - 1, day) / DAY_MS;
  if (!Number.isFinite(days)) throw new RangeError(`Invalid time value: ${date}`);
  return days;
}

function dateOfDay(days: number): string {
  const day = new Date(days * DAY_MS);
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(day.getUTCFullYear(), 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/**
 * The date `days` calendar days after `date` (before, when negative).
 *
 * @example addCalendarDays('2026-03-30', 7) //=> '2026-04-06'
 */
export function addCalendarDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/**
 * How many calendar days `to` is after `from` (negative when before).
 *
 * @example calendarDaysBetween('2026-03-02', '2026-03-05') //=> 3
 */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The English name of the day of the week of `date`.
 *
 * @example weekdayName('2026-03-07') //=> 'Saturday'
 */
export function weekdayName(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[new Date(dayNumber(date) * DAY_MS).getUTCDay()]!;
}

/**
 * Whether `date` is a Saturday or Sunday.
 *
 * @example isWeekendDate('2026-03-08') //=> true
 */
export function isWeekendDate(date: string): boolean {
  const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * The first working day (Monday to Friday) after `date`.
 *
 * @example nextWorkingDay('2026-03-06') //=> '2026-03-09'
 */
export function nextWorkingDay(date: string): string {
  return onOrAfterWorkingDay(addCalendarDays(date, 1));
}

/**
 * `date` itself when it is a working day, else the Monday after.
 *
 * @example onOrAfterWorkingDay('2026-03-07') //=> '2026-03-09'
 */
export function onOrAfterWorkingDay(date: string): string {
  let day = date;
  while (isWeekendDate(day)) day = addCalendarDays(day, 1);
  return day;
}
