import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  calendarDaysBetween,
  isWeekendDate,
  nextWorkingDay,
  onOrAfterWorkingDay,
  weekdayName,
} from '~/domain/schedule/working-day';

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
    expect(isWeekendDate(date)).toBe(weekend);
    expect(onOrAfterWorkingDay(date)).toBe(onOrAfter);
    expect(nextWorkingDay(date)).toBe(next);
  });
});
