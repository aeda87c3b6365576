import { describe, expect, test } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { AGENDA_DAYS, agendaOrder, dueWithin, nextDue, overviewOf as overviewWith, thisWeek } from '~/domain/schedule/interview-overview';
import { buildSchedule as scheduleWith, dueState, nextFollowUp } from '~/domain/schedule/schedule';
import { deepFreeze } from '../support/deep-freeze';
import { england, londoner } from '../support/holidays';

// The rules under English holidays and a Londoner's day, as the planner builds them for a London interviewer.
const context = { holidays: england, person: londoner, now: new Date('2026-03-03T15:00:00Z') };
const buildSchedule = (record: Interview) => scheduleWith(record, context);
const overviewOf = (record: Interview) => overviewWith(record, context);

// Expectations are computed with the schedule's own public functions, not copied dates: the
// overview must agree with them whatever the rules (holidays, working days) become.
const NOW = new Date('2026-03-03T15:00:00Z');
const base = createInterview({ id: 'a', interviewerId: 'a-1', now: NOW, timeZone: 'Europe/London', today: '2026-03-03' });
const interview = (id: string, overrides: Partial<Interview> = {}): Interview => deepFreeze({ ...base, id, date: '2026-03-03', time: '10:00', ...overrides });

describe('overviewOf', () => {
  test.each<[string, Partial<Interview>, 'date' | 'zone' | undefined]>([
    ['a sound interview', {}, undefined],
    ['no date yet', { date: '' }, 'date'],
    ['a saved date that does not exist', { date: '2026-02-30' }, 'date'],
    ['a damaged date', { date: '3 March' }, 'date'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'zone'],
  ])('%s', (_, overrides, blockedBy) => {
    const record = interview('a', overrides);
    const overview = overviewOf(record);
    expect(overview.blockedBy).toBe(blockedBy);
    if (blockedBy) expect(overview).toEqual({ schedule: [], pending: [], blockedBy });
    else expect(overview.schedule).toEqual(buildSchedule(record));
  });

  test('pending holds only what is still to do, soonest first', () => {
    const record = interview('a', { followUps: { 'thank-you': { status: 'done', saidBy: '' } } });
    const overview = overviewOf(record);
    expect(overview.pending.map((item) => item.id)).not.toContain('thank-you');
    expect(overview.pending.map((item) => item.status)).toEqual(overview.pending.map(() => 'pending'));
    const times = overview.pending.map((item) => item.due.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});

describe('nextDue', () => {
  test.each([
    ['on the evening of the interview', NOW],
    ['a week later', new Date('2026-03-10T09:00:00Z')],
    ['a month later', new Date('2026-04-03T09:00:00Z')],
  ])('%s: the next follow-up and its state, as the schedule says', (_, now) => {
    const record = interview('a');
    const followUp = nextFollowUp(buildSchedule(record));
    expect(nextDue(overviewOf(record), now, record.timeZone)).toEqual(followUp && { followUp, due: dueState(followUp, now, record.timeZone) });
  });

  test('nothing when nothing can be planned', () => {
    expect(nextDue(overviewOf(interview('a', { date: '2026-02-30' })), NOW, 'Europe/London')).toBeUndefined();
  });
});

describe('thisWeek and dueWithin', () => {
  const records = [interview('b', { timeZone: 'Asia/Singapore' }), interview('a'), interview('c', { date: '2026-01-05' }), interview('d', { date: '2026-02-30' })];
  const agenda = thisWeek(
    records.map((record) => ({ interviewId: record.id, overview: overviewOf(record), timeZone: record.timeZone })),
    NOW,
  );

  // 15:00 UTC on 3 March is still 3 March in London and in Singapore (23:00): the week is 3–9 March.
  test('holds each follow-up still to do on the next seven calendar days, soonest first, across interviews', () => {
    expect(AGENDA_DAYS).toBe(7);
    const expected = records.flatMap((record) =>
      buildSchedule(record)
        .filter((item) => item.status === 'pending' && item.dueWallTime.date >= '2026-03-03' && item.dueWallTime.date <= '2026-03-09')
        .map((item) => `${record.id}:${item.id}`),
    );
    expect(agenda.map((item) => `${item.interviewId}:${item.followUp.id}`).sort()).toEqual(expected.sort());
    const times = agenda.map((item) => item.followUp.due.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(agenda.length).toBeGreaterThan(0);
  });

  test('leaves out overdue follow-ups (the list filter has them) and interviews that cannot be planned', () => {
    expect(agenda.every((item) => item.due !== 'overdue')).toBe(true);
    expect(agenda.some((item) => item.interviewId === 'd')).toBe(false);
  });

  test('a window of one day holds only what is due today on the interviewer\'s calendar', () => {
    const record = interview('a');
    for (const item of dueWithin('a', overviewOf(record), NOW, record.timeZone, 1)) expect(item.due).toBe('today');
  });

  test('agendaOrder puts kept dueWithin results in the same order as thisWeek, leaving its input as it was', () => {
    const kept = deepFreeze(records.flatMap((record) => dueWithin(record.id, overviewOf(record), NOW, record.timeZone, AGENDA_DAYS)).reverse());
    expect(agendaOrder(kept)).toEqual(agenda);
    expect(agendaOrder(kept)).not.toBe(kept);
  });
});
