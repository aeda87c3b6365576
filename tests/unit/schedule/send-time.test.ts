import { describe, expect, it } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { weekendOnlyCalendar } from '~/domain/schedule/holiday-calendar';
import { emailSending, interviewStart, thankYouSendTimes } from '~/domain/schedule/send-time';
import { londoner, singapore } from '../support/holidays';
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
  it('sends a next-morning thank-you after Christmas Eve in Singapore on their next working day, 28 December', () => {
    const times = thankYouSendTimes(interview({ date: '2026-12-24', time: '10:00', timeZone: 'Asia/Singapore' }), singapore);
    expect(times.nextMorning.toISOString()).toBe('2026-12-28T00:30:00.000Z');
  });

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
    const times = thankYouSendTimes(interview(overrides), weekendOnlyCalendar());
    expect(times.sameDay.toISOString()).toBe(sameDay);
    expect(times.nextMorning.toISOString()).toBe(nextMorning);
  });

  describe('to a recruiter in Kuala Lumpur, for an interview in London', () => {
    const sarah = { timeZone: 'Asia/Kuala_Lumpur', workdayStart: '09:00' };
    it.each([
      ['at 10:00 London (18:00 hers): that evening, 20:00 hers', '10:00', '2026-03-02T12:00:00.000Z'],
      ['at 12:00 London (20:00 hers): 22:00 hers is past her evening, so her next morning', '12:00', '2026-03-03T00:30:00.000Z'],
      ['at 14:00 London (22:00 hers): never at midnight, her next morning', '14:00', '2026-03-03T00:30:00.000Z'],
      ['at 16:00 London (00:00 hers, the next day): that evening of hers', '16:00', '2026-03-03T10:00:00.000Z'],
    ])('%s', (_, time, sameDay) => {
      const times = thankYouSendTimes(interview({ date: '2026-03-02', time }), weekendOnlyCalendar(), sarah);
      expect(times.sameDay.toISOString()).toBe(sameDay);
    });

    it('while the interviewer, on the interview’s own clock, is still thanked that night after a late interview', () => {
      expect(thankYouSendTimes(interview({ date: '2026-03-02', time: '22:30' }), weekendOnlyCalendar()).sameDay.toISOString()).toBe('2026-03-03T00:30:00.000Z');
    });
  });

  it('shows a Singapore next-morning time on the London clock of the person writing', () => {
    const { nextMorning } = thankYouSendTimes(interview({ date: '2026-06-02', time: '14:00', timeZone: 'Asia/Singapore' }), singapore);
    const show = (timeZone: string) => formatInstant(nextMorning, { timeZone, locale: 'en-GB', withZoneName: true });
    expect(nextMorning.toISOString()).toBe('2026-06-03T00:30:00.000Z');
    expect(show('Asia/Singapore')).toBe('Wed, 3 Jun 2026, 08:30 GMT+8');
    expect(show('Europe/London')).toBe('Wed, 3 Jun 2026, 01:30 BST');
  });

  it('gives Invalid Dates while the interview date is half-typed', () => {
    const times = thankYouSendTimes(interview({ date: '2026-03-' }), singapore);
    expect(Number.isNaN(times.sameDay.getTime())).toBe(true);
    expect(Number.isNaN(times.nextMorning.getTime())).toBe(true);
  });

  it('does not change the interview it is given', () => {
    const input = interview({ date: '2026-03-02', time: '17:30' });
    const before = structuredClone(input);
    thankYouSendTimes(Object.freeze(input), singapore);
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

describe('emailSending', () => {
  const now = new Date('2026-11-24T18:30:00Z');
  it.each([
    ['during the day in London', '2026-11-25T10:00:00Z', false, '2026-11-25T10:00:00.000Z'],
    ['at 00:30 in London', '2026-11-25T00:30:00Z', true, '2026-11-24T20:30:00.000Z'],
    ['at 07:59 in London', '2026-11-25T07:59:00Z', true, '2026-11-24T20:30:00.000Z'],
    ['at 21:00 in London, as the day ends', '2026-11-24T21:00:00Z', true, '2026-11-24T20:30:00.000Z'],
    ['at 20:40, when the evening reminder would be past', '2026-11-24T21:10:00Z', true, '2026-11-24T20:30:00.000Z'],
  ])('for an email due %s, schedule send is %s and the reminder is at %s', (_, sendAt, scheduleSend, remindAt) => {
    const sending = emailSending(new Date(sendAt), londoner, now);
    expect([sending.scheduleSend, sending.remindAt.toISOString()]).toEqual([scheduleSend, remindAt]);
  });

  it('never reminds before now', () => {
    const late = new Date('2026-11-24T22:00:00Z');
    expect(emailSending(new Date('2026-11-25T00:30:00Z'), londoner, late).remindAt).toEqual(late);
  });
});
