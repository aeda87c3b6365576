/**
 * Calendar days on plain `YYYY-MM-DD` dates: stepping, counting, weekends.
 *
 * A plain date is a day on the interviewer's calendar, so these need no zone:
 * the date-fns calls run in UTC only because a plain date needs some clock to
 * live on, and UTC has no daylight saving to trip over.
 *
 * Working days are Monday to Friday. There is no holiday calendar: Nudge
 * cannot know which public holidays the interviewer keeps, and the guide tells
 * people to move a follow-up that lands on one.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, isWeekend, lightFormat } from 'date-fns';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

function onCalendar(date: string): TZDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(year, month - 1, day, 'UTC');
}

/**
 * The date `days` calendar days after `date` (before, when negative).
 *
 * @example addCalendarDays('2026-03-30', 7) //=> '2026-04-06'
 */
export function addCalendarDays(date: string, days: number): string {
  return lightFormat(addDays(onCalendar(date), days), 'yyyy-MM-dd');
}

/**
 * How many calendar days `to` is after `from` (negative when before).
 *
 * @example calendarDaysBetween('2026-03-02', '2026-03-05') //=> 3
 */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(onCalendar(to), onCalendar(from));
}

/**
 * The English name of the day of the week of `date`.
 *
 * @example weekdayName('2026-03-07') //=> 'Saturday'
 */
export function weekdayName(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[onCalendar(date).getDay()]!;
}

/**
 * Whether `date` is a Saturday or Sunday.
 *
 * @example isWeekendDate('2026-03-08') //=> true
 */
export function isWeekendDate(date: string): boolean {
  return isWeekend(onCalendar(date));
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
