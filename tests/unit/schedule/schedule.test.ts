import { describe, expect, it } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildChain, buildSchedule, clampCheckInLimit, dueState, nextFollowUp, type FollowUp, type ScheduleContext } from '~/domain/schedule/schedule';
import { weekendOnlyCalendar } from '~/domain/schedule/holiday-calendar';
import { formatInstant } from '~/domain/schedule/zoned-time';
import { deepFreeze } from '../support/deep-freeze';
import { england, londoner, singapore } from '../support/holidays';

// Monday 2 March 2026, 10:00 in London (GMT): same-day thank-you, three check-ins starting with a call.
const base = createInterview({
  id: 'interview-1',
  interviewerId: 'interviewer-1',
  now: new Date('2026-03-01T12:00:00Z'),
  timeZone: 'Europe/London',
  today: '2026-03-02',
});
const interview = (overrides: Partial<Interview> = {}): Interview => ({ ...base, time: '10:00', ...overrides });
/** Planned the day before the interview, by a Londoner, for an interviewer in England. */
const context: ScheduleContext = { holidays: england, person: londoner, now: new Date('2026-03-01T12:00:00Z') };
const plan = (overrides: Partial<Interview> = {}, changes: Partial<ScheduleContext> = {}) => buildSchedule(interview(overrides), { ...context, ...changes });
const state = (status: 'pending' | 'done' | 'skipped', extra: { movedTo?: string; saidBy?: string } = {}) => ({ status, saidBy: '', ...extra });

const byId = (schedule: FollowUp[], id: string): FollowUp => {
  const found = schedule.find((item) => item.id === id);
  if (!found) throw new Error(`no follow-up ${id} in ${schedule.map((item) => item.id).join(', ')}`);
  return found;
};
const wall = (item: FollowUp) => `${item.dueWallTime.date} ${item.dueWallTime.time}`;
/** The note on a first check-in that follows the hear-back date they gave. */
const said = (date: string) => `They said you would hear by ${date}, so this waits for the first working day after it.`;

describe('buildSchedule: the plain chain', () => {
  const schedule = plan();

  it('lists a thank-you, three check-ins two weeks apart and a closing note, on the interviewer’s clock, off bank holidays', () => {
    expect(schedule.map((item) => [item.id, item.kind, item.number, item.channel, wall(item)])).toEqual([
      ['thank-you', 'thank-you', 0, 'email', '2026-03-02 18:00'],
      ['check-in-1', 'check-in', 1, 'call', '2026-03-09 10:00'],
      ['check-in-2', 'check-in', 2, 'email', '2026-03-23 10:00'],
      ['check-in-3', 'check-in', 3, 'call', '2026-04-07 10:00'],
      ['closing', 'closing', 0, 'email', '2026-04-21 10:00'],
    ]);
    expect(byId(schedule, 'check-in-3').adjustments).toEqual(['Moved from Mon 6 Apr: Easter Monday in England.']);
  });

  it('starts every follow-up pending, unmoved, sent straight away, inside the person’s day', () => {
    expect(schedule.every((item) => item.status === 'pending' && !item.moved && !item.scheduleSend && !item.outsideYourDay)).toBe(true);
    expect(schedule.every((item) => item.remindAt.getTime() === item.due.getTime())).toBe(true);
  });

  it('keeps the instant and the wall time in step, an hour apart in UTC once London is on summer time', () => {
    expect(byId(schedule, 'check-in-2').due.toISOString()).toBe('2026-03-23T10:00:00.000Z');
    expect(byId(schedule, 'check-in-3').due.toISOString()).toBe('2026-04-07T09:00:00.000Z');
  });
});

