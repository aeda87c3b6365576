import { describe, expect, it } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildSchedule, clampCheckInLimit, dueState, nextFollowUp, type FollowUp } from '~/domain/schedule/schedule';
import { formatInstant } from '~/domain/schedule/zoned-time';
import { deepFreeze } from '../support/deep-freeze';

// Monday 2 March 2026, 10:00 in London (GMT): same-day thank-you, five check-ins starting with a call.
const base = createInterview({
  id: 'interview-1',
  interviewerId: 'interviewer-1',
  now: new Date('2026-03-01T12:00:00Z'),
  timeZone: 'Europe/London',
  today: '2026-03-02',
});
const interview = (overrides: Partial<Interview> = {}): Interview => ({ ...base, time: '10:00', ...overrides });

const byId = (schedule: FollowUp[], id: string): FollowUp => {
  const found = schedule.find((item) => item.id === id);
  if (!found) throw new Error(`no follow-up ${id} in ${schedule.map((item) => item.id).join(', ')}`);
  return found;
};
const wall = (item: FollowUp) => `${item.dueWallTime.date} ${item.dueWallTime.time}`;


describe('buildSchedule: the plain chain', () => {
  const schedule = buildSchedule(interview());

  it('lists a thank-you, five check-ins two weeks apart and a closing note, on the interviewer’s clock', () => {
    expect(schedule.map((item) => [item.id, item.kind, item.number, item.channel, wall(item)])).toEqual([
      ['thank-you', 'thank-you', 0, 'email', '2026-03-02 18:00'],
      ['check-in-1', 'check-in', 1, 'call', '2026-03-09 10:00'],
      ['check-in-2', 'check-in', 2, 'email', '2026-03-23 10:00'],
      ['check-in-3', 'check-in', 3, 'call', '2026-04-06 10:00'],
      ['check-in-4', 'check-in', 4, 'email', '2026-04-20 10:00'],
      ['check-in-5', 'check-in', 5, 'call', '2026-05-04 10:00'],
      ['closing', 'closing', 0, 'email', '2026-05-18 10:00'],
    ]);
  });

  it('starts every follow-up pending, unmoved and without adjustments', () => {
    expect(schedule.every((item) => item.status === 'pending' && !item.moved && item.adjustments.length === 0)).toBe(true);
  });

  it('keeps the instant and the wall time in step, an hour apart in UTC once London is on summer time', () => {
    expect(byId(schedule, 'check-in-2').due.toISOString()).toBe('2026-03-23T10:00:00.000Z');
    expect(byId(schedule, 'check-in-3').due.toISOString()).toBe('2026-04-06T09:00:00.000Z');
  });
});

describe('buildSchedule: the first check-in', () => {
  it.each([
    ['no hear-back date', '', '2026-03-09 10:00', []],
    ['a hear-back date on a weekday', '2026-03-12', '2026-03-12 10:00', []],
    ['a hear-back date on a Saturday', '2026-03-14', '2026-03-16 10:00', ['Moved from Saturday to Monday (weekend).']],
    ['a hear-back date on a Sunday', '2026-03-15', '2026-03-16 10:00', ['Moved from Sunday to Monday (weekend).']],
    [
      'a hear-back date before the interview',
      '2026-02-27',
      '2026-03-09 10:00',
      ['The hear-back date 2026-02-27 is not after the interview, so this is 7 days after the interview instead.'],
    ],
    [
      'a hear-back date on the day of the interview',
      '2026-03-02',
      '2026-03-09 10:00',
      ['The hear-back date 2026-03-02 is not after the interview, so this is 7 days after the interview instead.'],
    ],
    [
      'a hear-back date that is not a real date',
      '2026-02-30',
      '2026-03-09 10:00',
      ['The hear-back date "2026-02-30" is not a date, so this is 7 days after the interview instead.'],
    ],
  ])('with %s, is on %s', (_, hearBackBy, expected, adjustments) => {
    const first = byId(buildSchedule(interview({ hearBackBy })), 'check-in-1');
    expect(wall(first)).toBe(expected);
    expect(first.adjustments).toEqual(adjustments);
  });

  it.each([
    [
      'a next-morning thank-you and a hear-back date the day after the interview',
      { thankYouTiming: 'next-morning', hearBackBy: '2026-03-03' },
      '2026-03-03 08:30',
      '2026-03-06 10:00',
      ['Moved from Tuesday to Friday (at least 3 days after the previous follow-up).'],
    ],
    [
      'a same-day thank-you and a hear-back date the day after the interview',
      { hearBackBy: '2026-03-03' },
      '2026-03-02 18:00',
      '2026-03-05 10:00',
      ['Moved from Tuesday to Thursday (at least 3 days after the previous follow-up).'],
    ],
    [
      'a gap that ends on a Sunday (Wednesday interview, next-morning thank-you)',
      { date: '2026-03-04', thankYouTiming: 'next-morning', hearBackBy: '2026-03-05' },
      '2026-03-05 08:30',
      '2026-03-09 10:00',
      ['Moved from Thursday to Sunday (at least 3 days after the previous follow-up).', 'Moved from Sunday to Monday (weekend).'],
    ],
  ] as const)('with %s, keeps at least 3 days after the thank-you', (_, overrides, thankYou, expected, adjustments) => {
    const schedule = buildSchedule(interview(overrides));
    expect(wall(byId(schedule, 'thank-you'))).toBe(thankYou);
    expect(wall(byId(schedule, 'check-in-1'))).toBe(expected);
    expect(byId(schedule, 'check-in-1').adjustments).toEqual([...adjustments]);
  });
});

