/**
 * A `HolidayCalendar` built from `date-holidays` data with its parser
 * (`date-holidays-parser`), which works out each year's dates from the rules
 * (Easter, the Chinese and Islamic calendars, substitute days), and the
 * breaks of `office-closures.ts`, whose days are written in the same rules.
 *
 * A holiday on the Islamic calendar is an estimate until the new moon is
 * seen, and published lists differ by a day (Eid al-Fitr 2027: 9 March in
 * one, 10 March in another), so the day either side of it counts as closed
 * too, and the note says why.
 *
 * This module pulls in the parser, so only `load-holidays.ts` (by dynamic
 * `import()`), the guide at build time and tests import it.
 */
import HolidaysParser from 'date-holidays-parser';
import { weekendOf, type DayClosure, type HolidayCalendar } from './holiday-calendar';
import { closureReason, closuresOf } from './office-closures';

/** The data the parser reads: `date-holidays`' `holidays.json`, whole or one country's slice. */
export type HolidayData = ConstructorParameters<typeof HolidaysParser>[0];

/** Days off for everyone: bank holidays too, as in the UK. Observances and optional days are working days. */
const DAY_OFF_TYPES = ['bank', 'public'];

/** A rule on the Islamic calendar, whose dates are estimates: `1 Shawwal P3D`, `9 Dhu al-Hijjah`. */
const ISLAMIC_RULE = /\b(?:Muharram|Safar|Rabi al-awwal|Rabi al-thani|Jumada al-awwal|Jumada al-thani|Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qidah|Dhu al-Hijjah)\b/u;

/**
 * Whether a `date-holidays` rule gives an estimated date (the Islamic calendar's).
 *
 * @example isEstimatedRule('1 Shawwal P3D') //=> true
 * @example isEstimatedRule('chinese 01-0-01') //=> false
 */
export function isEstimatedRule(rule: string): boolean {
  return ISLAMIC_RULE.test(rule);
}

/** Said of an estimated holiday, on its days and the day either side, so a note names it once. */
const ESTIMATE_NOTE = '(its date is an estimate, so the day before and after are avoided too)';
const ESTIMATES_NOTE = '(its dates are an estimate, so the day before and after are avoided too)';

interface DayEntry {
  holidays: string[];
  closures: DayClosure[];
}

type Place = { country: string; region: string; placeName: string };

/**
 * The calendar for `country` (and `region`, `''` for the whole country), with
 * English holiday names and the country's office closures. Each year is
 * worked out once, when first asked.
 *
 * @example holidayCalendarFromData(data, { country: 'SG', region: '', placeName: 'Singapore' }).holidaysOn('2026-02-17') //=> ['Chinese New Year']
 */
export function holidayCalendarFromData(data: HolidayData, place: Place): HolidayCalendar {
  const where = place.region ? { country: place.country, state: place.region } : { country: place.country };
  const parser = new HolidaysParser(data, where, { languages: ['en'], types: DAY_OFF_TYPES });
  const breaks = breaksParser(data, place.country);
  const at = place.placeName ? ` in ${place.placeName}` : '';
  const years = new Map<number, Map<string, DayEntry>>();
  const daysOf = (year: number) => {
    let days = years.get(year);
    if (!days) {
      days = new Map();
      const entry = (date: string) => days!.get(date) ?? days!.set(date, { holidays: [], closures: [] }).get(date)!;
      for (const holiday of parser.getHolidays(year, 'en') || []) {
        const dates = coveredDates(holiday.date, holiday.start, holiday.end);
        for (const date of dates) addOnce(entry(date).holidays, holiday.name);
        if (!isEstimatedRule(holiday.rule)) continue;
        const reason = `${holiday.name}${at} ${ESTIMATE_NOTE}`;
        for (const date of dates) addClosure(entry(date).closures, { kind: 'estimated', name: holiday.name, reason });
        for (const date of margins(dates)) addClosure(entry(date).closures, { kind: 'near-estimate', name: holiday.name, reason });
      }
      for (const holiday of breaks?.parser.getHolidays(year, 'en') || []) {
        const closure = breaks!.byRule.get(holiday.rule);
        if (!closure) continue;
        const dates = coveredDates(holiday.date, holiday.start, holiday.end);
        const estimated = isEstimatedRule(holiday.rule);
        const reason = `${closureReason(closure, place.country)}${estimated ? ` ${ESTIMATES_NOTE}` : ''}`;
        for (const date of estimated ? [...dates, ...margins(dates)] : dates) addClosure(entry(date).closures, { kind: 'break', name: closure.name, reason });
      }
      years.set(year, days);
    }
    return days;
  };
  const lookup = (date: string): DayEntry[] => {
    const year = Number(date.slice(0, 4));
    const found = [daysOf(year).get(date)];
    // A break or an estimate's margin can run over New Year: ask the year it started in.
    if (date.slice(5) <= '01-15') found.push(daysOf(year - 1).get(date));
    if (date.slice(5) === '12-31') found.push(daysOf(year + 1).get(date));
    return found.filter((day): day is DayEntry => day !== undefined);
  };
  return {
    country: place.country,
    region: place.region,
    placeName: place.placeName,
    weekend: weekendOf(place.country),
    holidaysOn: (date) => unique(lookup(date).flatMap((day) => day.holidays)),
    closedOn: (date) => {
      const closures: DayClosure[] = [];
      for (const closure of lookup(date).flatMap((day) => day.closures)) addClosure(closures, closure);
      return closures;
    },
  };
}

/** The day before the first of `dates` and the day after the last, where other sources put an estimated holiday. */
function margins(dates: readonly string[]): string[] {
  return [shiftDate(dates[0]!, -1), shiftDate(dates.at(-1)!, 1)];
}

/** A parser for the country's office closures, and each closure by its rule; undefined when it keeps none. */
function breaksParser(data: HolidayData, country: string) {
  const closures = closuresOf(country);
  if (closures.length === 0) return undefined;
  const zones = (data as { holidays?: Record<string, { zones?: string[] }> }).holidays?.[country]?.zones;
  const days = Object.fromEntries(closures.map((closure) => [closure.rule, { name: { en: closure.name } }]));
  const breaksData = { holidays: { [country]: { names: { en: country }, ...(zones ? { zones } : {}), days } }, names: {} };
  return {
    parser: new HolidaysParser(breaksData as HolidayData, country, { languages: ['en'] }),
    byRule: new Map(closures.map((closure) => [closure.rule, closure])),
  };
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function addClosure(list: DayClosure[], closure: DayClosure): void {
  if (!list.some((other) => other.kind === closure.kind && other.reason === closure.reason)) list.push(closure);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function shiftDate(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
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
  return Array.from({ length: count }, (_, index) => shiftDate(first, index));
}
