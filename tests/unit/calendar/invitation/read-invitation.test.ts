import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFromBytes } from '~/domain/calendar/file-text';
import { readInvitation, type InvitationReading } from '~/domain/calendar/invitation/read-invitation';

const fixture = (name: string) => textFromBytes(readFileSync(new URL(`../../../fixtures/invitations/${name}`, import.meta.url)));
// Read by a browser in London, a few days before the interviews.
const context = { fallbackZone: 'Europe/London', now: new Date('2026-03-01T09:00:00Z') };

function events(reading: InvitationReading) {
  if (!reading.ok) throw new Error(`expected events: ${reading.reason}`);
  return reading.events;
}

describe('readInvitation: the shapes invitations come in', () => {
  it('reads an Outlook/Teams invitation: Windows zone, folded lines, X-MICROSOFT-* properties, the Teams link in the description', () => {
    const [event] = events(readInvitation(fixture('teams-outlook.ics'), context));
    expect(event!.summary).toBe('Interview: Data Analyst – Acme Logistics Pte Ltd');
    // 10:00 on the interviewer's clock in Singapore is 02:00 in London: one instant, both clocks right.
    expect(event!.start).toEqual({ date: '2026-03-03', time: '10:00', timeZone: 'Asia/Singapore', instant: '2026-03-03T02:00:00.000Z', note: '' });
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeStyle: 'short' }).format(new Date(event!.start.instant))).toBe('02:00');
    expect(event!.place).toMatchObject({ format: 'video', service: 'Microsoft Teams', address: '' });
    expect(event!.place.videoLink).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_NjQ1YzE2ZTUtY2ZkZC00ZjM5LWE3MDQtNzg4ZTk5YjUxNDE2%40thread\.v2\/0\?context=/);
    expect(event!.people.map((person) => [person.name, person.kind, person.organizer])).toEqual([
      ['Jane Tan', 'INDIVIDUAL', true],
      ['Priya Shah', 'INDIVIDUAL', false],
      ['Tom Hughes', 'INDIVIDUAL', false],
      ['SG-MBFC-12-Room Orchid (8)', 'ROOM', false],
    ]);
  });

  it('reads a Google Calendar invitation: IANA TZID, X-GOOGLE-CONFERENCE, a resource', () => {
    const [event] = events(readInvitation(fixture('google-calendar.ics'), context));
    expect(event!.start).toEqual({ date: '2026-06-10', time: '14:30', timeZone: 'Europe/London', instant: '2026-06-10T13:30:00.000Z', note: '' });
    expect(event!.place).toEqual({ format: 'video', videoLink: 'https://meet.google.com/abc-defg-hij', service: 'Google Meet', address: '', other: '' });
    expect(event!.people.find((person) => person.kind === 'RESOURCE')?.email).toBe('c_1884d0g@resource.calendar.google.com');
  });

  it('reads a Zoom invitation: its own VTIMEZONE for New York, the Zoom link as the location', () => {
    const [event] = events(readInvitation(fixture('zoom.ics'), context));
    expect(event!.start).toEqual({ date: '2026-04-14', time: '09:30', timeZone: 'America/New_York', instant: '2026-04-14T13:30:00.000Z', note: '' });
    expect(event!.place.videoLink).toBe('https://globex.zoom.us/j/85012345678?pwd=QmFzZTY0RW5jb2RlZFBhc3N3b3Jk.1');
  });

  it('reads a plain UTC invitation on the reader’s clock, with a note, and its street address', () => {
    const [event] = events(readInvitation(fixture('plain-utc.ics'), context));
    expect(event!.start).toMatchObject({ date: '2026-03-05', time: '02:00', timeZone: 'Europe/London', instant: '2026-03-05T02:00:00.000Z' });
    expect(event!.start.note).toMatch(/in UTC without the interviewer's time zone/);
    expect(event!.place).toEqual({ format: 'in-person', videoLink: '', service: '', address: 'Initech Pte Ltd, 10 Marina Boulevard, #12-01, Singapore 018983', other: '' });
  });

  it('reads a day of several stages in order, each its own event', () => {
    const list = events(readInvitation(fixture('assessment-day.ics'), context));
    expect(list.map((event) => [event.summary, event.start.time, event.place.format])).toEqual([
      ['Assessment day: case study', '09:00', 'in-person'],
      ['Assessment day: interview with the hiring manager', '11:00', 'in-person'],
      ['Assessment day: meet the team', '14:00', 'video'],
    ]);
    expect(new Set(list.map((event) => event.key)).size).toBe(3);
  });

  it('reads an unknown zone by the offsets of its VTIMEZONE, with a note', () => {
    const [event] = events(readInvitation(fixture('custom-zone.ics'), context));
    expect(event!.start).toMatchObject({ timeZone: 'UTC', time: '09:30', instant: '2026-03-06T09:30:00.000Z' });
    expect(event!.place.format).toBe('phone');
  });
});

