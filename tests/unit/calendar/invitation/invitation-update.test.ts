import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endedFollowUps } from '~/domain/calendar/follow-up-events';
import { applyInvitation, proposeFill } from '~/domain/calendar/invitation/invitation-fill';
import { applyInvitationUpdate, matchInvitation, type InvitationMatch } from '~/domain/calendar/invitation/invitation-update';
import { readInvitation, type InvitationEvent } from '~/domain/calendar/invitation/read-invitation';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildChain, buildSchedule } from '~/domain/schedule/schedule';
import { deepFreeze } from '../../support/deep-freeze';
import { england, londoner } from '../../support/holidays';

// Issue 18, item 3: the Brightlane invitation (tests/fixtures/invitations/brightlane-*.ics), read before
// "About you" is filled, then rescheduled (SEQUENCE 1, a new time), cancelled (METHOD:CANCEL), and
// "updated" by a file from another organiser.
const NOW = new Date('2026-12-01T09:00:00Z');

function read(name: string): { events: InvitationEvent[]; cancelled: InvitationEvent[] } {
  const reading = readInvitation(readFileSync(new URL(`../../../fixtures/invitations/${name}`, import.meta.url), 'utf8'), { fallbackZone: 'Asia/Kuala_Lumpur', now: NOW });
  if (!reading.ok) throw new Error(reading.reason);
  return deepFreeze(reading);
}
const event = (name: string) => {
  const reading = read(name);
  return reading.events[0] ?? reading.cancelled[0]!;
};
const noOne = { email: '', name: '' };

describe('an invitation read before "About you" is filled', () => {
  const proposal = proposeFill(event('brightlane-invite.ics'), noOne);

  it('recognises the person by the greeting and unticks them, saying why', () => {
    expect(proposal.interviewers.map((person) => [person.name, person.role, person.keep])).toEqual([
      ['Tom Hughes', 'interviewer', true],
      ['Amira Rahman', 'interviewer', false],
      ['Joe Okafor', 'interviewer', true],
      ['Sarah Lim', 'recruiter', true],
    ]);
    expect(proposal.interviewers[1]!.why).toBe('Unticked: the description greets “Amira”, so this is probably you.');
  });

  it('proposes the attendee from another company’s domain as "Recruiter / agency", saying why', () => {
    expect(proposal.interviewers[3]!.why).toBe('From another company’s address (talentbridge.example) than the organiser’s, so proposed as a recruiter or agency.');
  });

  it('never suggests the person’s own name as the company or the role', () => {
    expect(proposal.company?.value).not.toMatch(/Amira/);
    expect(proposal.role?.value ?? '').not.toMatch(/Amira/);
  });

  it('fills an interview that remembers the invitation: its UID, version and organiser', () => {
    const blank = createInterview({ id: 'i1', interviewerId: 'p1', now: NOW, timeZone: 'Asia/Kuala_Lumpur', today: '2026-12-01' });
    const filled = applyInvitation(blank, proposal, { interviewers: proposal.interviewers.map((person) => person.keep), company: false, role: false }, () => 'new');
    expect(filled).toMatchObject({
      date: '2026-12-14',
      time: '10:00',
      timeZone: 'Europe/London',
      invitationUid: '040000008200E00074C5B7101A82E00800000000BRIGHTLANE7731',
      invitationSequence: 0,
      invitationOrganizer: 'tom.hughes@brightlane.example',
    });
    expect(filled.interviewers.map((person) => [person.name, person.contactRole])).toEqual([
      ['Tom Hughes', 'interviewer'],
      ['Joe Okafor', 'interviewer'],
      ['Sarah Lim', 'recruiter'],
    ]);
  });

  it('recognises the person by a name in "About you" too', () => {
    const byName = proposeFill(event('brightlane-invite.ics'), { email: '', name: 'Amira Rahman' });
    expect(byName.interviewers.find((person) => person.name === 'Amira Rahman')?.why).toBe('Untick: this is your name in “About you”.');
  });
});

