import { describe, expect, it } from 'vitest';
import { callWindow, workdayStartOf } from '~/domain/schedule/call-window';
import { instantToWallTime } from '~/domain/schedule/zoned-time';

describe('callWindow', () => {
  it.each([
    ['Asia/Singapore', '2026-03-03', '09:00', '2026-03-03T02:00:00.000Z', '2026-03-03T03:30:00.000Z'],
    ['Europe/London', '2026-03-03', '08:30', '2026-03-03T09:30:00.000Z', '2026-03-03T11:00:00.000Z'],
    ['America/New_York', '2026-03-03', '09:00', '2026-03-03T15:00:00.000Z', '2026-03-03T16:30:00.000Z'],
  ])('in %s on %s with the day starting at %s, runs from %s to %s', (timeZone, date, workdayStart, start, end) => {
    const window = callWindow(date, { timeZone, workdayStart });
    expect(window.start.toISOString()).toBe(start);
    expect(window.end.toISOString()).toBe(end);
  });

  it.each([
    ['Europe/London', '2026-03-27', '2026-03-30', '2026-03-27T10:00:00.000Z', '2026-03-30T09:00:00.000Z'],
    ['Europe/London', '2026-10-23', '2026-10-26', '2026-10-23T09:00:00.000Z', '2026-10-26T10:00:00.000Z'],
    ['America/New_York', '2026-03-06', '2026-03-09', '2026-03-06T15:00:00.000Z', '2026-03-09T14:00:00.000Z'],
    ['America/New_York', '2026-10-30', '2026-11-02', '2026-10-30T14:00:00.000Z', '2026-11-02T15:00:00.000Z'],
  ])('in %s opens at 10:00 local on both %s and %s, an hour apart in UTC, across the change of clocks', (timeZone, before, after, beforeIso, afterIso) => {
    const interviewer = { timeZone, workdayStart: '09:00' };
    expect(callWindow(before, interviewer).start.toISOString()).toBe(beforeIso);
    expect(callWindow(after, interviewer).start.toISOString()).toBe(afterIso);
    expect(instantToWallTime(callWindow(before, interviewer).start, timeZone).time).toBe('10:00');
    expect(instantToWallTime(callWindow(after, interviewer).start, timeZone).time).toBe('10:00');
  });

  it('assumes a 09:00 start while the workday start is blank', () => {
    const window = callWindow('2026-03-03', { timeZone: 'Europe/London', workdayStart: '' });
    expect(instantToWallTime(window.start, 'Europe/London').time).toBe('10:00');
    expect(instantToWallTime(window.end, 'Europe/London').time).toBe('11:30');
  });
});

describe('workdayStartOf', () => {
  it.each([
    ['07:45', '07:45'],
    ['', '09:00'],
    ['8:0', '09:00'],
  ])('reads a workday start of %j as %s', (workdayStart, expected) => {
    expect(workdayStartOf({ workdayStart })).toBe(expected);
  });
});
