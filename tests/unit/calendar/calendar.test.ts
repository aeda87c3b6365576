import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, calendarFileName, eventUid, type CalendarEvent } from '~/domain/calendar/calendar';
import { escapeText, unfoldLines } from '~/domain/calendar/ics-text';
import { expectFoldedContentLines } from '../support/content-lines';

const NOW = new Date('2026-03-02T10:00:00Z');
const START = new Date('2026-03-03T01:30:00Z');

function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: eventUid('int-1', 'thank-you'),
    title: 'Email Jane Tan (Acme) — thank you',
    start: START,
    durationMinutes: 15,
    description: 'Thank Jane for her time.\nJane Tan, Head of Design\njane@acme.example',
    sequence: 0,
    alarmMinutesBefore: 15,
    ...overrides,
  };
}

async function build(events: readonly CalendarEvent[], calendarName?: string): Promise<string> {
  const result = await buildCalendar(events, { now: NOW, calendarName });
  if (!result.ok) throw new Error(result.error);
  return result.text;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, vevents: calendar.getAllSubcomponents('vevent') };
}

/** The raw-text rules ical.js is too lenient to check. RFC 5545 §3.1. */
function expectWellFormed(text: string): void {
  expectFoldedContentLines(text);
  const lines = unfoldLines(text);
  for (const required of ['VERSION:2.0', 'PRODID:-//Nudge//Follow-ups//EN', 'METHOD:PUBLISH']) {
    expect(lines).toContain(required);
  }
  for (const name of ['VCALENDAR', 'VEVENT', 'VALARM']) {
    expect(lines.filter((l) => l === `BEGIN:${name}`).length).toBe(lines.filter((l) => l === `END:${name}`).length);
  }
  const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
  for (const property of ['UID:', 'DTSTAMP:', 'DTSTART:', 'DTEND:', 'SEQUENCE:']) {
    expect(lines.filter((l) => l.startsWith(property)).length, property).toBe(events);
  }
}

const longDescription = Array.from({ length: 1000 }, (_, i) => 'a陈🎉ش,;\\\n'[i % 9]).join('');

describe('buildCalendar: text survives the round trip through ical.js', () => {
  it.each<[string, Partial<CalendarEvent>, Partial<Record<'title' | 'description' | 'location', string>>]>([
    ['punctuation that TEXT escapes', { title: 'a;b,c\\d', description: 'x;y,z\\n is not a newline' }, {}],
    ['URL-ish text', { title: 'Reply & ask? %0A', description: 'https://a.example/?q=1&r=%0A#x' }, {}],
    ['CRLF, CR and LF line breaks', { description: 'one\r\ntwo\rthree\nfour' }, { description: 'one\ntwo\nthree\nfour' }],
    ['a CR/LF injection in the title', { title: 'x\r\nBEGIN:VEVENT\r\nSUMMARY:evil' }, { title: 'x\nBEGIN:VEVENT\nSUMMARY:evil' }],
    ['a lone CR injection in the title', { title: 'x\rEND:VEVENT' }, { title: 'x\nEND:VEVENT' }],
    ['a Chinese title', { title: '陈美玲 (阿克米) — 感谢信'.repeat(4) }, {}],
    ['an emoji title', { title: '🎉 Offer call 🎉'.repeat(8) }, {}],
    ['an Arabic title and location', { title: 'رسالة شكر إلى سارة (أكمي)'.repeat(3), location: 'دبي، الإمارات; المكتب ٣' }, {}],
    ['a 1,000-character description', { description: longDescription }, {}],
    ['a location with commas and a newline', { location: '1 Raffles Place, #20-01\nSingapore 048616' }, {}],
  ])('%s', async (_, overrides, expected) => {
    const input = event(overrides);
    const text = await build([input]);
    expectWellFormed(text);
    const { vevents } = parse(text);
    expect(vevents).toHaveLength(1);
    const [vevent] = vevents;
    expect(vevent.getFirstPropertyValue('summary')).toBe(expected.title ?? input.title);
    expect(vevent.getFirstPropertyValue('description')).toBe(expected.description ?? input.description);
    if (input.location) expect(vevent.getFirstPropertyValue('location')).toBe(expected.location ?? input.location);
    // Unfolding gives back exactly the escaped value (folding lost nothing).
    expect(unfoldLines(text)).toContain(`SUMMARY:${escapeText(input.title)}`);
    // The alarm repeats the title, escaped the same way.
    expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(expected.title ?? input.title);
  });

  it('keeps an injection attempt inside one SUMMARY property', async () => {
    const text = await build([event({ title: 'x\r\nBEGIN:VEVENT\r\nUID:evil' })]);
    const lines = unfoldLines(text);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith('UID:'))).toEqual([`UID:${eventUid('int-1', 'thank-you')}`]);
  });
});

