import { describe, expect, it } from 'vitest';
import { onOtherClock } from '~/domain/schedule/other-clock';

describe('onOtherClock', () => {
  it.each([
    ['17:00 in Kuala Lumpur is 09:00 in London (GMT)', '2026-03-10T17:00', 'Asia/Kuala_Lumpur', 'Europe/London', '2026-03-10T09:00'],
    ['and back', '2026-03-10T09:00', 'Europe/London', 'Asia/Kuala_Lumpur', '2026-03-10T17:00'],
    ['in summer London is GMT+1', '2026-07-10T17:00', 'Asia/Kuala_Lumpur', 'Europe/London', '2026-07-10T10:00'],
    ['across the date line', '2026-03-10T07:00', 'Asia/Kuala_Lumpur', 'America/New_York', '2026-03-09T19:00'],
    ['a time in London’s spring-forward gap moves on by the gap', '2026-03-29T01:30', 'Europe/London', 'Europe/London', '2026-03-29T02:30'],
  ])('%s', (_case, local, from, to, expected) => {
    expect(onOtherClock(local, from, to)).toBe(expected);
  });

  it.each([['2026-03-10'], ['2026-02-30T10:00'], ['10:00'], ['']])('refuses %j, which is not a date and time', (local) => {
    expect(onOtherClock(local, 'Europe/London', 'Asia/Kuala_Lumpur')).toBeUndefined();
  });

  it('refuses an unknown zone', () => {
    expect(onOtherClock('2026-03-10T09:00', 'Mars/Olympus', 'Europe/London')).toBeUndefined();
    expect(onOtherClock('2026-03-10T09:00', 'Europe/London', 'Mars/Olympus')).toBeUndefined();
  });
});
