import { describe, expect, it } from 'vitest';
import { eventFingerprint, fnv1a32, stampEvents, type UnstampedEvent } from '~/domain/calendar/calendar-sequence';
import type { CalendarStamp } from '~/domain/records/model';

const thankYou: UnstampedEvent = {
  uid: 'nudge-i1-thank-you@nudge.app',
  title: 'Email Jane Tan (Acme) — thank you',
  start: new Date('2026-03-02T09:00:00Z'),
  durationMinutes: 15,
  description: 'Thank Jane for her time.',
  alarmMinutesBefore: 15,
};
const checkIn: UnstampedEvent = {
  uid: 'nudge-i1-check-in-1@nudge.app',
  title: 'Call Jane Tan (Acme) — check in',
  start: new Date('2026-03-16T01:00:00Z'),
  durationMinutes: 15,
  description: 'Ask how the decision is going.',
  location: 'Phone',
  url: 'https://nudge.app/planner#i1',
};

describe('fnv1a32', () => {
  // Reference values from the FNV authors' test suite (32-bit FNV-1a).
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('hashes %j to %s', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });

  it('hashes the UTF-8 bytes, so non-Latin text is stable across platforms', () => {
    expect(fnv1a32('陈美玲 🎉')).toBe(fnv1a32('陈美玲 🎉'));
    expect(fnv1a32('陈美玲 🎉')).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('eventFingerprint', () => {
  it('is deterministic', () => {
    expect(eventFingerprint(thankYou)).toBe(eventFingerprint({ ...thankYou, start: new Date(thankYou.start) }));
  });

  it('ignores the line-break style, which does not change the file', () => {
    expect(eventFingerprint({ ...thankYou, description: 'a\r\nb' })).toBe(eventFingerprint({ ...thankYou, description: 'a\nb' }));
  });

  it('ignores the UID, which is the key rather than content', () => {
    expect(eventFingerprint({ ...thankYou, uid: 'other' })).toBe(eventFingerprint(thankYou));
  });

  it.each<[string, Partial<UnstampedEvent>]>([
    ['title', { title: 'Email Jane' }],
    ['start', { start: new Date('2026-03-02T09:01:00Z') }],
    ['duration', { durationMinutes: 30 }],
    ['description', { description: 'Thank Jane.' }],
    ['location', { location: 'Acme HQ' }],
    ['url', { url: 'https://nudge.app' }],
    ['alarm', { alarmMinutesBefore: 30 }],
    ['alarm removed', { alarmMinutesBefore: undefined }],
  ])('changes when the %s changes', (_, change) => {
    expect(eventFingerprint({ ...thankYou, ...change })).not.toBe(eventFingerprint(thankYou));
  });

  it('does not confuse fields whose text runs together', () => {
    const a = { ...thankYou, title: 'ab', description: 'c' };
    const b = { ...thankYou, title: 'a', description: 'bc' };
    expect(eventFingerprint(a)).not.toBe(eventFingerprint(b));
  });
});

describe('stampEvents', () => {
  const first = stampEvents([thankYou, checkIn], {});

  it('starts new events at sequence 0', () => {
    expect(first.events.map((e) => e.sequence)).toEqual([0, 0]);
    expect(Object.keys(first.stamps)).toEqual([thankYou.uid, checkIn.uid]);
  });

  it('keeps the sequence of unchanged events', () => {
    const again = stampEvents([thankYou, checkIn], first.stamps);
    expect(again.events.map((e) => e.sequence)).toEqual([0, 0]);
    expect(again.stamps).toEqual(first.stamps);
  });

  it('raises the sequence by one for a changed event only', () => {
    const moved = { ...checkIn, start: new Date('2026-03-17T01:00:00Z') };
    const second = stampEvents([thankYou, moved], first.stamps);
    expect(second.events.map((e) => e.sequence)).toEqual([0, 1]);
    const third = stampEvents([thankYou, { ...moved, durationMinutes: 30 }], second.stamps);
    expect(third.events.map((e) => e.sequence)).toEqual([0, 2]);
  });

  it('gives a new event 0 next to existing ones', () => {
    const extra = { ...checkIn, uid: 'nudge-i1-check-in-2@nudge.app' };
    const next = stampEvents([thankYou, checkIn, extra], first.stamps);
    expect(next.events.map((e) => e.sequence)).toEqual([0, 0, 0]);
  });

  it('keeps stamps of events left out, so one that returns does not go back to a lower sequence', () => {
    const moved = { ...checkIn, title: 'Call Jane (moved)' };
    const withMove = stampEvents([thankYou, moved], first.stamps); // check-in now at 1
    const without = stampEvents([thankYou], withMove.stamps);
    expect(without.stamps[checkIn.uid]).toEqual(withMove.stamps[checkIn.uid]);
    const back = stampEvents([thankYou, checkIn], without.stamps); // content changed back: 2
    expect(back.events[1].sequence).toBe(2);
  });

  it.each<[string, CalendarStamp]>([
    ['a negative sequence', { fingerprint: 'x', sequence: -3, title: '', start: '' }],
    ['a fractional sequence', { fingerprint: 'x', sequence: 1.5, title: '', start: '' }],
    ['a NaN sequence', { fingerprint: 'x', sequence: Number.NaN, title: '', start: '' }],
  ])('treats a stamp with %s as new', (_, stamp) => {
    expect(stampEvents([thankYou], { [thankYou.uid]: stamp }).events[0].sequence).toBe(0);
  });

  it('treats inherited keys such as "constructor" as unknown UIDs', () => {
    const odd = { ...thankYou, uid: 'constructor' };
    const result = stampEvents([odd, { ...thankYou, uid: '__proto__' }], {});
    expect(result.events.map((e) => e.sequence)).toEqual([0, 0]);
    expect(Object.hasOwn(result.stamps, '__proto__')).toBe(true);
  });

  it('does not modify its inputs', () => {
    const events = [structuredClone(thankYou), structuredClone(checkIn)];
    const previous = structuredClone(first.stamps);
    const snapshot = structuredClone({ events, previous });
    const result = stampEvents(Object.freeze(events), Object.freeze(previous));
    expect({ events, previous }).toEqual(snapshot);
    expect(result.events[0]).not.toBe(events[0]);
  });
});
