import { describe, expect, it } from 'vitest';
import { callTime, callWindow, workdayEndOf, workdayStartOf } from '~/domain/schedule/call-window';
import { formatInstant, instantToWallTime } from '~/domain/schedule/zoned-time';
import { deepFreeze } from '../support/deep-freeze';
import { londoner } from '../support/holidays';

const day = { workdayStart: '09:00', workdayEnd: '17:30' };

describe('callWindow', () => {
  it.each([
    ['Asia/Singapore', '2026-03-03', '09:00', '17:30', '2026-03-03T02:00:00.000Z', '2026-03-03T08:30:00.000Z'],
    ['Europe/London', '2026-03-03', '08:30', '17:00', '2026-03-03T09:30:00.000Z', '2026-03-03T16:00:00.000Z'],
    ['America/New_York', '2026-03-03', '09:00', '18:00', '2026-03-03T15:00:00.000Z', '2026-03-03T22:00:00.000Z'],
  ])('in %s on %s with the day from %s to %s, runs from %s to %s (not their first or last hour)', (timeZone, date, workdayStart, workdayEnd, start, end) => {
    const window = callWindow(date, { timeZone, workdayStart, workdayEnd });
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([start, end]);
  });

  it.each([
    ['Europe/London', '2026-03-27', '2026-03-30', '2026-03-27T10:00:00.000Z', '2026-03-30T09:00:00.000Z'],
    ['America/New_York', '2026-10-30', '2026-11-02', '2026-10-30T14:00:00.000Z', '2026-11-02T15:00:00.000Z'],
  ])('in %s opens at 10:00 local on both %s and %s, an hour apart in UTC, across the change of clocks', (timeZone, before, after, beforeIso, afterIso) => {
    const interviewer = { timeZone, ...day };
    expect(callWindow(before, interviewer).start.toISOString()).toBe(beforeIso);
    expect(callWindow(after, interviewer).start.toISOString()).toBe(afterIso);
    expect(instantToWallTime(callWindow(after, interviewer).start, timeZone).time).toBe('10:00');
  });

  it('assumes 09:00 to 17:30 while the working day is blank, and a short window when it ends too soon', () => {
    const blank = callWindow('2026-03-03', { timeZone: 'Europe/London', workdayStart: '', workdayEnd: '' });
    expect([instantToWallTime(blank.start, 'Europe/London').time, instantToWallTime(blank.end, 'Europe/London').time]).toEqual(['10:00', '16:30']);
    const short = callWindow('2026-03-03', { timeZone: 'Europe/London', workdayStart: '09:00', workdayEnd: '10:30' });
    expect(instantToWallTime(short.end, 'Europe/London').time).toBe('11:30');
  });
});

describe('callTime', () => {
  const london = (instant: Date) => formatInstant(instant, { timeZone: 'Europe/London', locale: 'en-GB' }).slice(-5);
  it.each([
    ['an interviewer in London', 'Europe/London', '2026-11-26', day, '10:00', '10:00', true],
    ['an interviewer in Singapore, in winter', 'Asia/Singapore', '2026-11-26', day, '16:00', ' 8:00', true],
    ['an interviewer in Singapore, in summer', 'Asia/Singapore', '2026-06-04', day, '15:00', ' 8:00', true],
    ['an interviewer in Singapore whose day ends at 17:00', 'Asia/Singapore', '2026-11-26', { ...day, workdayEnd: '17:00' }, '15:45', ' 7:45', false],
    ['an interviewer in New York', 'America/New_York', '2026-11-26', day, '10:00', '15:00', true],
    ['an interviewer in Los Angeles, whose window opens at 18:00 London time', 'America/Los_Angeles', '2026-11-26', day, '10:00', '18:00', true],
    ['an interviewer in Honolulu, whose 10:00 is 20:00 London time', 'Pacific/Honolulu', '2026-11-26', day, '10:00', '20:00', true],
    ['an interviewer in Auckland, whose window opens as London’s day ends', 'Pacific/Auckland', '2026-11-26', day, '10:00', '21:00', false],
  ])('for %s: %s on %s', (_, timeZone, date, workday, theirs, mine, both) => {
    const slot = callTime(date, { timeZone, ...workday }, londoner);
    expect([instantToWallTime(slot.at, timeZone).time, london(slot.at), slot.shared !== undefined]).toEqual([theirs, mine, both]);
  });

  it('does not change what it is given', () => {
    expect(() => callTime('2026-11-26', deepFreeze({ timeZone: 'Asia/Singapore', ...day }), deepFreeze({ ...londoner }))).not.toThrow();
  });
});

describe('workdayStartOf and workdayEndOf', () => {
  it.each([
    ['07:45', '07:45', '18:00', '18:00'],
    ['', '09:00', '', '17:30'],
    ['8:0', '09:00', '5pm', '17:30'],
  ])('read %j as %s and %j as %s', (workdayStart, start, workdayEnd, end) => {
    expect([workdayStartOf({ workdayStart }), workdayEndOf({ workdayEnd })]).toEqual([start, end]);
  });
});
