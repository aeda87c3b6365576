import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyInvitation, filledItems, isBlankInterview, joinList, proposeFill } from '~/domain/calendar/invitation/invitation-fill';
import { readInvitation, type InvitationEvent } from '~/domain/calendar/invitation/read-invitation';
import { createInterview, emptyInterviewer } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { deepFreeze } from '../../support/deep-freeze';

const NOW = new Date('2026-03-01T09:00:00Z');

function firstEvent(name: string): InvitationEvent {
  const reading = readInvitation(readFileSync(new URL(`../../../fixtures/invitations/${name}`, import.meta.url), 'utf8'), { fallbackZone: 'Europe/London', now: NOW });
  if (!reading.ok) throw new Error(reading.reason);
  return deepFreeze(reading.events[0]!);
}

const blank = (): Interview => createInterview({ id: 'i1', interviewerId: 'p1', now: NOW, timeZone: 'Europe/London', today: '2026-03-01' });

describe('proposeFill', () => {
  it('proposes the interviewers without you or the room, and the company and role as suggestions', () => {
    const proposal = proposeFill(firstEvent('teams-outlook.ics'), { email: 'PRIYA@example.com', name: '' });
    expect(proposal.interviewers).toEqual([
      { name: 'Jane Tan', email: 'jane.tan@acme-logistics.com.sg', role: 'interviewer', keep: true, why: '' },
      { name: 'Tom Hughes', email: 'tom.hughes@acme-logistics.com.sg', role: 'interviewer', keep: true, why: '' },
    ]);
    expect(proposal.leftOut.map((item) => item.reason)).toEqual(['you', 'room']);
    expect(proposal.company).toEqual({ value: 'Acme Logistics Pte Ltd', from: 'title' });
    expect(proposal.role).toEqual({ value: 'Data Analyst', from: 'title' });
    expect(proposal.notes).toEqual([]);
  });

  it('unticks the attendee the description greets ("Hi Priya") when your email is not known, saying why', () => {
    const proposal = proposeFill(firstEvent('teams-outlook.ics'), { email: '', name: '' });
    expect(proposal.interviewers.map((person) => [person.name, person.keep, person.why])).toEqual([
      ['Jane Tan', true, ''],
      ['Priya Shah', false, 'Unticked: the description greets “Priya”, so this is probably you.'],
      ['Tom Hughes', true, ''],
    ]);
    expect(proposal.notes).toEqual([]);
  });

  it('passes on the time-zone note', () => {
    expect(proposeFill(firstEvent('plain-utc.ics'), { email: 'priya@example.com', name: '' }).notes[0]).toMatch(/in UTC without the interviewer's time zone/);
  });
});

describe('applyInvitation', () => {
  const proposal = proposeFill(firstEvent('teams-outlook.ics'), { email: 'priya@example.com', name: '' });

  it('fills date, time, zone, format and link, and the interviewers kept, on the blank card first', () => {
    let count = 0;
    const filled = applyInvitation(deepFreeze(blank()), proposal, { interviewers: [true, true], company: false, role: false }, () => `new-${++count}`);
    expect(filled).toMatchObject({ date: '2026-03-03', time: '10:00', timeZone: 'Asia/Singapore', format: 'video', company: '', role: '', location: '' });
    expect(filled.videoLink).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(filled.interviewers).toEqual([
      { ...emptyInterviewer('p1'), name: 'Jane Tan', email: 'jane.tan@acme-logistics.com.sg' },
      { ...emptyInterviewer('new-1'), name: 'Tom Hughes', email: 'tom.hughes@acme-logistics.com.sg' },
    ]);
  });

  it('fills the company and role only when ticked, and keeps only the ticked interviewers', () => {
    const filled = applyInvitation(blank(), proposal, { interviewers: [false, true], company: true, role: true }, () => 'new');
    expect([filled.company, filled.role]).toEqual(['Acme Logistics Pte Ltd', 'Data Analyst']);
    expect(filled.interviewers.map((person) => [person.id, person.name])).toEqual([['p1', 'Tom Hughes']]);
  });

  it('keeps the blank card when no interviewer is ticked, and the address of an interview in person', () => {
    const inPerson = proposeFill(firstEvent('plain-utc.ics'), { email: 'priya@example.com', name: '' });
    const filled = applyInvitation(blank(), inPerson, { interviewers: [false], company: false, role: false }, () => 'new');
    expect(filled.interviewers).toEqual(blank().interviewers);
    expect([filled.format, filled.location]).toEqual(['in-person', 'Initech Pte Ltd, 10 Marina Boulevard, #12-01, Singapore 018983']);
  });
});

describe('filledItems', () => {
  it('lists what was filled, for "Filled from the invitation: …"', () => {
    const proposal = proposeFill(firstEvent('teams-outlook.ics'), { email: 'priya@example.com', name: '' });
    expect(joinList(filledItems(proposal, { interviewers: [true, true], company: true, role: false }))).toBe(
      'the date and time, the time zone (Asia/Singapore), interviewers Jane Tan and Tom Hughes, the format (video call, Microsoft Teams) with its link and the company',
    );
  });
});

describe('isBlankInterview', () => {
  it.each([
    ['a new interview', (interview: Interview) => interview, true],
    ['one with another date only', (interview: Interview) => ({ ...interview, date: '2026-02-01' }), true],
    ['one with a company', (interview: Interview) => ({ ...interview, company: 'Acme' }), false],
    ['one with an interviewer’s name', (interview: Interview) => ({ ...interview, interviewers: [{ ...interview.interviewers[0]!, name: 'Jane' }] }), false],
    ['one with a ticked note', (interview: Interview) => ({ ...interview, notes: { ...interview.notes, askedForCard: true } }), false],
    ['one with a draft', (interview: Interview) => ({ ...interview, drafts: { 'thank-you:p1': { subject: 'Hi', body: '', updatedAt: '' } } }), false],
  ])('%s: %s', (_case, change, expected) => {
    expect(isBlankInterview(change(blank()))).toBe(expected);
  });
});
