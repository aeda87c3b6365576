import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { followUpEvent, upcomingEvents, type EventTexts } from '~/domain/calendar/follow-up-events';
import { buildInterviewCalendar } from '~/domain/calendar/interview-calendar';
import { createInterview } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildSchedule } from '~/domain/schedule/schedule';

const texts: EventTexts = {
  thankYou: 'Subject: Thank you – Data Analyst interview\n\nDear Jane Tan,',
  checkInEmail: 'Subject: Following up – Data Analyst interview',
  call: 'Hello, could I speak to Jane Tan, please?',
  closing: 'A short, gracious closing note.',
};

function interview(overrides: Partial<Interview> = {}): Interview {
  const base = createInterview({ id: 'int-1', interviewerId: 'p1', now: new Date('2026-03-03T09:00:00Z'), timeZone: 'Europe/London', today: '2026-03-03' });
  return {
    ...base,
    company: 'Acme',
    role: 'Data Analyst',
    date: '2026-03-03',
    time: '10:00',
    hearBackBy: '2026-03-13',
    interviewers: [{ id: 'p1', name: 'Jane Tan', title: 'Head of Data', email: 'jane@acme.example', phone: '+44 20 7946 0000', address: '1 High St\nLondon', links: [] }],
    ...overrides,
  };
}

describe('followUpEvent', () => {
  it('titles each event with what to do, to whom, at which company', () => {
    const titles = buildSchedule(interview()).map((followUp) => followUpEvent(interview(), followUp, texts).title);
    expect(titles[0]).toBe('Email Jane Tan (Acme) — thank you');
    expect(titles[1]).toBe('Call Jane Tan (Acme) — check-in 1');
    expect(titles[2]).toBe('Email Jane Tan (Acme) — check-in 2');
    expect(titles.at(-1)).toBe('Email Jane Tan (Acme) — closing note');
  });

  it('names every interviewer, and says "the interviewer" when no name is known yet', () => {
    const two = interview({
      interviewers: [
        { id: 'p1', name: 'Jane Tan', title: '', email: '', phone: '', address: '', links: [] },
        { id: 'p2', name: 'Ben Lee', title: '', email: '', phone: '', address: '', links: [] },
      ],
    });
    const [thankYou] = buildSchedule(two);
    expect(followUpEvent(two, thankYou!, texts).title).toBe('Email Jane Tan and Ben Lee (Acme) — thank you');
    const nameless = interview({ company: '', interviewers: [{ id: 'p1', name: ' ', title: '', email: '', phone: '', address: '', links: [] }] });
    expect(followUpEvent(nameless, buildSchedule(nameless)[0]!, texts).title).toBe('Email the interviewer — thank you');
  });

  it('describes what to do and how to reach the interviewer, for 15 minutes with a reminder', () => {
    const [thankYou, firstCheckIn] = buildSchedule(interview());
    const event = followUpEvent(interview(), thankYou!, texts);
    expect(event.description).toContain('Dear Jane Tan,');
    expect(event.description).toContain('Jane Tan, Head of Data\nEmail: jane@acme.example\nPhone: +44 20 7946 0000\nAddress: 1 High St\nLondon');
    expect(event.durationMinutes).toBe(15);
    expect(event.alarmMinutesBefore).toBe(15);
    expect(event.start).toEqual(thankYou!.due);
    expect(followUpEvent(interview(), firstCheckIn!, texts).description).toContain('could I speak to Jane Tan');
  });
});

describe('upcomingEvents', () => {
  it('leaves out follow-ups that are done, skipped or already past', () => {
    const record = interview({ followUps: { 'check-in-1': { status: 'done' }, 'check-in-2': { status: 'skipped' } } });
    const ids = upcomingEvents(record, buildSchedule(record), texts, new Date('2026-03-04T12:00:00Z')).map((event) => event.followUpId);
    expect(ids).toEqual(['check-in-3', 'check-in-4', 'check-in-5', 'closing']);
  });
});

describe('buildInterviewCalendar', () => {
  const now = new Date('2026-03-03T12:00:00Z');

  it('writes one event per upcoming follow-up that parses back with stable UIDs', async () => {
    const record = interview();
    const events = upcomingEvents(record, buildSchedule(record), texts, now);
    const result = await buildInterviewCalendar(record, events, now);
    if (!result.ok) throw new Error(result.error);
    expect(result.fileName).toBe('nudge-acme-follow-ups.ics');
    expect(result.count).toBe(7);
    const vevents = new ICAL.Component(ICAL.parse(result.text)).getAllSubcomponents('vevent');
    expect(vevents.map((event) => event.getFirstPropertyValue('summary'))).toEqual(events.map((event) => event.title));
    const again = await buildInterviewCalendar(record, events, now);
    expect(again.ok && again.text).toBe(result.text);
  });

  it('raises the sequence of a follow-up that moved since the last export, and only that one', async () => {
    const record = interview();
    const first = await buildInterviewCalendar(record, upcomingEvents(record, buildSchedule(record), texts, now), now);
    if (!first.ok) throw new Error(first.error);
    const moved = { ...record, calendar: first.stamps, followUps: { closing: { status: 'pending' as const, movedTo: '2026-06-01T10:00' } } };
    const second = await buildInterviewCalendar(moved, upcomingEvents(moved, buildSchedule(moved), texts, now), now);
    if (!second.ok) throw new Error(second.error);
    const sequences = Object.fromEntries(Object.entries(second.stamps).map(([uid, stamp]) => [uid.split('-').slice(-2).join('-'), stamp.sequence]));
    expect(Object.values(sequences).filter((sequence) => sequence === 1)).toHaveLength(1);
    expect(second.stamps[Object.keys(second.stamps).find((uid) => uid.includes('closing'))!]!.sequence).toBe(1);
  });

  it('says why when there is nothing to export', async () => {
    const result = await buildInterviewCalendar(interview(), [], now);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/no follow-ups/i) });
  });
});
