import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { endedFollowUps, followUpEvent, isShortenedEvent, upcomingEvents, type EventTexts } from '~/domain/calendar/follow-up-events';
import { buildInterviewCalendar } from '~/domain/calendar/interview-calendar';
import { createInterview, NAME_AS_TYPED } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { buildChain, buildSchedule as schedule, type ScheduleContext } from '~/domain/schedule/schedule';
import { england, londoner } from '../support/holidays';

const context: ScheduleContext = { holidays: england, person: londoner, now: new Date('2026-03-03T09:00:00Z') };
const buildSchedule = (record: Interview) => schedule(record, context);
const ZONE = 'Europe/London';

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
    interviewers: [{ id: 'p1', contactRole: 'interviewer', name: 'Jane Tan', title: 'Head of Data', email: 'jane@acme.example', phone: '+44 20 7946 0000', address: '1 High St\nLondon', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED }],
    ...overrides,
  };
}

describe('followUpEvent', () => {
  it('titles each event with what to do, to whom, at which company', () => {
    const titles = buildSchedule(interview()).map((followUp) => followUpEvent(interview(), followUp, texts, ZONE).title);
    expect(titles[0]).toBe('Email Jane Tan (Acme) — thank you');
    expect(titles[1]).toBe('Call Jane Tan (Acme) — check-in 1');
    expect(titles[2]).toBe('Email Jane Tan (Acme) — check-in 2');
    expect(titles.at(-1)).toBe('Email Jane Tan (Acme) — closing note');
  });

  it('names the recruiter on every reminder when follow-ups go through an agency, and says who they are', () => {
    const sam = { id: 'r1', contactRole: 'recruiter' as const, name: 'Sam Reid', title: 'Consultant', email: 'sam@agency.example', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '' as const, country: '', countryFrom: '' as const, ...NAME_AS_TYPED };
    const agency = interview({ interviewers: [...interview().interviewers, sam], followUpsTo: 'r1' });
    const titles = buildSchedule(agency).map((followUp) => followUpEvent(agency, followUp, texts, ZONE).title);
    expect(titles[0]).toBe('Email Sam Reid (Acme) — thank you');
    expect(titles[1]).toBe('Call Sam Reid (Acme) — check-in 1');
    expect(followUpEvent(agency, buildSchedule(agency)[1]!, texts, ZONE).description).toContain('Sam Reid, Consultant (Recruiter / agency)\nEmail: sam@agency.example');
    const direct = { ...agency, followUpsTo: '' };
    expect(followUpEvent(direct, buildSchedule(direct)[1]!, texts, ZONE).title).toBe('Call Jane Tan (Acme) — check-in 1');
  });

  it('names every interviewer, and says "the interviewer" when no name is known yet', () => {
    const two = interview({
      interviewers: [
        { id: 'p1', contactRole: 'interviewer', name: 'Jane Tan', title: '', email: '', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED },
        { id: 'p2', contactRole: 'interviewer', name: 'Ben Lee', title: '', email: '', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED },
      ],
    });
    const [thankYou] = buildSchedule(two);
    expect(followUpEvent(two, thankYou!, texts, ZONE).title).toBe('Email Jane Tan and Ben Lee (Acme) — thank you');
    const nameless = interview({ company: '', interviewers: [{ id: 'p1', contactRole: 'interviewer', name: ' ', title: '', email: '', phone: '', address: '', links: [], timeZone: '', timeZoneFrom: '', country: '', countryFrom: '', ...NAME_AS_TYPED }] });
    expect(followUpEvent(nameless, buildSchedule(nameless)[0]!, texts, ZONE).title).toBe('Email the interviewer — thank you');
  });

  it('describes what to do and how to reach the interviewer, for 15 minutes with a reminder', () => {
    const [thankYou, firstCheckIn] = buildSchedule(interview());
    const event = followUpEvent(interview(), thankYou!, texts, ZONE);
    expect(event.description).toContain('Dear Jane Tan,');
    expect(event.description).toContain('Jane Tan, Head of Data\nEmail: jane@acme.example\nPhone: +44 20 7946 0000\nAddress: 1 High St\nLondon');
    expect(event.durationMinutes).toBe(15);
    expect(event.alarmMinutesBefore).toBe(15);
    expect(event.start).toEqual(thankYou!.due);
    expect(followUpEvent(interview(), firstCheckIn!, texts, ZONE).description).toContain('could I speak to Jane Tan');
  });
});