describe('buildSchedule: across changes of the clocks', () => {
  it.each([
    ['Europe/London', 'spring', '2026-03-20', '2026-03-27T10:00:00.000Z', '2026-04-10T09:00:00.000Z'],
    ['Europe/London', 'autumn', '2026-10-12', '2026-10-19T09:00:00.000Z', '2026-11-02T10:00:00.000Z'],
    ['America/New_York', 'spring', '2026-02-23', '2026-03-02T15:00:00.000Z', '2026-03-16T14:00:00.000Z'],
    ['America/New_York', 'autumn', '2026-10-19', '2026-10-26T14:00:00.000Z', '2026-11-09T15:00:00.000Z'],
  ])('in %s in %s, check-ins stay at 10:00 local while the instant moves by an hour', (timeZone, _, date, first, second) => {
    const schedule = buildSchedule(interview({ timeZone, date }));
    expect(byId(schedule, 'check-in-1').due.toISOString()).toBe(first);
    expect(byId(schedule, 'check-in-2').due.toISOString()).toBe(second);
    expect([wall(byId(schedule, 'check-in-1')).slice(-5), wall(byId(schedule, 'check-in-2')).slice(-5)]).toEqual(['10:00', '10:00']);
  });
});

describe('buildSchedule: an interviewer far away', () => {
  const schedule = buildSchedule(
    interview({ timeZone: 'Asia/Singapore', date: '2026-06-02', time: '14:00', thankYouTiming: 'next-morning' }),
  );
  const thankYou = byId(schedule, 'thank-you');

  it('sends a next-morning thank-you at 08:30 in Singapore, which is 00:30 UTC', () => {
    expect(wall(thankYou)).toBe('2026-06-03 08:30');
    expect(thankYou.due.toISOString()).toBe('2026-06-03T00:30:00.000Z');
  });

  it.each([
    ['Asia/Singapore', 'Wed, 3 Jun 2026, 08:30 GMT+8'],
    ['Europe/London', 'Wed, 3 Jun 2026, 01:30 BST'],
    ['America/New_York', 'Tue, 2 Jun 2026, 20:30 GMT-4'],
  ])('shows that thank-you on a clock in %s as %s', (timeZone, text) => {
    expect(formatInstant(thankYou.due, { timeZone, locale: 'en-GB', withZoneName: true })).toBe(text);
  });

  it('puts the first check-in at 10:00 in Singapore, 02:00 UTC', () => {
    expect(byId(schedule, 'check-in-1').due.toISOString()).toBe('2026-06-09T02:00:00.000Z');
  });
});

