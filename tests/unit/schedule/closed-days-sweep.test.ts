import { describe, expect, it } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildChain } from '~/domain/schedule/schedule';
import { addCalendarDays, weekdayOf } from '~/domain/schedule/working-day';
import { INDEPENDENT_LISTS, type IndependentList } from '../../fixtures/holidays/independent-lists';
import { holidaysOf } from '../support/holidays';

// Issue 18: across interviewer countries, checked against holiday lists compiled without date-holidays
// (tests/fixtures/holidays/), no follow-up lands on a public holiday (on neither day where lists
// disagree), a weekend or a break most offices take, and a first check-in promised for the day before
// a holiday steps over it. Interviews every third day from January 2026 (each weekday in turn, a
// week's or two weeks' wait by turns); follow-ups up to the end of 2028.
const FIRST_INTERVIEW = '2026-01-01';
const LAST_INTERVIEW = '2028-11-30';
const LAST_CHECKED = '2028-12-31';
const PLANNED_AT = new Date('2025-12-01T00:00:00Z');

function interviewIn(list: IndependentList, date: string, overrides: Partial<Interview> = {}): Interview {
  const blank = createInterview({ id: `sweep-${list.country}`, interviewerId: 'i1', now: PLANNED_AT, timeZone: list.timeZone, today: date });
  return {
    ...blank,
    date,
    time: '10:00',
    interviewerCountry: list.country,
    interviewerRegion: list.region,
    thankYouTiming: 'next-morning',
    ...overrides,
  };
}

describe.each(INDEPENDENT_LISTS.map((list) => [list.country, list] as const))('in %s', (_, list) => {
  const calendar = holidaysOf(list.country, list.region, list.country);
  const listed = new Set([...list.holidays, ...list.closures]);
  const closed = (date: string) => listed.has(date) || list.weekend.includes(weekdayOf(date));
  const context = { holidays: calendar, person: { timeZone: list.timeZone, start: '08:00', end: '21:00' }, now: PLANNED_AT };

  it('plans no follow-up on a listed holiday, a weekend or a listed closure', () => {
    const landed: string[] = [];
    const ways = [{ checkInAfterWeeks: 1 as const, firstCheckIn: 'call' as const }, { checkInAfterWeeks: 2 as const, firstCheckIn: 'email' as const }];
    for (let date = FIRST_INTERVIEW, turn = 0; date <= LAST_INTERVIEW; date = addCalendarDays(date, 3), turn += 1) {
      for (const followUp of buildChain(interviewIn(list, date, ways[turn % 2]), context)) {
        const day = followUp.dueWallTime.date;
        if (day <= LAST_CHECKED && closed(day)) landed.push(`interview ${date}: ${followUp.id} on ${day}`);
      }
    }
    expect(landed).toEqual([]);
  });

  it('steps every first check-in over a holiday the day after the promised date', () => {
    const landed: string[] = [];
    const holidays = [...listed].filter((date) => date >= '2026-01-15' && date <= LAST_CHECKED && !list.weekend.includes(weekdayOf(date))).sort();
    expect(holidays.length).toBeGreaterThan(5);
    for (const holiday of holidays) {
      const promised = addCalendarDays(holiday, -1);
      const checkIn = buildChain(interviewIn(list, addCalendarDays(holiday, -10), { hearBackBy: promised }), context).find((item) => item.id === 'check-in-1')!;
      const day = checkIn.dueWallTime.date;
      if (day <= promised || closed(day)) landed.push(`promised ${promised}: check-in on ${day}`);
    }
    expect(landed).toEqual([]);
  });
});

it('sweeps at least 40 countries, every one with a Friday–Saturday weekend among them', () => {
  const countries = INDEPENDENT_LISTS.map((list) => list.country);
  expect(new Set(countries).size).toBeGreaterThanOrEqual(40);
  for (const country of ['BD', 'BH', 'DZ', 'EG', 'IL', 'IQ', 'JO', 'KW', 'LY', 'MV', 'OM', 'QA', 'SA', 'SD', 'SY', 'YE']) expect(countries).toContain(country);
  for (const country of ['MY', 'ID', 'NG', 'AE', 'CN', 'TW', 'VN', 'JP', 'TH', 'GB', 'IE', 'AU', 'NZ', 'US', 'CA']) expect(countries).toContain(country);
});