describe('buildCalendar: times, alarms, identity', () => {
  it('writes the start in UTC, a 15-minute end and DTSTAMP from now', async () => {
    const text = await build([event()]);
    const lines = unfoldLines(text);
    expect(lines).toContain('DTSTART:20260303T013000Z');
    expect(lines).toContain('DTEND:20260303T014500Z');
    expect(lines).toContain('DTSTAMP:20260302T100000Z');
    const ev = new ICAL.Event(parse(text).vevents[0]);
    expect(ev.startDate.toJSDate().toISOString()).toBe('2026-03-03T01:30:00.000Z');
    expect(ev.duration.toSeconds()).toBe(15 * 60);
  });

  it.each([
    [15, '-PT15M'],
    [90, '-PT90M'],
    [0, '20260303T013000Z'],
  ])('adds a DISPLAY alarm %i minutes before as TRIGGER %s', async (minutes, trigger) => {
    const text = await build([event({ alarmMinutesBefore: minutes })]);
    const valarm = parse(text).vevents[0].getFirstSubcomponent('valarm');
    expect(valarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(valarm?.getFirstProperty('trigger')?.toICALString()).toContain(trigger);
  });

  it('adds no alarm when none is asked for', async () => {
    const text = await build([event({ alarmMinutesBefore: undefined })]);
    expect(parse(text).vevents[0].getAllSubcomponents('valarm')).toHaveLength(0);
  });

  it('keeps UIDs, sequences and order of several events', async () => {
    const events = [
      event({ uid: eventUid('int-1', 'thank-you'), sequence: 0 }),
      event({ uid: eventUid('int-1', 'check-in-1'), sequence: 3, start: new Date('2026-03-10T01:00:00Z') }),
      event({ uid: eventUid('int-1', 'check-in-2'), sequence: 1, url: 'https://nudge.app/planner#int-1' }),
    ];
    const { vevents } = parse(await build(events));
    expect(vevents.map((v) => [v.getFirstPropertyValue('uid'), v.getFirstPropertyValue('sequence')])).toEqual(
      events.map((e) => [e.uid, e.sequence]),
    );
    expect(vevents[2].getFirstPropertyValue('url')).toBe('https://nudge.app/planner#int-1');
  });

  it('names the calendar, escaping the name, with a default', async () => {
    // ical.js leaves X- properties raw, so check the text: their default type is TEXT (RFC 5545 §3.8.8.2).
    expect(unfoldLines(await build([event()], 'Acme, Inc; follow-ups'))).toContain('X-WR-CALNAME:Acme\\, Inc\\; follow-ups');
    expect(unfoldLines(await build([event()]))).toContain('X-WR-CALNAME:Nudge follow-ups');
  });

  it('is deterministic and never reads the clock', async () => {
    expect(await build([event()])).toBe(await build([event()]));
  });

  it('does not modify its input', async () => {
    const events = [event({ location: 'Acme HQ', url: 'https://acme.example' })];
    const copy = structuredClone(events);
    await build(Object.freeze(events));
    expect(events).toEqual(copy);
  });
});

describe('buildCalendar: refusals', () => {
  it('refuses an empty list, since a calendar needs at least one component', async () => {
    expect(await buildCalendar([], { now: NOW })).toEqual({ ok: false, error: 'There are no follow-ups to add to a calendar.' });
  });

  it.each<[string, Partial<CalendarEvent>, RegExp]>([
    ['a blank title', { title: '  ' }, /no title/],
    ['an invalid start', { start: new Date(Number.NaN) }, /invalid start/],
    ['a zero duration', { durationMinutes: 0 }, /whole number of minutes/],
    ['a fractional duration', { durationMinutes: 7.5 }, /whole number of minutes/],
    ['a negative sequence', { sequence: -1 }, /sequence/],
    ['a negative alarm', { alarmMinutesBefore: -5 }, /alarm/],
    ['a javascript: link', { url: 'javascript:alert(1)' }, /http\(s\)/],
    ['a UID with a line break', { uid: 'a\r\nb' }, /UID/],
    ['a UID that TEXT would need to escape', { uid: 'a,b;c@x' }, /UID/],
  ])('refuses %s', async (_, overrides, message) => {
    const result = await buildCalendar([event(overrides)], { now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses two events with the same UID', async () => {
    const result = await buildCalendar([event(), event()], { now: NOW });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/same UID/) });
  });

  it('refuses an invalid now', async () => {
    expect((await buildCalendar([event()], { now: new Date('nope') })).ok).toBe(false);
  });
});

describe('eventUid', () => {
  it.each([
    ['9f2c', 'check-in-2', 'nudge-9f2c-check-in-2@nudge.app'],
    ['a b', 'x;y,z', 'nudge-a%20b-x%3By%2Cz@nudge.app'],
    ["it's", '(1)*', 'nudge-it%27s-%281%29%2A@nudge.app'],
    ['陈', '\r\n', 'nudge-%E9%99%88-%0D%0A@nudge.app'],
  ])('eventUid(%j, %j) is %j', (interviewId, followUpId, uid) => {
    expect(eventUid(interviewId, followUpId)).toBe(uid);
  });
});

describe('calendarFileName', () => {
  it.each([
    ['Acme', 'nudge-acme-follow-ups.ics'],
    ['Acme Pte. Ltd.', 'nudge-acme-pte-ltd-follow-ups.ics'],
    ['Café Müller', 'nudge-cafe-muller-follow-ups.ics'],
    ['阿克米', 'nudge-follow-ups.ics'],
    ['', 'nudge-follow-ups.ics'],
    ['../../etc/passwd', 'nudge-etc-passwd-follow-ups.ics'],
  ])('%j → %j', (company, name) => {
    expect(calendarFileName(company)).toBe(name);
  });
});
