/**
 * Calendar days on plain `YYYY-MM-DD` dates: stepping, counting, and which
 * days are working days for the interviewer.
 *
 * A plain date is a day on the interviewer's calendar, so these need no zone:
 * each date is counted as a day number on UTC's calendar, which has no
 * daylight saving to trip over. Plain arithmetic rather than a zoned date
 * object per call: a schedule steps through dozens of dates, the planner
 * builds one per interview, and zoned dates made that take seconds for a
 * thousand interviews (issue 10).
 *
 * A working day is neither in the interviewer's weekend, nor a public holiday
 * where they work (or the day either side of one whose date is an estimate),
 * nor in a break most offices there take (`office-closures.ts`): all come
 * from the `HolidayCalendar` passed in (see `holiday-calendar.ts`), and the
 * guide's page on the weeks after explains it.
 */
import { weekendWords, type DayClosure, type HolidayCalendar, type Weekday } from './holiday-calendar';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DAY_MS = 86_400_000;
/** A working day is always found within this many days (the longest run of days off is far shorter). */
const SEARCH_LIMIT_DAYS = 60;

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
 * The day of the week of `date`, 0 (Sunday) to 6 (Saturday).
 *
 * @example weekdayOf('2026-03-07') //=> 6
 */
export function weekdayOf(date: string): Weekday {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay() as Weekday;
}

/**
 * The English name of the day of the week of `date`.
 *
 * @example weekdayName('2026-03-07') //=> 'Saturday'
 */
export function weekdayName(date: string): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[weekdayOf(date)];
}

/**
 * `date` as a short English date for notes, e.g. "Fri 25 Dec".
 *
 * @example shortDate('2026-12-25') //=> 'Fri 25 Dec'
 */
export function shortDate(date: string): string {
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${weekdayName(date).slice(0, 3)} ${day} ${MONTHS[month - 1]}`;
}

/**
 * Whether `date` falls in the weekend of `calendar`'s country.
 *
 * @example isWeekendDate('2026-03-08', calendar) //=> true
 */
export function isWeekendDate(date: string, calendar: Pick<HolidayCalendar, 'weekend'>): boolean {
  return calendar.weekend.includes(weekdayOf(date));
}

/**
 * Why the office is closed on `date`, in words, or undefined when it is a
 * working day. A break or shutdown explains a whole stretch, so it comes
 * first ("most offices in the UK are closed between Christmas and New
 * Year"), then a public holiday ("Christmas Day in Singapore"; an Islamic
 * one says its date is an estimate), then the day either side of an
 * estimated holiday (in the same words, so a note names it once), then the
 * weekend.
 *
 * @example dayOffReason('2026-12-25', singapore) //=> 'Christmas Day in Singapore'
 */
export function dayOffReason(date: string, calendar: HolidayCalendar): string | undefined {
  const closures = calendar.closedOn?.(date) ?? [];
  const closure = (kind: DayClosure['kind']) => closures.find((item) => item.kind === kind);
  const inBreak = closure('break');
  if (inBreak) return inBreak.reason;
  const holidays = calendar.holidaysOn(date);
  const where = calendar.placeName ? ` in ${calendar.placeName}` : '';
  const estimated = closure('estimated');
  if (holidays.length === 1 && estimated) return estimated.reason;
  if (holidays.length > 0) return `${holidays.join(' and ')}${where}`;
  const nearEstimate = closure('near-estimate');
  if (nearEstimate) return nearEstimate.reason;
  if (!isWeekendDate(date, calendar)) return undefined;
  return weekendWords(calendar.weekend) === 'Saturday and Sunday' ? 'the weekend' : `the weekend (${weekendWords(calendar.weekend)}${where})`;
}

/**
 * Whether `date` is a working day for the interviewer.
 *
 * @example isWorkingDay('2026-12-25', singapore) //=> false
 */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  return dayOffReason(date, calendar) === undefined;
}

/** A working day, and the note saying why it is not the day asked for (`''` when it is). */
export interface WorkingDay {
  date: string;
  note: string;
}

/**
 * `date` itself when it is a working day, else the next one, with a note
 * such as "Moved from Fri 25 Dec: Christmas Day in Singapore, then the weekend."
 *
 * @example onOrAfterWorkingDay('2026-12-25', singapore) //=> { date: '2026-12-28', note: 'Moved from Fri 25 Dec: Christmas Day in Singapore, then the weekend.' }
 */
export function onOrAfterWorkingDay(date: string, calendar: HolidayCalendar): WorkingDay {
  const reasons: string[] = [];
  let day = date;
  for (let step = 0; step < SEARCH_LIMIT_DAYS; step += 1) {
    const reason = dayOffReason(day, calendar);
    if (reason === undefined) break;
    if (!reasons.includes(reason)) reasons.push(reason);
    day = addCalendarDays(day, 1);
  }
  const note = reasons.length === 0 ? '' : `Moved from ${shortDate(date)}: ${reasons.join(', then ')}.`;
  return { date: day, note };
}

/**
 * The first working day after `date`.
 *
 * @example nextWorkingDay('2026-03-06', london) //=> '2026-03-09'
 */
export function nextWorkingDay(date: string, calendar: HolidayCalendar): string {
  return onOrAfterWorkingDay(addCalendarDays(date, 1), calendar).date;
}