describe('buildSchedule: the first check-in', () => {
  it.each([
    ['no hear-back date', {}, '2026-03-09 10:00', []],
    ['no hear-back date, and two weeks chosen', { checkInAfterWeeks: 2 as const }, '2026-03-16 10:00', []],
    ['a hear-back date on a Thursday', { hearBackBy: '2026-03-12' }, '2026-03-13 10:00', [said('Thu 12 Mar')]],
    ['a hear-back date on a Friday', { hearBackBy: '2026-03-13' }, '2026-03-16 10:00', [said('Fri 13 Mar'), 'Moved from Sat 14 Mar: the weekend.']],
    ['a hear-back date on a Saturday', { hearBackBy: '2026-03-14' }, '2026-03-16 10:00', [said('Sat 14 Mar'), 'Moved from Sun 15 Mar: the weekend.']],
    [
      'a hear-back date the Thursday before Easter',
      { hearBackBy: '2026-04-02' },
      '2026-04-07 10:00',
      [said('Thu 2 Apr'), 'Moved from Fri 3 Apr: Good Friday in England, then the weekend, then Easter Monday in England.'],
    ],
    [
      'a hear-back date before the interview',
      { hearBackBy: '2026-02-27' },
      '2026-03-09 10:00',
      ['The hear-back date 2026-02-27 is not after the interview, so this is a week after the interview instead.'],
    ],
    [
      'a hear-back date that is not a real date',
      { hearBackBy: '2026-02-30' },
      '2026-03-09 10:00',
      ['The hear-back date "2026-02-30" is not a date, so this is a week after the interview instead.'],
    ],
  ])('with %s, is on the first working day after it: %s', (_, overrides, expected, adjustments) => {
    const first = byId(plan(overrides), 'check-in-1');
    expect(wall(first)).toBe(expected);
    expect(first.adjustments).toEqual(adjustments);
  });

  it.each([
    ['a Thursday', '2026-03-12', '2026-03-12 10:00', ['You proposed Thu 12 Mar yourself, so this is on that day.']],
    ['a Saturday', '2026-03-14', '2026-03-16 10:00', ['You proposed Sat 14 Mar yourself, so this is on that day.', 'Moved from Sat 14 Mar: the weekend.']],
    [
      'Good Friday',
      '2026-04-03',
      '2026-04-07 10:00',
      ['You proposed Fri 3 Apr yourself, so this is on that day.', 'Moved from Fri 3 Apr: Good Friday in England, then the weekend, then Easter Monday in England.'],
    ],
  ])('when the person proposed %s themselves (notes: "Proposed one"), falls on it, or the next working day saying why: %s', (_, hearBackBy, expected, adjustments) => {
    const first = byId(plan({ hearBackBy, notes: { ...base.notes, proposedDate: true } }), 'check-in-1');
    expect(wall(first)).toBe(expected);
    expect(first.adjustments).toEqual(adjustments);
  });

  it('counts the rest of the chain from the proposed date', () => {
    const schedule = plan({ hearBackBy: '2026-03-12', notes: { ...base.notes, proposedDate: true } });
    expect(schedule.slice(1).map(wall)).toEqual(['2026-03-12 10:00', '2026-03-26 10:00', '2026-04-09 10:00', '2026-04-23 10:00']);
  });

  it('with a next-morning thank-you and a hear-back date the day after the interview, keeps 3 days after the thank-you', () => {
    const schedule = plan({ thankYouTiming: 'next-morning', hearBackBy: '2026-03-03' });
    expect(wall(byId(schedule, 'thank-you'))).toBe('2026-03-03 08:30');
    expect(wall(byId(schedule, 'check-in-1'))).toBe('2026-03-06 10:00');
    expect(byId(schedule, 'check-in-1').adjustments).toEqual([said('Tue 3 Mar'), 'Moved from Wed 4 Mar: at least 3 days after the previous follow-up.']);
  });
});

describe('buildSchedule: "They said: by …" on a check-in marked done', () => {
  it('moves the next check-in to the first working day after that date, and the rest follow on', () => {
    const schedule = plan({ hearBackBy: '2026-03-13', followUps: { 'check-in-1': state('done', { saidBy: '2026-03-27' }) } });
    expect(schedule.slice(1).map(wall)).toEqual(['2026-03-16 10:00', '2026-03-30 10:00', '2026-04-13 10:00', '2026-04-27 10:00']);
    expect(byId(schedule, 'check-in-2').adjustments).toEqual([
      'They said: by Fri 27 Mar, so this waits for the first working day after it.',
      'Moved from Sat 28 Mar: the weekend.',
    ]);
  });

  it('waits longer than two weeks when the date they gave is further off', () => {
    const schedule = plan({ followUps: { 'check-in-1': state('done', { saidBy: '2026-05-01' }) } });
    expect(wall(byId(schedule, 'check-in-2'))).toBe('2026-05-05 10:00');
    expect(byId(schedule, 'check-in-2').adjustments.at(-1)).toBe('Moved from Sat 2 May: the weekend, then Early May bank holiday in England.');
  });

  it.each([
    ['a check-in still pending', state('pending', { saidBy: '2026-03-27' }), []],
    ['a date before the check-in', state('done', { saidBy: '2026-03-01' }), ['"They said: by 2026-03-01" is not a date after that check-in, so this is 14 days on instead.']],
    ['a date half-typed', state('done', { saidBy: '2026-03' }), ['"They said: by 2026-03" is not a date after that check-in, so this is 14 days on instead.']],
  ])('ignores a date on %s', (_, checkIn, notes) => {
    const next = byId(plan({ followUps: { 'check-in-1': checkIn } }), 'check-in-2');
    expect([wall(next), next.adjustments]).toEqual(['2026-03-23 10:00', notes]);
  });
});