const calendar = (...events: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT'].join('\r\n');

describe('readInvitation: identity and cancellations', () => {
  it('reads the UID, SEQUENCE and description that updates are matched by', () => {
    const text = calendar(vevent('UID:int-42@acme.example', 'SEQUENCE:3', 'SUMMARY:Interview', 'DESCRIPTION:Hi Amira\\, see you then', 'DTSTART;TZID=Europe/London:20260316T100000'));
    const [event] = events(readInvitation(text, context));
    expect([event!.uid, event!.sequence, event!.cancelled, event!.description]).toEqual(['int-42@acme.example', 3, false, 'Hi Amira, see you then']);
  });

  it('gives a cancellation (METHOD:CANCEL) its cancelled events, to match to the saved interview', () => {
    const text = ['BEGIN:VCALENDAR', 'METHOD:CANCEL', vevent('UID:int-42@acme.example', 'SEQUENCE:4', 'STATUS:CANCELLED', 'DTSTART;TZID=Europe/London:20260316T100000'), 'END:VCALENDAR'].join('\r\n');
    const reading = readInvitation(text, context);
    expect(reading.ok && reading.events).toEqual([]);
    expect(reading.ok && reading.cancelled.map((event) => [event.uid, event.sequence, event.cancelled])).toEqual([['int-42@acme.example', 4, true]]);
  });
});

describe('readInvitation: series, cancellations and parts left out', () => {
  it('offers a weekly series from a week before now on, at most ten, with a moved occurrence where it moved', () => {
    const text = calendar(
      vevent('UID:series@x', 'SUMMARY:Panel interview', 'DTSTART;TZID=Europe/London:20260216T100000', 'RRULE:FREQ=WEEKLY;COUNT=20'),
      vevent('UID:series@x', 'SUMMARY:Panel interview (moved)', 'RECURRENCE-ID;TZID=Europe/London:20260302T100000', 'DTSTART;TZID=Europe/London:20260303T150000'),
    );
    const list = events(readInvitation(text, context));
    expect(list).toHaveLength(10);
    expect(list.slice(0, 3).map((event) => [event.start.date, event.start.time, event.summary, event.recurring])).toEqual([
      ['2026-02-23', '10:00', 'Panel interview', true],
      ['2026-03-03', '15:00', 'Panel interview (moved)', true],
      ['2026-03-09', '10:00', 'Panel interview', true],
    ]);
  });

  it('leaves out cancelled events and events without a start, and says so', () => {
    const text = calendar(
      vevent('UID:a@x', 'SUMMARY:First slot', 'STATUS:CANCELLED', 'DTSTART:20260305T090000Z'),
      vevent('UID:b@x', 'SUMMARY:Second slot', 'DTSTART:20260305T100000Z'),
      vevent('UID:c@x', 'SUMMARY:Third slot, time to be confirmed'),
    );
    const reading = readInvitation(text, context);
    expect(events(reading).map((event) => event.summary)).toEqual(['Second slot']);
    expect(reading.ok && reading.notes).toEqual(['One cancelled event in the file was left out.', 'One event without a start time was left out.']);
  });

  it('does not change its input text', () => {
    const text = fixture('teams-outlook.ics');
    const copy = `${text}`;
    readInvitation(text, context);
    expect(text).toBe(copy);
  });
});

describe('readInvitation: refusals', () => {
  it.each([
    ['a text file', fixture('not-an-invitation.ics'), /^This file is not a calendar invitation/],
    ['an empty file', fixture('empty.ics'), /^This file is not a calendar invitation/],
    ['a contact card', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane\r\nEND:VCARD\r\n', /^This is a contact card \(\.vcf\), not an invitation/],
    ['an event without a start', fixture('no-start.ics'), /has no start time \(no DTSTART\)/],
    ['a calendar with no event', calendar('BEGIN:VTODO', 'SUMMARY:Prepare', 'END:VTODO'), /holds no event/],
    ['a cancellation of an event without a UID', ['BEGIN:VCALENDAR', 'METHOD:CANCEL', vevent('DTSTART:20260305T090000Z'), 'END:VCALENDAR'].join('\r\n'), /cancels the event rather than inviting you/],
    ['broken lines', 'BEGIN:VCALENDAR\r\nthis is not a content line\r\nEND:VCALENDAR\r\n', /^This invitation is damaged/],
    ['a whole calendar', calendar(...Array.from({ length: 25 }, (_, index) => vevent(`UID:${index}@x`, `DTSTART:202603${String(index + 1).padStart(2, '0')}T090000Z`))), /holds 25 events: it looks like a whole calendar/],
  ])('refuses %s, saying why', (_case, text, reason) => {
    const reading = readInvitation(text, context);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.reason).toMatch(reason);
  });
});