describe('buildSchedule: how many check-ins, and how', () => {
  it.each([
    [1, 1],
    [3, 3],
    [10, 10],
    [0, 1],
    [-4, 1],
    [11, 10],
    [2.6, 3],
    [Number.NaN, 5],
  ])('with a check-in limit of %d, schedules %i check-ins', (checkInLimit, count) => {
    const schedule = buildSchedule(interview({ checkInLimit }));
    expect(schedule.filter((item) => item.kind === 'check-in').map((item) => item.number)).toEqual(
      Array.from({ length: count }, (_, index) => index + 1),
    );
  });

  it.each([
    ['call', ['call', 'email', 'call', 'email', 'call']],
    ['email', ['email', 'call', 'email', 'call', 'email']],
  ] as const)('starting with a %s, alternates the channel of the check-ins', (firstCheckIn, channels) => {
    const schedule = buildSchedule(interview({ firstCheckIn }));
    expect(schedule.filter((item) => item.kind === 'check-in').map((item) => item.channel)).toEqual(channels);
  });

  it.each([
    [1, '2026-03-09 10:00', '2026-03-23 10:00'],
    [5, '2026-05-04 10:00', '2026-05-18 10:00'],
    [10, '2026-07-13 10:00', '2026-07-27 10:00'],
  ])('after %i check-ins (the last on %s), ends with one closing email 14 days later, on %s', (checkInLimit, last, closes) => {
    const schedule = buildSchedule(interview({ checkInLimit }));
    const closing = schedule[schedule.length - 1]!;
    expect(wall(byId(schedule, `check-in-${checkInLimit}`))).toBe(last);
    expect(schedule.filter((item) => item.kind === 'closing')).toEqual([closing]);
    expect([closing.id, closing.channel, closing.number, wall(closing)]).toEqual(['closing', 'email', 0, closes]);
  });
});

describe('buildSchedule: follow-ups the person moved', () => {
  it.each([
    [
      'a moved first check-in shifts the whole chain',
      { 'check-in-1': { status: 'pending', movedTo: '2026-03-11T14:30' } },
      ['2026-03-02 18:00', '2026-03-11 14:30', '2026-03-25 10:00', '2026-04-08 10:00'],
    ],
    [
      'a moved second check-in shifts only what follows it',
      { 'check-in-2': { status: 'pending', movedTo: '2026-03-26T09:15' } },
      ['2026-03-02 18:00', '2026-03-09 10:00', '2026-03-26 09:15', '2026-04-09 10:00'],
    ],
    [
      'a thank-you moved past the first check-in pushes that check-in 3 days after it',
      { 'thank-you': { status: 'pending', movedTo: '2026-03-09T08:00' } },
      ['2026-03-09 08:00', '2026-03-12 10:00', '2026-03-26 10:00', '2026-04-09 10:00'],
    ],
    [
      'a move that is not a date and time is ignored',
      { 'check-in-1': { status: 'pending', movedTo: 'next Tuesday' } },
      ['2026-03-02 18:00', '2026-03-09 10:00', '2026-03-23 10:00', '2026-04-06 10:00'],
    ],
  ] as const)('%s', (_, followUps, walls) => {
    const schedule = buildSchedule(interview({ followUps }));
    expect(schedule.slice(0, 4).map(wall)).toEqual(walls);
  });

  it('keeps a follow-up moved onto a Saturday there, with a note, and moves the next one 14 days on off the weekend', () => {
    const schedule = buildSchedule(interview({ followUps: { 'check-in-1': { status: 'pending', movedTo: '2026-03-14T10:00' } } }));
    const [first, second] = [byId(schedule, 'check-in-1'), byId(schedule, 'check-in-2')];
    expect([first.moved, wall(first), first.adjustments]).toEqual([
      true,
      '2026-03-14 10:00',
      ['You moved this to a Saturday; the interviewer may not see it until Monday.'],
    ]);
    expect([second.moved, wall(second), second.adjustments]).toEqual([
      false,
      '2026-03-30 10:00',
      ['Moved from Saturday to Monday (weekend).'],
    ]);
  });
});