describe('buildSchedule: public holidays where the interviewer works', () => {
  it('moves a Singapore check-in off Christmas Day and says why, and the rest follow on', () => {
    const schedule = plan({ timeZone: 'Asia/Singapore', date: '2026-11-24', hearBackBy: '2026-12-24' }, { holidays: singapore });
    const first = byId(schedule, 'check-in-1');
    expect(first.dueWallTime.date).toBe('2026-12-28');
    expect(first.adjustments).toEqual([said('Thu 24 Dec'), 'Moved from Fri 25 Dec: Christmas Day in Singapore, then the weekend.']);
    expect(byId(schedule, 'check-in-2').dueWallTime.date).toBe('2027-01-11');
  });

  it('keeps Priya’s closing note off the Spring bank holiday (25 May 2026) in England', () => {
    const priya = plan({ date: '2026-03-03', time: '16:00', hearBackBy: '2026-03-13', checkInLimit: 5, thankYouTiming: 'next-morning' });
    expect(wall(byId(priya, 'closing'))).toBe('2026-05-26 10:00');
    expect(byId(priya, 'closing').adjustments).toEqual(['Moved from Mon 25 May: Spring bank holiday in England.']);
  });

  it('skips only weekends with a calendar that has no holidays', () => {
    expect(wall(byId(plan({}, { holidays: weekendOnlyCalendar('GB') }), 'check-in-3'))).toBe('2026-04-06 10:00');
  });

  it('keeps to a Friday and Saturday weekend where the country has one', () => {
    // A Sunday interview is on a working day there; the day after a Thursday hear-back date is not.
    const riyadh = plan({ timeZone: 'Asia/Riyadh', date: '2026-03-01', hearBackBy: '2026-03-05' }, { holidays: weekendOnlyCalendar('SA', 'Saudi Arabia') });
    expect(byId(riyadh, 'check-in-1').dueWallTime.date).toBe('2026-03-08');
    expect(byId(riyadh, 'check-in-1').adjustments).toEqual([said('Thu 5 Mar'), 'Moved from Fri 6 Mar: the weekend (Friday and Saturday in Saudi Arabia).']);
  });
});

describe('buildSchedule: a London person, a Singapore interviewer', () => {
  // Tue 24 Nov 2026, 10:00 in Singapore (02:00 in London); entered at 18:30 London time.
  const entered = new Date('2026-11-24T18:30:00Z');
  const schedule = plan(
    { timeZone: 'Asia/Singapore', date: '2026-11-24', time: '10:00', hearBackBy: '2026-12-01' },
    { holidays: singapore, now: entered },
  );
  const london = (instant: Date) => formatInstant(instant, { timeZone: 'Europe/London', locale: 'en-GB' });

  it('proposes the next morning for a same-day thank-you whose time has passed, and says so', () => {
    const thankYou = byId(schedule, 'thank-you');
    expect(wall(thankYou)).toBe('2026-11-25 08:30');
    expect(thankYou.adjustments).toEqual([
      'The same-day time (Tue 24 Nov, 18:00 their time) had passed when you opened this, so Nudge proposes their next morning, Wed 25 Nov, 08:30 their time.',
    ]);
  });

  it('plans that 00:30 London send with "Schedule send", reminding the person at 20:30 that evening', () => {
    const thankYou = byId(schedule, 'thank-you');
    expect([thankYou.scheduleSend, london(thankYou.due), london(thankYou.remindAt)]).toEqual([true, 'Wed, 25 Nov 2026, 0:30', 'Tue, 24 Nov 2026, 20:30']);
  });

  it('puts every call inside both days: 16:00 in Singapore, 08:00 in London', () => {
    const calls = schedule.filter((item) => item.channel === 'call');
    expect(calls.map((item) => [item.dueWallTime.time, london(item.due).slice(-5), item.outsideYourDay])).toEqual([
      ['16:00', ' 8:00', false],
      ['16:00', ' 8:00', false],
    ]);
  });

  it('schedules the 10:00 Singapore check-in email (02:00 London) to send, reminded the evening before', () => {
    const email = byId(schedule, 'check-in-2');
    expect([email.dueWallTime.time, email.scheduleSend, london(email.remindAt)]).toEqual(['10:00', true, 'Tue, 15 Dec 2026, 20:30']);
  });

  it('says when no call time suits both days, and takes the nearest to the person’s', () => {
    const late = plan(
      { timeZone: 'Asia/Singapore', date: '2026-11-24', hearBackBy: '2026-12-01', workdayEnd: '17:00' },
      { holidays: singapore, now: entered },
    );
    const call = byId(late, 'check-in-1');
    expect([call.dueWallTime.time, london(call.due).slice(-5), call.outsideYourDay]).toEqual(['15:45', ' 7:45', true]);
  });
});

