import { describe, expect, it } from 'vitest';
import { weekendOnlyCalendar } from '~/domain/schedule/holiday-calendar';
import {
  addCalendarDays,
  calendarDaysBetween,
  dayOffReason,
  isWeekendDate,
  isWorkingDay,
  nextWorkingDay,
  onOrAfterWorkingDay,
  shortDate,
  weekdayName,
} from '~/domain/schedule/working-day';
import { england, scotland, singapore } from '../support/holidays';

const plain = weekendOnlyCalendar();

describe('addCalendarDays', () => {
  it.each([
    ['2026-03-02', 7, '2026-03-09'],
    ['2026-03-25', 14, '2026-04-08'],
    ['2026-10-20', 14, '2026-11-03'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('calendarDaysBetween', () => {
  it.each([
    ['2026-03-02', '2026-03-05', 3],
    ['2026-03-05', '2026-03-02', -3],
    ['2026-03-27', '2026-03-30', 3],
    ['2026-03-02', '2026-03-02', 0],
  ])('from %s to %s is %i days, whatever the clocks do in between', (from, to, days) => {
    expect(calendarDaysBetween(from, to)).toBe(days);
  });
});

describe('weekdays and weekends', () => {
  it.each([
    ['2026-03-06', 'Friday', false, '2026-03-06', '2026-03-09'],
    ['2026-03-07', 'Saturday', true, '2026-03-09', '2026-03-09'],
    ['2026-03-08', 'Sunday', true, '2026-03-09', '2026-03-09'],
    ['2026-03-09', 'Monday', false, '2026-03-09', '2026-03-10'],
  ])('%s is a %s (weekend: %s); the working day on or after is %s, the next is %s', (date, name, weekend, onOrAfter, next) => {
    expect(weekdayName(date)).toBe(name);
    expect(isWeekendDate(date, plain)).toBe(weekend);
    expect(onOrAfterWorkingDay(date, plain).date).toBe(onOrAfter);
    expect(nextWorkingDay(date, plain)).toBe(next);
  });

  it.each([
    ['SA', '2026-03-06', true],
    ['SA', '2026-03-08', false],
    ['BN', '2026-03-07', false],
    ['BN', '2026-03-08', true],
    ['NP', '2026-03-08', false],
  ])('in %s, %s is a weekend day: %s', (country, date, weekend) => {
    expect(isWeekendDate(date, weekendOnlyCalendar(country))).toBe(weekend);
  });
});

describe('public holidays', () => {
  it.each([
    ['Singapore', singapore, '2026-12-25', 'Christmas Day in Singapore'],
    ['Singapore', singapore, '2026-02-17', 'Chinese New Year in Singapore'],
    ['Singapore', singapore, '2026-08-10', 'National Day (substitute day) in Singapore'],
    ['England', england, '2026-05-25', 'Spring bank holiday in England'],
    ['England', england, '2026-08-31', 'Summer bank holiday in England'],
    ['Scotland', scotland, '2026-08-03', 'Summer bank holiday in Scotland'],
    ['Scotland', scotland, '2026-11-30', 'St Andrew’s Day in Scotland'],
    ['Singapore', singapore, '2026-03-07', 'the weekend'],
  ])('in %s, %s is a day off: %s', (_, calendar, date, reason) => {
    expect(dayOffReason(date, calendar)).toBe(reason);
    expect(isWorkingDay(date, calendar)).toBe(false);
  });

  it.each([
    ['England', england, '2026-08-03'],
    ['Scotland', scotland, '2026-08-31'],
    ['Scotland', scotland, '2026-04-06'],
    ['Singapore', singapore, '2026-12-24'],
  ])('in %s, %s is a working day', (_, calendar, date) => {
    expect(dayOffReason(date, calendar)).toBeUndefined();
  });

  it.each([
    [singapore, '2026-12-25', '2026-12-28', 'Moved from Fri 25 Dec: Christmas Day in Singapore, then the weekend.'],
    [singapore, '2026-02-17', '2026-02-19', 'Moved from Tue 17 Feb: Chinese New Year in Singapore.'],
    [england, '2026-04-03', '2026-04-07', 'Moved from Fri 3 Apr: Good Friday in England, then the weekend, then Easter Monday in England.'],
    [england, '2026-12-23', '2026-12-23', ''],
    [england, '2026-12-29', '2027-01-04', 'Moved from Tue 29 Dec: most offices in the UK are closed between Christmas and New Year, then the weekend.'],
    [weekendOnlyCalendar('SA', 'Saudi Arabia'), '2026-03-06', '2026-03-08', 'Moved from Fri 6 Mar: the weekend (Friday and Saturday in Saudi Arabia).'],
  ])('moves %#: %s to %s, saying why', (calendar, date, working, note) => {
    expect(onOrAfterWorkingDay(date, calendar)).toEqual({ date: working, note });
  });
});

describe('shortDate', () => {
  it.each([
    ['2026-12-25', 'Fri 25 Dec'],
    ['2027-01-04', 'Mon 4 Jan'],
  ])('writes %s as %s', (date, text) => {
    expect(shortDate(date)).toBe(text);
  });
});
