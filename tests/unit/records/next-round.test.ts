import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_ROUND } from '~/domain/records/constants';
import { createInterview, emptyInterviewer, emptyNotes } from '~/domain/records/defaults';
import { InterviewSchema, type Interview } from '~/domain/records/model';
import { nextRoundOf } from '~/domain/records/next-round';
import { deepFreeze } from '../support/deep-freeze';

const NOW = new Date('2026-03-10T09:00:00Z');
const first: Interview = {
  ...createInterview({ id: 'int-first', interviewerId: 'p1', now: new Date('2026-03-03T09:00:00Z'), timeZone: 'Europe/London', today: '2026-03-03' }),
  company: 'Acme Logistics',
  role: 'Data Analyst',
  time: '10:00',
  format: 'video',
  videoLink: 'https://teams.example/meet/1',
  interviewers: [
    { ...emptyInterviewer('p1'), name: 'Jane Tan', title: 'Head of Data', email: 'jane@acme.example', phone: '+44 20 7946 0000', links: ['https://linkedin.example/jane'] },
    { ...emptyInterviewer('r1', 'recruiter'), name: 'Sam Reid', title: 'Consultant', email: 'sam@agency.example', timeZone: 'Asia/Kuala_Lumpur', timeZoneFrom: 'you' },
  ],
  followUpsTo: 'r1',
  interviewerCountry: 'GB',
  hearBackBy: '2026-03-13',
  outcome: 'next-round',
  notes: { ...emptyNotes(), learned: 'They are opening a hub.', points: ['the hub'] },
  drafts: { 'thank-you:p1': { subject: 'Thank you', body: 'Dear Jane,', updatedAt: '2026-03-03T12:00:00Z' } },
  followUps: { 'thank-you': { status: 'done', saidBy: '' } },
  calendar: { 'nudge-int-first-thank-you@nudge.app': { fingerprint: 'f', sequence: 0, title: 'Email Jane', start: '2026-03-03T18:00:00Z' } },
};

describe('nextRoundOf', () => {
  it('makes round 2 of the same application, with the company, role and contacts (and their roles) copied', () => {
    const result = nextRoundOf(deepFreeze(first), { id: 'int-second', now: NOW, today: '2026-03-10' });
    if (!result.ok) throw new Error(result.reason);
    const second = result.interview;
    expect(second).toMatchObject({ id: 'int-second', applicationId: 'int-first', round: 2, company: 'Acme Logistics', role: 'Data Analyst', followUpsTo: 'r1', timeZone: 'Europe/London', interviewerCountry: 'GB', format: 'video' });
    expect(second.interviewers).toEqual(first.interviewers);
    expect(second.interviewers[0]).not.toBe(first.interviewers[0]);
    expect(v.is(InterviewSchema, second)).toBe(true);
  });

  it('leaves what belongs to one round fresh: its own date, thank-you, schedule, notes and outcome', () => {
    const result = nextRoundOf(first, { id: 'int-second', now: NOW, today: '2026-03-10' });
    expect(result.ok && result.interview).toMatchObject({ date: '2026-03-10', time: '', hearBackBy: '', outcome: 'waiting', answerBy: '', notes: emptyNotes(), drafts: {}, followUps: {}, calendar: {} });
  });

  it('numbers a third round from the second, in the first round’s application', () => {
    const second = nextRoundOf(first, { id: 'int-second', now: NOW, today: '2026-03-10' });
    if (!second.ok) throw new Error(second.reason);
    const third = nextRoundOf(second.interview, { id: 'int-third', now: NOW, today: '2026-03-17' });
    expect(third.ok && third.interview).toMatchObject({ applicationId: 'int-first', round: 3 });
  });

  it(`refuses a round after the ${MAX_ROUND}th, with one sentence, and makes nothing`, () => {
    expect(nextRoundOf({ ...first, round: MAX_ROUND }, { id: 'x', now: NOW, today: '2026-03-10' })).toEqual({
      ok: false,
      reason: `This application already has ${MAX_ROUND} rounds, the most Nudge keeps. Add the next one as a new interview.`,
    });
  });

  it('refuses to link to an interview whose id is not a record id (an imported file’s), and makes nothing', () => {
    expect(nextRoundOf({ ...first, id: '<img src=x onerror=alert(1)>' }, { id: 'x', now: NOW, today: '2026-03-10' })).toEqual({
      ok: false,
      reason: 'This interview cannot be linked to a next round: its record id is not one Nudge made.',
    });
  });

  it('keeps hostile text as text: a company name that is markup is copied, never read', () => {
    const result = nextRoundOf({ ...first, company: '<script>alert(1)</script>' }, { id: 'x', now: NOW, today: '2026-03-10' });
    expect(result.ok && result.interview.company).toBe('<script>alert(1)</script>');
  });
});
