import { describe, expect, it } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { interviewStart, thankYouSendTimes } from '~/domain/schedule/send-time';
import { formatInstant } from '~/domain/schedule/zoned-time';

const base = createInterview({
  id: 'interview-1',
  interviewerId: 'interviewer-1',
  now: new Date('2026-03-01T12:00:00Z'),
  timeZone: 'Europe/London',
  today: '2026-03-02',
});
const interview = (overrides: Partial<Interview>): Interview => ({ ...base, ...overrides });

describe('thankYouSendTimes', () => {
  it.each([
    ['a London interview on Monday morning', { date: '2026-03-02', time: '10:00' }, '2026-03-02T18:00:00.000Z', '2026-03-03T08:30:00.000Z'],
    ['an interview that began at 16:00', { date: '2026-03-02', time: '16:00' }, '2026-03-02T18:00:00.000Z', '2026-03-03T08:30:00.000Z'],
    ['an interview that began at 17:30', { date: '2026-03-02', time: '17:30' }, '2026-03-02T19:30:00.000Z', '2026-03-03T08:30:00.000Z'],
    ['an interview that began at 22:30', { date: '2026-03-02', time: '22:30' }, '2026-03-03T00:30:00.000Z', '2026-03-03T08:30:00.000Z'],
    ['an interview with no start time', { date: '2026-03-02', time: '' }, '2026-03-02T18:00:00.000Z', '2026-03-03T08:30:00.000Z'],
    ['a Friday interview', { date: '2026-03-06', time: '10:00' }, '2026-03-06T18:00:00.000Z', '2026-03-09T08:30:00.000Z'],
    ['a Saturday interview', { date: '2026-03-07', time: '10:00' }, '2026-03-07T18:00:00.000Z', '2026-03-09T08:30:00.000Z'],
    ['a workday that starts at 08:00', { date: '2026-03-02', time: '10:00', workdayStart: '08:00' }, '2026-03-02T18:00:00.000Z', '2026-03-03T07:30:00.000Z'],
    ['a Friday interview before London springs forward', { date: '2026-03-27', time: '10:00' }, '2026-03-27T18:00:00.000Z', '2026-03-30T07:30:00.000Z'],
    ['a Friday interview before London falls back', { date: '2026-10-23', time: '10:00' }, '2026-10-23T17:00:00.000Z', '2026-10-26T08:30:00.000Z'],
    ['a Friday interview before New York springs forward', { date: '2026-03-06', time: '10:00', timeZone: 'America/New_York' }, '2026-03-06T23:00:00.000Z', '2026-03-09T12:30:00.000Z'],
    ['a Friday interview before New York falls back', { date: '2026-10-30', time: '10:00', timeZone: 'America/New_York' }, '2026-10-30T22:00:00.000Z', '2026-11-02T13:30:00.000Z'],
    ['a Singapore interview', { date: '2026-03-02', time: '14:00', timeZone: 'Asia/Singapore' }, '2026-03-02T10:00:00.000Z', '2026-03-03T00:30:00.000Z'],
  ])('for %s, gives the same-day and next-morning times', (_, overrides, sameDay, nextMorning) => {
    const times = thankYouSendTimes(interview(overrides));
    expect(times.sameDay.toISOString()).toBe(sameDay);
    expect(times.nextMorning.toISOString()).toBe(nextMorning);
  });

  it('shows a Singapore next-morning time on the London clock of the person writing', () => {
    const { nextMorning } = thankYouSendTimes(interview({ date: '2026-06-02', time: '14:00', timeZone: 'Asia/Singapore' }));
    const show = (timeZone: string) => formatInstant(nextMorning, { timeZone, locale: 'en-GB', withZoneName: true });
    expect(nextMorning.toISOString()).toBe('2026-06-03T00:30:00.000Z');
    expect(show('Asia/Singapore')).toBe('Wed, 3 Jun 2026, 08:30 GMT+8');
    expect(show('Europe/London')).toBe('Wed, 3 Jun 2026, 01:30 BST');
  });

  it('gives Invalid Dates while the interview date is half-typed', () => {
    const times = thankYouSendTimes(interview({ date: '2026-03-' }));
    expect(Number.isNaN(times.sameDay.getTime())).toBe(true);
    expect(Number.isNaN(times.nextMorning.getTime())).toBe(true);
  });

  it('does not change the interview it is given', () => {
    const input = interview({ date: '2026-03-02', time: '17:30' });
    const before = structuredClone(input);
    thankYouSendTimes(Object.freeze(input));
    expect(input).toEqual(before);
  });
});

describe('interviewStart', () => {
  it.each([
    ['the time given', { time: '14:15' }, '2026-03-02T14:15:00.000Z'],
    ['the workday start when the time is blank', { time: '' }, '2026-03-02T09:00:00.000Z'],
    ['the workday start when the time is half-typed', { time: '14:', workdayStart: '08:30' }, '2026-03-02T08:30:00.000Z'],
  ])('is %s', (_, overrides, iso) => {
    expect(interviewStart(interview({ date: '2026-03-02', ...overrides })).toISOString()).toBe(iso);
  });
});
