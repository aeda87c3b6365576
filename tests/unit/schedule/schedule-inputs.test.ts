import { describe, expect, test } from 'vitest';
import { createInterview } from '~/domain/records/defaults';
import { isScheduleInputPath, NOT_SCHEDULE_INPUTS } from '~/domain/schedule/schedule-inputs';
import { scheduleSignature } from '~/domain/schedule/schedule-signature';
import { buildSchedule as scheduleWith } from '~/domain/schedule/schedule';
import { deepFreeze } from '../support/deep-freeze';
import type { Interview } from '~/domain/records/model';
import { england, londoner } from '../support/holidays';

// The rules under English holidays and a Londoner's day, as the planner builds them for a London interviewer.
const context = { holidays: england, person: londoner, now: new Date('2026-03-03T15:00:00Z') };
const buildSchedule = (record: Interview) => scheduleWith(record, context);

const NOW = new Date('2026-03-03T15:00:00Z');
const base = deepFreeze({
  ...createInterview({ id: 'a', interviewerId: 'a-1', now: NOW, timeZone: 'Europe/London', today: '2026-03-03' }),
  company: 'Acme',
  date: '2026-03-03',
  time: '10:00',
});

describe('scheduleSignature', () => {
  test.each([
    ['the company', { company: 'Globex' }],
    ['the role', { role: 'Analyst' }],
    ['the notes', { notes: { ...base.notes, learned: 'x'.repeat(100_000) } }],
    ['the drafts', { drafts: { 'thank-you:a-1': { subject: 's', body: 'b', updatedAt: NOW.toISOString() } } }],
    ['the time of the last edit', { updatedAt: '2026-03-04T00:00:00.000Z' }],
    ['a contact’s name or email', { interviewers: [{ ...base.interviewers[0]!, name: 'Jane Tan', email: 'jane@acme.example' }] }],
  ])('is the same when only %s changes', (_, change) => {
    expect(scheduleSignature({ ...base, ...change })).toBe(scheduleSignature(base));
  });

  test.each([
    ['the date', { date: '2026-03-04' }],
    ['the time', { time: '11:00' }],
    ['the time zone', { timeZone: 'Asia/Singapore' }],
    ['the outcome', { outcome: 'offer' as const }],
    ['a follow-up marked done', { followUps: { 'thank-you': { status: 'done' as const } } }],
    ['a field added later', { newField: 'x' }],
    ['"Proposed one" in the notes, which moves the first check-in onto the date', { notes: { ...base.notes, proposedDate: true } }],
    ['a contact’s phone number, which can say whose clock they keep', { interviewers: [{ ...base.interviewers[0]!, phone: '+60 3 2161 0000' }] }],
    ['a contact’s time zone', { interviewers: [{ ...base.interviewers[0]!, timeZone: 'Asia/Kuala_Lumpur', timeZoneFrom: 'you' as const }] }],
    ['a contact’s role', { interviewers: [{ ...base.interviewers[0]!, contactRole: 'recruiter' as const }] }],
  ])('changes when %s changes', (_, change) => {
    expect(scheduleSignature({ ...base, ...change })).not.toBe(scheduleSignature(base));
  });
});

describe('NOT_SCHEDULE_INPUTS', () => {
  test('changing any field it lists leaves the schedule exactly as it was', () => {
    const changed = deepFreeze({
      ...base,
      company: 'Globex',
      role: 'Analyst',
      notes: { ...base.notes, learned: 'Everything' },
      drafts: { 'thank-you:a-1': { subject: 's', body: 'b', updatedAt: NOW.toISOString() } },
      interviewers: [{ ...base.interviewers[0]!, name: 'Jane Tan' }],
      calendar: base.calendar,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-03-04T00:00:00.000Z',
    });
    expect(Object.keys(changed).filter((key) => NOT_SCHEDULE_INPUTS.has(key)).sort()).toEqual([...NOT_SCHEDULE_INPUTS].sort());
    expect(buildSchedule(changed)).toEqual(buildSchedule(base));
  });
});

describe('isScheduleInputPath', () => {
  test.each([
    [['date'], true],
    [['followUps', 'check-in-1', 'saidBy'], true],
    [[], true],
    [['notes', 'proposedDate'], true],
    [['notes'], true],
    [['notes', 'learned'], false],
    [['notes', 'points', 0], false],
    [['drafts', 'thank-you:a-1'], false],
    [['company'], false],
    [['interviewers'], true],
    [['interviewers', 1], true],
    [['interviewers', 1, 'phone'], true],
    [['interviewers', 1, 'timeZone'], true],
    [['interviewers', 1, 'name'], false],
    [['interviewers', 1, 'links', 0], false],
  ] as const)('says whether an edit at %j can move a follow-up: %s', (path, expected) => {
    expect(isScheduleInputPath(path)).toBe(expected);
  });
});