describe('the same invitation again, moved, cancelled, or sent by someone else', () => {
  const first = event('brightlane-invite.ics');
  const proposal = proposeFill(first, noOne);
  const base = createInterview({ id: 'i1', interviewerId: 'p1', now: NOW, timeZone: 'Asia/Kuala_Lumpur', today: '2026-12-01' });
  const saved: Interview = deepFreeze({ ...applyInvitation(base, proposal, { interviewers: [true, false, true, true], company: false, role: false }, () => 'new'), company: 'Brightlane' });
  const others = deepFreeze([createInterview({ id: 'other', interviewerId: 'x', now: NOW, timeZone: 'Europe/London', today: '2026-12-01' })]);
  const match = (name: string, interviews: readonly Interview[] = [...others, saved]) => matchInvitation(event(name), interviews);
  const context = { holidays: england, person: londoner, now: NOW };
  const withEvent = (result: InvitationMatch) => {
    if (!('event' in result)) throw new Error(`expected an update, got ${result.kind}`);
    return result;
  };

  it('is new when no saved interview came from it', () => {
    expect(match('brightlane-invite.ics', others).kind).toBe('new');
  });

  it('changes nothing when the same file is read again, and says so', () => {
    expect(match('brightlane-invite.ics')).toEqual({ kind: 'same', interview: saved, message: 'You already read this invitation: it is the interview at Brightlane, saved as it says. Nothing was changed.' });
  });

  it('moves the interview, and its schedule, when a newer version has a new time', () => {
    const moved = withEvent(match('brightlane-moved.ics'));
    expect(moved.kind).toBe('moved');
    expect(moved.message).toBe('Moved from Mon 14 Dec, 10:00 to Wed 16 Dec, 14:00 (their time, Europe/London). Its follow-ups moved with it.');
    const after = applyInvitationUpdate(saved, moved, NOW);
    expect([after.date, after.time, after.timeZone, after.invitationSequence]).toEqual(['2026-12-16', '14:00', 'Europe/London', 1]);
    expect(buildChain(after, context).find((item) => item.id === 'check-in-1')?.dueWallTime.date).toBe('2026-12-23');
    expect(buildChain(saved, context).find((item) => item.id === 'check-in-1')?.dueWallTime.date).toBe('2026-12-21');
  });

  it('keeps the newer version when an older one is read after it', () => {
    const after = applyInvitationUpdate(saved, withEvent(match('brightlane-moved.ics')), NOW);
    expect(match('brightlane-invite.ics', [after])).toMatchObject({ kind: 'older' });
  });

  it('marks the interview cancelled, stops its follow-ups and clears their reminders at the next download', () => {
    const cancelled = withEvent(match('brightlane-cancelled.ics'));
    expect(cancelled.kind).toBe('cancelled');
    expect(cancelled.message).toBe('They cancelled the interview at Brightlane (Mon 14 Dec, 10:00): it is marked cancelled and its follow-ups have stopped. Download the calendar again to clear their reminders.');
    const after = applyInvitationUpdate(saved, cancelled, NOW);
    expect(after.cancelledAt).toBe(NOW.toISOString());
    expect(buildSchedule(after, context)).toEqual([]);
    const texts = { thankYou: '', checkInEmail: '', call: '', closing: '' };
    const ended = endedFollowUps(after, buildChain(after, context), texts, NOW, 'Europe/London');
    expect(ended.map((item) => item.reason)).toEqual(ended.map(() => 'They cancelled the interview, so this follow-up is no longer needed.'));
    expect(match('brightlane-cancelled.ics', [after])).toMatchObject({ kind: 'same' });
  });

  it('refuses an update from another organiser, with one clear message', () => {
    expect(match('brightlane-forged-update.ics')).toEqual({
      kind: 'refused',
      interview: saved,
      reason: 'This update of the interview at Brightlane comes from tom.hughes@brightlane-careers.example, not from tom.hughes@brightlane.example, who sent the invitation, so Nudge did not use it. Nothing was changed.',
    });
  });

  it('does not change the interview it is given', () => {
    expect(() => applyInvitationUpdate(saved, withEvent(match('brightlane-moved.ics')), NOW)).not.toThrow();
  });
});