describe('buildSchedule: how many check-ins, and how', () => {
  it.each([
    [1, 1],
    [3, 3],
    [6, 6],
    [0, 1],
    [-4, 1],
    [7, 6],
    [2.6, 3],
    [Number.NaN, 3],
  ])('with a check-in limit of %d, schedules %i check-ins', (checkInLimit, count) => {
    expect(plan({ checkInLimit }).filter((item) => item.kind === 'check-in').map((item) => item.number)).toEqual(
      Array.from({ length: count }, (_, index) => index + 1),
    );
  });

  it.each([
    ['call', ['call', 'email', 'call', 'email', 'call']],
    ['email', ['email', 'call', 'email', 'call', 'email']],
  ] as const)('starting with a %s, alternates the channel of the check-ins', (firstCheckIn, channels) => {
    expect(plan({ firstCheckIn, checkInLimit: 5 }).filter((item) => item.kind === 'check-in').map((item) => item.channel)).toEqual(channels);
  });

  it.each([
    [1, '2026-03-09 10:00', '2026-03-23 10:00'],
    [6, '2026-05-19 10:00', '2026-06-02 10:00'],
  ])('after %i check-ins (the last on %s), ends with one closing email 14 days later, on %s', (checkInLimit, last, closes) => {
    const schedule = plan({ checkInLimit });
    const closing = schedule[schedule.length - 1]!;
    expect(wall(byId(schedule, `check-in-${checkInLimit}`))).toBe(last);
    expect(schedule.filter((item) => item.kind === 'closing')).toEqual([closing]);
    expect([closing.id, closing.channel, closing.number, wall(closing)]).toEqual(['closing', 'email', 0, closes]);
  });
});

describe('buildSchedule: follow-ups the person moved', () => {
  it.each([
    ['a moved first check-in shifts the whole chain', { 'check-in-1': state('pending', { movedTo: '2026-03-11T14:30' }) }, ['2026-03-02 18:00', '2026-03-11 14:30', '2026-03-25 10:00', '2026-04-08 10:00']],
    ['a moved second check-in shifts only what follows it', { 'check-in-2': state('pending', { movedTo: '2026-03-26T09:15' }) }, ['2026-03-02 18:00', '2026-03-09 10:00', '2026-03-26 09:15', '2026-04-09 10:00']],
    ['a thank-you moved past the first check-in pushes it 3 days after', { 'thank-you': state('pending', { movedTo: '2026-03-09T08:00' }) }, ['2026-03-09 08:00', '2026-03-12 10:00', '2026-03-26 10:00', '2026-04-09 10:00']],
    ['a move that is not a date and time is ignored', { 'check-in-1': state('pending', { movedTo: 'next Tuesday' }) }, ['2026-03-02 18:00', '2026-03-09 10:00', '2026-03-23 10:00', '2026-04-07 10:00']],
  ])('%s', (_, followUps, walls) => {
    expect(plan({ followUps }).slice(0, 4).map(wall)).toEqual(walls);
  });

  it('keeps a follow-up moved onto Good Friday there, with a note', () => {
    const moved = byId(plan({ followUps: { 'check-in-2': state('pending', { movedTo: '2026-04-03T10:00' }) } }), 'check-in-2');
    expect([moved.moved, wall(moved), moved.adjustments]).toEqual([
      true,
      '2026-04-03 10:00',
      ['You moved this to Fri 3 Apr (Good Friday in England); they may not see it until their next working day.'],
    ]);
  });
});

