import { describe, expect, it } from 'vitest';
import { awakeSpans, eveningBefore, isAwake, personDayOf } from '~/domain/schedule/person-day';
import { londoner } from '../support/holidays';

describe('personDayOf', () => {
  it.each([
    [{ dayStart: '07:30', dayEnd: '22:00' }, '07:30', '22:00'],
    [{ dayStart: '', dayEnd: '9pm' }, '08:00', '21:00'],
  ])('reads %o as %s to %s', (profile, start, end) => {
    expect(personDayOf(profile, 'Europe/London')).toEqual({ timeZone: 'Europe/London', start, end });
  });
});

describe('isAwake', () => {
  it.each([
    ['2026-11-24T07:59:00Z', londoner, false],
    ['2026-11-24T08:00:00Z', londoner, true],
    ['2026-11-24T20:59:00Z', londoner, true],
    ['2026-11-24T21:00:00Z', londoner, false],
    ['2026-06-24T07:30:00Z', londoner, true],
    ['2026-11-25T00:30:00Z', { ...londoner, start: '10:00', end: '01:00' }, true],
    ['2026-11-25T01:30:00Z', { ...londoner, start: '10:00', end: '01:00' }, false],
  ])('at %s, is %o awake: %s', (instant, day, awake) => {
    expect(isAwake(new Date(instant), day)).toBe(awake);
  });
});

describe('awakeSpans and eveningBefore', () => {
  it('lists the waking spans that touch a stretch of time, in order', () => {
    const spans = awakeSpans(new Date('2026-11-24T00:00:00Z'), new Date('2026-11-24T23:00:00Z'), londoner);
    expect(spans.map((span) => [span.start.toISOString(), span.end.toISOString()])).toEqual([['2026-11-24T08:00:00.000Z', '2026-11-24T21:00:00.000Z']]);
  });

  it.each([
    ['a send at 00:30', '2026-11-25T00:30:00Z', '2026-11-24T12:00:00Z', '2026-11-24T20:30:00.000Z'],
    ['a send at 06:00', '2026-11-25T06:00:00Z', '2026-11-24T12:00:00Z', '2026-11-24T20:30:00.000Z'],
    ['a send at 00:30, asked at 20:45', '2026-11-25T00:30:00Z', '2026-11-24T20:45:00Z', '2026-11-24T20:45:00.000Z'],
  ])('reminds about %s the evening before, never before now', (_, instant, now, remind) => {
    expect(eveningBefore(new Date(instant), londoner, new Date(now)).toISOString()).toBe(remind);
  });
});