describe('followUpEvent: the link back to the planner', () => {
  const linked: EventTexts = { ...texts, plannerUrl: 'https://nudge.example/planner/' };

  it('links each event to its follow-up on the interview’s schedule step, in the URL and on the description’s last line', () => {
    const [thankYou, firstCheckIn] = buildSchedule(interview());
    const event = followUpEvent(interview(), firstCheckIn!, linked, ZONE);
    expect(event.url).toBe('https://nudge.example/planner/?interview=int-1&step=schedule&follow-up=check-in-1');
    expect(event.description.split('\n').at(-1)).toBe(`Mark it done, skip it or note what they said: ${event.url}`);
    expect(followUpEvent(interview(), thankYou!, linked, ZONE).url).toBe('https://nudge.example/planner/?interview=int-1&step=schedule&follow-up=thank-you');
  });

  it('holds nothing the person typed: no name, company, role or date in the address', () => {
    const event = followUpEvent(interview({ company: 'Acme Secret Project', role: 'Spy' }), buildSchedule(interview())[1]!, linked, ZONE);
    expect(event.url).not.toMatch(/Acme|Jane|Spy|2026/);
    expect([...new URL(event.url!).searchParams.keys()]).toEqual(['interview', 'step', 'follow-up']);
  });

  it.each([
    ['no planner address', undefined],
    ['an address that is not http(s)', 'javascript:alert(1)//planner/'],
    ['an address with a query already', 'https://nudge.example/planner/?x=1'],
  ])('has no link with %s', (_case, plannerUrl) => {
    const event = followUpEvent(interview(), buildSchedule(interview())[0]!, { ...texts, plannerUrl }, ZONE);
    expect(event.url).toBeUndefined();
    expect(event.description).not.toContain('Mark it done');
  });

  it('has no link for an interview whose id could not be a record id', () => {
    const odd = interview({ id: 'a b/c' });
    expect(followUpEvent(odd, buildSchedule(odd)[0]!, linked, ZONE).url).toBeUndefined();
  });

  it('keeps the link when a long note shortens the description', () => {
    const long = { ...linked, thankYou: 'word '.repeat(5000) };
    const event = followUpEvent(interview(), buildSchedule(interview())[0]!, long, ZONE);
    expect(isShortenedEvent(event)).toBe(true);
    expect(event.description.endsWith(event.url!)).toBe(true);
  });

  it('writes the link as the event’s URL property in the calendar file, read back by ical.js', async () => {
    const now = new Date('2026-03-03T12:00:00Z');
    const record = interview();
    const events = upcomingEvents(record, buildSchedule(record), linked, now, ZONE);
    const result = await buildInterviewCalendar(record, events, [], now);
    if (!result.ok) throw new Error(result.error);
    const vevents = new ICAL.Component(ICAL.parse(result.text)).getAllSubcomponents('vevent');
    expect(vevents.map((event) => event.getFirstPropertyValue('url'))).toEqual(events.map((event) => event.url));
    expect(String(vevents[1]!.getFirstPropertyValue('description'))).toContain('&step=schedule&follow-up=check-in-1');
  });
});

describe('upcomingEvents', () => {
  it('leaves out follow-ups that are done, skipped or already past, but never a pending thank-you', () => {
    const record = interview({ checkInLimit: 5, followUps: { 'check-in-1': { status: 'done', saidBy: '' }, 'check-in-2': { status: 'skipped', saidBy: '' } } });
    const ids = upcomingEvents(record, buildSchedule(record), texts, new Date('2026-03-04T12:00:00Z'), ZONE).map((event) => event.followUpId);
    expect(ids).toEqual(['thank-you', 'check-in-3', 'check-in-4', 'check-in-5', 'closing']);
  });

  it('always includes a pending thank-you, even a moment after its proposed time', () => {
    const record = interview();
    const later = new Date('2026-03-03T23:00:00Z');
    const chain = schedule(record, { ...context, now: later });
    expect(upcomingEvents(record, chain, texts, new Date('2026-03-03T23:05:00Z'), ZONE)[0]?.followUpId).toBe('thank-you');
  });

  it('writes "Schedule send" and the send time on both clocks for an email due in the person’s night', () => {
    const record = interview({ timeZone: 'Asia/Singapore', date: '2026-11-24', hearBackBy: '' });
    const chain = schedule(record, { ...context, now: new Date('2026-11-24T18:30:00Z') });
    const event = followUpEvent(record, chain[0]!, texts, ZONE);
    expect(event.title).toBe('Schedule send: Email Jane Tan (Acme) — thank you');
    expect(event.start.toISOString()).toBe('2026-11-24T20:30:00.000Z');
    expect(event.description).toMatch(/^It should arrive at Wed, 25 Nov 2026, 08:30 Singapore time on their clock, Wed, 25 Nov 2026, 00:30 London time on yours, while you sleep\. Write it now and use your email app's "Schedule send"/);
  });
});

describe('endedFollowUps', () => {
  const now = new Date('2026-03-04T12:00:00Z');
  it('says why each follow-up that is no longer to do ended, and leaves a done one whose time passed as history', () => {
    const record = interview({
      outcome: 'offer',
      followUps: { 'thank-you': { status: 'done', saidBy: '' }, 'check-in-1': { status: 'skipped', saidBy: '' }, 'check-in-2': { status: 'done', saidBy: '' } },
    });
    const ended = endedFollowUps(record, buildChain(record, context), texts, now, ZONE);
    expect(ended.map((item) => [item.followUpId, item.reason])).toEqual([
      ['thank-you', undefined],
      ['check-in-1', 'You skipped this follow-up in Nudge.'],
      ['check-in-2', 'You marked this follow-up done in Nudge.'],
      ['check-in-3', 'You recorded an outcome in Nudge, so this follow-up is no longer needed.'],
      ['closing', 'You recorded an outcome in Nudge, so this follow-up is no longer needed.'],
    ]);
  });
});

describe('buildInterviewCalendar', () => {
  const now = new Date('2026-03-03T12:00:00Z');

  it('writes one event per upcoming follow-up that parses back with stable UIDs', async () => {
    const record = interview();
    const events = upcomingEvents(record, buildSchedule(record), texts, now, ZONE);
    const result = await buildInterviewCalendar(record, events, [], now);
    if (!result.ok) throw new Error(result.error);
    expect(result.fileName).toBe('nudge-acme-follow-ups.ics');
    expect(result.count).toBe(5);
    const vevents = new ICAL.Component(ICAL.parse(result.text)).getAllSubcomponents('vevent');
    expect(vevents.map((event) => event.getFirstPropertyValue('summary'))).toEqual(events.map((event) => event.title));
    const again = await buildInterviewCalendar(record, events, [], now);
    expect(again.ok && again.text).toBe(result.text);
  });

  it('raises the sequence of a follow-up that moved since the last export, and only that one', async () => {
    const record = interview();
    const first = await buildInterviewCalendar(record, upcomingEvents(record, buildSchedule(record), texts, now, ZONE), [], now);
    if (!first.ok) throw new Error(first.error);
    const moved = { ...record, calendar: first.stamps, followUps: { closing: { status: 'pending' as const, movedTo: '2026-06-01T10:00', saidBy: '' } } };
    const second = await buildInterviewCalendar(moved, upcomingEvents(moved, buildSchedule(moved), texts, now, ZONE), [], now);
    if (!second.ok) throw new Error(second.error);
    const sequences = Object.fromEntries(Object.entries(second.stamps).map(([uid, stamp]) => [uid.split('-').slice(-2).join('-'), stamp.sequence]));
    expect(Object.values(sequences).filter((sequence) => sequence === 1)).toHaveLength(1);
    expect(second.stamps[Object.keys(second.stamps).find((uid) => uid.includes('closing'))!]!.sequence).toBe(1);
  });

  it('says why when there is nothing to export', async () => {
    const result = await buildInterviewCalendar(interview(), [], [], now);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/no follow-ups/i) });
  });
});