describe('buildSchedule: what the person did', () => {
  const followUps = { 'thank-you': state('done'), 'check-in-1': state('skipped') };

  it('reads each follow-up’s status, pending by default', () => {
    expect(plan({ followUps }).map((item) => item.status)).toEqual(['done', 'skipped', 'pending', 'pending', 'pending']);
  });

  it.each(['next-round', 'offer', 'rejected', 'withdrawn'] as const)('once the outcome is %s, keeps only the history and nothing pending', (outcome) => {
    expect(plan({ outcome, followUps }).map((item) => [item.id, item.status])).toEqual([
      ['thank-you', 'done'],
      ['check-in-1', 'skipped'],
    ]);
    expect(plan({ outcome })).toEqual([]);
    expect(buildChain(interview({ outcome }), context)).toHaveLength(5);
  });

  it('leaves a done thank-you at the time chosen, even once it has passed', () => {
    const later = { now: new Date('2026-03-05T12:00:00Z') };
    expect(wall(byId(plan({ followUps: { 'thank-you': state('done') } }, later), 'thank-you'))).toBe('2026-03-02 18:00');
  });
});

describe('buildSchedule: incomplete and shared input', () => {
  it.each([
    ['a blank interview time, from the usual 09:00 workday start', { time: '' }, '2026-03-02 18:00'],
    ['a blank interview time, from a 17:00 workday start', { time: '', workdayStart: '17:00' }, '2026-03-02 19:00'],
  ])('times a same-day thank-you after %s', (_, overrides, expected) => {
    expect(wall(byId(plan(overrides), 'thank-you'))).toBe(expected);
  });

  it.each([
    ['the interview date is half-typed', { date: '2026-03' }],
    ['the time zone is unknown', { timeZone: 'Europe/Atlantis' }],
  ])('is empty while %s', (_, overrides) => {
    expect(plan(overrides)).toEqual([]);
  });

  it('does not change the interview or the context it is given', () => {
    const input = interview({ hearBackBy: '2026-03-14', checkInLimit: 12, followUps: { 'check-in-1': state('done', { movedTo: '2026-03-17T11:00', saidBy: '2026-03-30' }) } });
    const before = structuredClone(input);
    expect(() => buildSchedule(deepFreeze(input), deepFreeze({ ...context, person: { ...londoner } }))).not.toThrow();
    expect(input).toEqual(before);
  });
});

describe('clampCheckInLimit', () => {
  it.each([
    [5, 5],
    [0, 1],
    [99, 6],
    [Number.POSITIVE_INFINITY, 3],
  ])('turns %d into %i', (limit, expected) => {
    expect(clampCheckInLimit(limit)).toBe(expected);
  });
});

describe('nextFollowUp', () => {
  it.each([
    ['nothing is done yet', {}, 'thank-you'],
    ['the thank-you is done', { 'thank-you': state('done') }, 'check-in-1'],
    ['the first check-in is skipped', { 'thank-you': state('done'), 'check-in-1': state('skipped') }, 'check-in-2'],
    ['a later check-in was moved before an earlier one', { 'thank-you': state('done'), 'check-in-2': state('pending', { movedTo: '2026-03-05T10:00' }) }, 'check-in-2'],
  ])('when %s, is the %s', (_, followUps, id) => {
    expect(nextFollowUp(plan({ followUps }))?.id).toBe(id);
  });

  it('is undefined when nothing is pending', () => {
    expect(nextFollowUp(plan({ checkInLimit: 1 }).map((item) => ({ ...item, status: 'done' as const })))).toBeUndefined();
  });
});

describe('dueState', () => {
  // Due 10:00 on Monday 9 March in London (10:00 UTC), and 10:00 in Singapore (02:00 UTC).
  const inLondon = { due: new Date('2026-03-09T10:00:00Z') };
  const inSingapore = { due: new Date('2026-03-09T02:00:00Z') };

  it.each([
    ['London', inLondon, '2026-03-08T23:59:00Z', 'Europe/London', 'upcoming'],
    ['London', inLondon, '2026-03-09T00:00:00Z', 'Europe/London', 'today'],
    ['London', inLondon, '2026-03-09T15:00:00Z', 'Europe/London', 'today'],
    ['London', inLondon, '2026-03-10T00:00:00Z', 'Europe/London', 'overdue'],
    ['Singapore', inSingapore, '2026-03-08T16:30:00Z', 'Asia/Singapore', 'today'],
    ['Singapore', inSingapore, '2026-03-09T16:00:00Z', 'Asia/Singapore', 'overdue'],
  ])('for a follow-up due in %s, at %s, reading the calendar in %s, is %s', (_, followUp, now, timeZone, result) => {
    expect(dueState(followUp, new Date(now), timeZone)).toBe(result);
  });
});