describe('buildSchedule: what the person did', () => {
  const followUps = { 'thank-you': { status: 'done' }, 'check-in-1': { status: 'skipped' } } as const;

  it('reads each follow-up’s status, pending by default', () => {
    const schedule = buildSchedule(interview({ followUps }));
    expect(schedule.map((item) => item.status)).toEqual(['done', 'skipped', 'pending', 'pending', 'pending', 'pending', 'pending']);
  });

  it.each(['next-round', 'offer', 'rejected', 'withdrawn'] as const)(
    'once the outcome is %s, keeps only the history and nothing pending',
    (outcome) => {
      expect(buildSchedule(interview({ outcome, followUps })).map((item) => [item.id, item.status])).toEqual([
        ['thank-you', 'done'],
        ['check-in-1', 'skipped'],
      ]);
      expect(buildSchedule(interview({ outcome }))).toEqual([]);
    },
  );
});

describe('buildSchedule: incomplete and shared input', () => {
  it.each([
    ['a blank interview time, from the usual 09:00 workday start', { time: '' }, '2026-03-02 18:00'],
    ['a blank interview time, from a 17:00 workday start', { time: '', workdayStart: '17:00' }, '2026-03-02 19:00'],
  ])('times a same-day thank-you after %s', (_, overrides, expected) => {
    expect(wall(byId(buildSchedule(interview(overrides)), 'thank-you'))).toBe(expected);
  });

  it.each([
    ['the interview date is half-typed', { date: '2026-03' }],
    ['the time zone is unknown', { timeZone: 'Europe/Atlantis' }],
  ])('is empty while %s', (_, overrides) => {
    expect(buildSchedule(interview(overrides))).toEqual([]);
  });

  it('does not change the interview it is given', () => {
    const input = interview({
      hearBackBy: '2026-03-14',
      checkInLimit: 12,
      followUps: { 'check-in-1': { status: 'done', movedTo: '2026-03-17T11:00' } },
    });
    const before = structuredClone(input);
    expect(() => buildSchedule(deepFreeze(input))).not.toThrow();
    expect(input).toEqual(before);
  });
});

describe('clampCheckInLimit', () => {
  it.each([
    [5, 5],
    [0, 1],
    [99, 10],
    [Number.POSITIVE_INFINITY, 5],
  ])('turns %d into %i', (limit, expected) => {
    expect(clampCheckInLimit(limit)).toBe(expected);
  });
});

describe('nextFollowUp', () => {
  const now = new Date('2026-03-20T12:00:00Z');

  it.each([
    ['nothing is done yet', {}, 'thank-you'],
    ['the thank-you is done', { 'thank-you': { status: 'done' } }, 'check-in-1'],
    ['the first check-in is skipped', { 'thank-you': { status: 'done' }, 'check-in-1': { status: 'skipped' } }, 'check-in-2'],
    [
      'a later check-in was moved before an earlier one',
      { 'thank-you': { status: 'done' }, 'check-in-2': { status: 'pending', movedTo: '2026-03-05T10:00' } },
      'check-in-2',
    ],
  ] as const)('when %s, is the %s', (_, followUps, id) => {
    expect(nextFollowUp(buildSchedule(interview({ followUps })), now)?.id).toBe(id);
  });

  it('is undefined when nothing is pending', () => {
    const schedule = buildSchedule(interview({ checkInLimit: 1 })).map((item) => ({ ...item, status: 'done' as const }));
    expect(nextFollowUp(schedule, now)).toBeUndefined();
  });
});

describe('dueState', () => {
  // Due 10:00 on Monday 9 March in London (10:00 UTC), and 10:00 in Singapore (02:00 UTC).
  const london = { due: new Date('2026-03-09T10:00:00Z') };
  const singapore = { due: new Date('2026-03-09T02:00:00Z') };

  it.each([
    ['London', london, '2026-03-08T23:59:00Z', 'Europe/London', 'upcoming'],
    ['London', london, '2026-03-09T00:00:00Z', 'Europe/London', 'today'],
    ['London', london, '2026-03-09T15:00:00Z', 'Europe/London', 'today'],
    ['London', london, '2026-03-10T00:00:00Z', 'Europe/London', 'overdue'],
    ['Singapore', singapore, '2026-03-08T16:30:00Z', 'Asia/Singapore', 'today'],
    ['Singapore', singapore, '2026-03-09T16:00:00Z', 'Asia/Singapore', 'overdue'],
  ])('for a follow-up due in %s, at %s, reading the calendar in %s, is %s', (_, followUp, now, timeZone, state) => {
    expect(dueState(followUp, new Date(now), timeZone)).toBe(state);
  });
});
