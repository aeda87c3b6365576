/**
 * SEQUENCE numbers for exported events, so that importing the calendar file
 * again updates the events already there instead of adding copies.
 * RFC 5545 §3.8.7.4: SEQUENCE rises each time an event with the same UID is
 * revised; a calendar keeps the copy with the highest SEQUENCE.
 *
 * Each export remembers, per UID, a fingerprint of what it wrote and the
 * SEQUENCE it used (`Interview.calendar`, see `CalendarStamp` in records/model.ts).
 */
import type { CalendarEvent } from './calendar';
import { normalizeText } from './ics-text';
import type { CalendarStamp } from '../records/model';

/** An event before its SEQUENCE is known. */
export type UnstampedEvent = Omit<CalendarEvent, 'sequence'>;

/**
 * FNV-1a, 32-bit, over the UTF-8 bytes of `text`, as 8 hex digits.
 * Hand-written rather than `crypto.subtle.digest`, which is asynchronous and
 * only present in secure contexts; this detects edits, it does not resist
 * attackers, so a tiny synchronous hash is enough. A collision (about 1 in
 * 4 billion) would only mean one edit not bumping SEQUENCE.
 * http://www.isthe.com/chongo/tech/comp/fnv/index.html#FNV-1a
 *
 * @param text - any string
 * @returns the hash as lowercase hex
 * @example fnv1a32('foobar') //=> 'bf9cf968'
 */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deterministic digest of what an export writes for an event: title,
 * start, duration, description, location, url, the alarm too (a moved
 * reminder should update the calendar as well) and the status. Line-break styles do not
 * matter (CRLF and LF give the same file); the UID is the key, not content.
 *
 * @param event - the event to fingerprint; not modified
 * @returns 8 hex digits
 * @example eventFingerprint(event) === eventFingerprint({ ...event }) //=> true
 */
export function eventFingerprint(event: UnstampedEvent): string {
  const content = [
    normalizeText(event.title),
    event.start.getTime(),
    event.durationMinutes,
    normalizeText(event.description),
    normalizeText(event.location ?? ''),
    event.url ?? '',
    event.alarmMinutesBefore ?? null,
    event.status ?? 'CONFIRMED',
  ];
  return fnv1a32(JSON.stringify(content));
}

/** A stored SEQUENCE, or `undefined` if there is none or it is damaged. */
function previousSequence(stamp: CalendarStamp | undefined): number | undefined {
  return stamp && Number.isInteger(stamp.sequence) && stamp.sequence >= 0 ? stamp.sequence : undefined;
}

/**
 * Gives each event its SEQUENCE: 0 when new, the same as last time when
 * unchanged, one more when changed. Stamps of events absent from this
 * export are kept, so an event that comes back never goes back to a lower
 * SEQUENCE than a calendar has already seen.
 *
 * @param events - this export's events; not modified
 * @param previous - stamps from the last export, by UID; not modified
 * @returns the events with `sequence`, and the stamps to save
 * @example stampEvents([event], {}).events[0].sequence //=> 0
 * @example stampEvents([event], { [event.uid]: { fingerprint: 'old', sequence: 2 } }).events[0].sequence //=> 3
 */
export function stampEvents(
  events: readonly UnstampedEvent[],
  previous: Readonly<Record<string, CalendarStamp>>,
): { events: CalendarEvent[]; stamps: Record<string, CalendarStamp> } {
  // A Map, and Object.hasOwn below, so a UID like `__proto__` is just a key.
  const stamps = new Map<string, CalendarStamp>(Object.entries(previous).map(([uid, stamp]) => [uid, { ...stamp }]));
  const stamped = events.map((event): CalendarEvent => {
    const fingerprint = eventFingerprint(event);
    const before = Object.hasOwn(previous, event.uid) ? previous[event.uid] : undefined;
    const last = previousSequence(before);
    const sequence = last === undefined ? 0 : before?.fingerprint === fingerprint ? last : last + 1;
    stamps.set(event.uid, { fingerprint, sequence, title: event.title, start: event.start.toISOString() });
    return { ...event, sequence };
  });
  return { events: stamped, stamps: Object.fromEntries(stamps) };
}