describe('buildInterviewCalendar: cancellations', () => {
  const now = new Date('2026-03-03T12:00:00Z');
  const exported = async (record: Interview, at: Date) => {
    const chain = buildChain(record, { ...context, now: at });
    const result = await buildInterviewCalendar(record, upcomingEvents(record, chain, texts, at, ZONE), endedFollowUps(record, chain, texts, at, ZONE), at);
    if (!result.ok) throw new Error(result.error);
    return { ...result, events: new ICAL.Component(ICAL.parse(result.text)).getAllSubcomponents('vevent') };
  };

  it('writes a skipped follow-up again as cancelled, same UID, higher SEQUENCE, "Cancelled:" title, no alarm', async () => {
    const first = await exported(interview(), now);
    const skipped = { ...interview(), calendar: first.stamps, followUps: { 'check-in-2': { status: 'skipped' as const, saidBy: '' } } };
    const second = await exported(skipped, now);
    const event = second.events.find((item) => String(item.getFirstPropertyValue('uid')).includes('check-in-2'))!;
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('summary')).toBe('Cancelled: Email Jane Tan (Acme) — check-in 2');
    expect(event.getFirstPropertyValue('sequence')).toBe(1);
    expect(event.getAllSubcomponents('valarm')).toEqual([]);
    expect([second.count, second.cancelled]).toEqual([4, 1]);
    // Downloading again changes nothing: the same cancellation, the same SEQUENCE.
    const third = await exported({ ...skipped, calendar: second.stamps }, now);
    expect(third.text).toBe(second.text);
  });

  it('cancels every reminder still to come once an outcome is recorded, and keeps a done one that has passed', async () => {
    const first = await exported(interview(), now);
    const offer = { ...interview(), calendar: first.stamps, outcome: 'offer' as const, followUps: { 'thank-you': { status: 'done' as const, saidBy: '' } } };
    const later = new Date('2026-03-05T12:00:00Z');
    const second = await exported(offer, later);
    expect(second.events.map((item) => [String(item.getFirstPropertyValue('summary')).split(' — ')[1], item.getFirstPropertyValue('status')])).toEqual([
      ['check-in 1', 'CANCELLED'],
      ['check-in 2', 'CANCELLED'],
      ['check-in 3', 'CANCELLED'],
      ['closing note', 'CANCELLED'],
    ]);
  });

  it('cancels a follow-up that left a shorter plan, from the title and start it was exported with', async () => {
    const first = await exported(interview(), now);
    const shorter = await exported({ ...interview(), checkInLimit: 1, calendar: first.stamps }, now);
    const gone = shorter.events.filter((item) => item.getFirstPropertyValue('status') === 'CANCELLED').map((item) => item.getFirstPropertyValue('summary'));
    expect(gone).toEqual(['Cancelled: Email Jane Tan (Acme) — check-in 2', 'Cancelled: Call Jane Tan (Acme) — check-in 3']);
  });
});
