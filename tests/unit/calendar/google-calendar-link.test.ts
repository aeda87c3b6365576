import { describe, expect, it } from 'vitest';
import { googleCalendarLink, MAX_LINK_LENGTH } from '~/domain/calendar/google-calendar-link';

type LinkEvent = Parameters<typeof googleCalendarLink>[0];

const base: LinkEvent = {
  title: 'Email Jane Tan (Acme) — thank you',
  start: new Date('2026-03-03T01:30:00Z'),
  durationMinutes: 15,
  description: 'Thank Jane for her time.\nJane Tan, Head of Design',
};

function decode(link: string) {
  const url = new URL(link);
  return { origin: url.origin, path: url.pathname, params: Object.fromEntries(url.searchParams) };
}

describe('googleCalendarLink', () => {
  it('fills in the template with the title, UTC dates and details', () => {
    const { origin, path, params } = decode(googleCalendarLink(base));
    expect(origin + path).toBe('https://calendar.google.com/calendar/render');
    expect(params).toEqual({
      action: 'TEMPLATE',
      text: base.title,
      dates: '20260303T013000Z/20260303T014500Z',
      details: base.description,
    });
  });

  it.each([
    ['ampersands and question marks', 'Q&A? a=b&c=d #1'],
    ['an encoded newline that must stay literal', 'line %0A still one line'],
    ['plus signs and percent signs', '1 + 1 = 2, 100%'],
    ['Chinese', '陈美玲 (阿克米) — 感谢信'],
    ['emoji', '🎉 offer 🎉'],
    ['Arabic', 'رسالة شكر إلى سارة'],
  ])('round-trips %s in every field', (_, text) => {
    const { params } = decode(googleCalendarLink({ ...base, title: text, description: text, location: text }));
    expect(params.text).toBe(text);
    expect(params.details).toBe(text);
    expect(params.location).toBe(text);
  });

  it('turns CRLF and CR into LF and keeps a CR/LF injection inside the title', () => {
    const { params } = decode(googleCalendarLink({ ...base, title: 'x\r\nBEGIN:VEVENT', description: 'a\r\nb\rc' }));
    expect(params.text).toBe('x\nBEGIN:VEVENT');
    expect(params.details).toBe('a\nb\nc');
    expect(Object.keys(params)).toEqual(['action', 'text', 'dates', 'details']);
  });

  it('adds the url after the description and leaves out an empty location', () => {
    const { params } = decode(googleCalendarLink({ ...base, url: 'https://nudge.app/planner#i1', location: '  ' }));
    expect(params.details).toBe(`${base.description}\n\nhttps://nudge.app/planner#i1`);
    expect(params).not.toHaveProperty('location');
  });

  it('leaves out empty details', () => {
    expect(decode(googleCalendarLink({ ...base, description: '' })).params).not.toHaveProperty('details');
  });

  it('ends a 90-minute event 90 minutes later, across midnight UTC', () => {
    const start = new Date('2026-03-03T23:00:00Z');
    expect(decode(googleCalendarLink({ ...base, start, durationMinutes: 90 })).params.dates).toBe(
      '20260303T230000Z/20260304T003000Z',
    );
  });

  it.each([
    ['ASCII', 'word '.repeat(1000)],
    ['Chinese, nine encoded characters each', '感谢您的时间。'.repeat(300)],
    ['emoji, twelve encoded characters each', '🎉'.repeat(500)],
  ])('shortens a long %s description to fit, keeping the url', (_, description) => {
    const url = 'https://nudge.app/planner#i1';
    const link = googleCalendarLink({ ...base, description, url });
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH - 40);
    const details = decode(link).params.details;
    expect(details.endsWith(`…\n\n${url}`)).toBe(true);
    const kept = details.slice(0, -`…\n\n${url}`.length);
    expect(description.startsWith(kept)).toBe(true);
    expect(kept.isWellFormed()).toBe(true);
  });

  it('throws a RangeError for an invalid start', () => {
    expect(() => googleCalendarLink({ ...base, start: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('does not modify its input', () => {
    const input = { ...base, location: 'Acme HQ' };
    const copy = structuredClone(input);
    googleCalendarLink(Object.freeze(input));
    expect(input).toEqual(copy);
  });
});
