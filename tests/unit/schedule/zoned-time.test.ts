import { describe, expect, it } from 'vitest';
import { formatInstant, instantToWallTime, todayIn, wallTimeToInstant } from '~/domain/schedule/zoned-time';
import { isValidTimeZone, isWallDate, isWallTime } from '~/domain/shared/wall-time';

// Intl separates "8:30" from "AM" with a narrow no-break space in some ICU versions.
const plainSpaces = (text: string) => text.replace(/\s/g, ' ');

describe('wallTimeToInstant', () => {
  it.each([
    ['a Singapore morning', '2026-03-03', '08:30', 'Asia/Singapore', '2026-03-03T00:30:00.000Z'],
    ['London in winter (GMT)', '2026-03-27', '10:00', 'Europe/London', '2026-03-27T10:00:00.000Z'],
    ['London in summer (BST)', '2026-03-30', '10:00', 'Europe/London', '2026-03-30T09:00:00.000Z'],
    ['New York in winter (EST)', '2026-03-06', '10:00', 'America/New_York', '2026-03-06T15:00:00.000Z'],
    ['New York in summer (EDT)', '2026-03-09', '10:00', 'America/New_York', '2026-03-09T14:00:00.000Z'],
    ['a wall time across the date line', '2026-03-03', '07:00', 'Pacific/Auckland', '2026-03-02T18:00:00.000Z'],
  ])('reads %s as the right instant', (_, date, time, zone, iso) => {
    expect(wallTimeToInstant(date, time, zone).toISOString()).toBe(iso);
  });

  it.each([
    ['Europe/London', '2026-03-29', '01:30', '2026-03-29T01:30:00.000Z', '02:30'],
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z', '03:30'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00.000Z', '02:45'],
  ])('moves a wall time in the spring-forward gap in %s on by the length of the gap', (zone, date, time, iso, shown) => {
    const instant = wallTimeToInstant(date, time, zone);
    expect(instant.toISOString()).toBe(iso);
    expect(instantToWallTime(instant, zone)).toEqual({ date, time: shown });
  });

  it.each([
    ['Europe/London', '2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05', '01:45', '2026-04-04T14:45:00.000Z'],
  ])('takes the first of the two occurrences of a repeated wall time in %s', (zone, date, time, iso) => {
    expect(wallTimeToInstant(date, time, zone).toISOString()).toBe(iso);
  });

  it.each([
    ['a malformed date', '2026-3-3', '10:00', 'Europe/London'],
    ['a date that does not exist', '2026-02-29', '10:00', 'Europe/London'],
    ['a blank time', '2026-03-03', '', 'Europe/London'],
    ['an unknown zone', '2026-03-03', '10:00', 'Mars/Olympus_Mons'],
  ])('gives an Invalid Date for %s', (_, date, time, zone) => {
    expect(Number.isNaN(wallTimeToInstant(date, time, zone).getTime())).toBe(true);
  });
});

describe('instantToWallTime', () => {
  it.each([
    ['Asia/Singapore', { date: '2026-03-03', time: '08:30' }],
    ['Europe/London', { date: '2026-03-03', time: '00:30' }],
    ['America/New_York', { date: '2026-03-02', time: '19:30' }],
  ])('reads 00:30 UTC on 3 March on the clocks of %s', (zone, wall) => {
    expect(instantToWallTime(new Date('2026-03-03T00:30:00Z'), zone)).toEqual(wall);
  });

  it('round-trips every half hour of the London autumn change day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const instant = new Date(Date.UTC(2026, 9, 24, 23, 0) + minutes * 60_000);
      const wall = instantToWallTime(instant, 'Europe/London');
      const back = wallTimeToInstant(wall.date, wall.time, 'Europe/London');
      // Only the second 01:00–01:59 (GMT) cannot come back: it reads as the first.
      const repeated = wall.date === '2026-10-25' && wall.time.startsWith('01:') && instant.getUTCHours() === 1;
      expect(back.getTime()).toBe(repeated ? instant.getTime() - 3_600_000 : instant.getTime());
    }
  });
});

describe('todayIn', () => {
  it.each([
    ['Asia/Singapore', '2026-03-03'],
    ['Europe/London', '2026-03-02'],
    ['Pacific/Honolulu', '2026-03-02'],
    ['Pacific/Kiritimati', '2026-03-03'],
  ])('at 20:00 UTC on 2 March, today in %s is %s', (zone, today) => {
    expect(todayIn(zone, new Date('2026-03-02T20:00:00Z'))).toBe(today);
  });
});

describe('isValidTimeZone', () => {
  it.each([
    ['Asia/Singapore', true],
    ['America/New_York', true],
    ['UTC', true],
    ['asia/singapore', true],
    ['Asia/Calcutta', true],
    ['', false],
    ['+08:00', false],
    ['Singapore Standard Time', false],
    ['Mars/Olympus_Mons', false],
  ])('says %j is valid: %s', (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});

describe('isWallDate and isWallTime', () => {
  it.each([
    ['2026-03-03', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-3-3', false],
    ['03/03/2026', false],
    ['', false],
  ])('says %j is a date: %s', (text, valid) => {
    expect(isWallDate(text)).toBe(valid);
  });

  it.each([
    ['00:00', true],
    ['09:05', true],
    ['23:59', true],
    ['24:00', false],
    ['9:00', false],
    ['09:60', false],
    ['9am', false],
    ['', false],
  ])('says %j is a time: %s', (text, valid) => {
    expect(isWallTime(text)).toBe(valid);
  });
});

describe('formatInstant', () => {
  // 08:30 in Singapore on Wednesday 3 June 2026; 01:30 in London (BST).
  const sgMorning = new Date('2026-06-03T00:30:00Z');

  it.each([
    ['en-GB', 'Asia/Singapore', true, 'Wed, 3 Jun 2026, 08:30 GMT+8'],
    ['en-US', 'Asia/Singapore', true, 'Wed, Jun 3, 2026, 8:30 AM GMT+8'],
    ['en-GB', 'Asia/Singapore', 'long', 'Wed, 3 Jun 2026, 08:30 Singapore Standard Time'],
    ['en-GB', 'Europe/London', true, 'Wed, 3 Jun 2026, 01:30 BST'],
    // ICU's en-GB pattern drops the leading zero of the hour when no zone is named.
    ['en-GB', 'Europe/London', false, 'Wed, 3 Jun 2026, 1:30'],
    ['en-US', 'America/New_York', 'short', 'Tue, Jun 2, 2026, 8:30 PM EDT'],
  ] as const)('shows the instant for %s on the clock of %s (zone name: %s)', (locale, timeZone, withZoneName, text) => {
    expect(plainSpaces(formatInstant(sgMorning, { locale, timeZone, withZoneName }))).toBe(text);
  });
});
