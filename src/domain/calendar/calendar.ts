/**
 * Follow-ups → an RFC 5545 calendar, built with the `ics` package and wrapped
 * where it falls short:
 * - it folds at 75 characters with a tab, so Chinese or emoji titles give
 *   lines far over 75 octets: we unfold its output and re-fold by UTF-8 octets;
 * - it passes a lone CR through, and leaves the alarm DESCRIPTION and
 *   X-WR-CALNAME unescaped: we normalise all text and pre-escape those two;
 * - it stamps DTSTAMP with `Date.now()` and makes random UIDs: we pass
 *   `options.now` (as `timestamp`, missing from its types) and stable UIDs;
 * - a zero duration comes out as the invalid `PT`: we write DTEND, and an
 *   absolute TRIGGER for an alarm at the start;
 * - with no events it writes a VCALENDAR with no component, which RFC 5545
 *   §3.6 forbids: we answer `ok: false`;
 * - its errors are plain objects quoting whole regexes: we check inputs first.
 * No ORGANIZER or ATTENDEE is written (`ics` neither strips CR/LF nor drops
 * quotes in their CN): these are personal reminders, and an attendee makes
 * calendar apps offer to email the interviewer an invitation.
 *
 * `ics` is loaded by a dynamic `import()` inside `buildCalendar`, so it gets
 * its own chunk, fetched on first use; a failed fetch is an `ok: false` too.
 */
import type { Alarm, EventAttributes } from 'ics';
import { asciiSlug, escapeText, joinContentLines, normalizeText, unfoldLines } from './ics-text';

/** One reminder to put in the calendar, independent of the scheduler. */
export interface CalendarEvent {
  /** Stable per follow-up, so a re-import updates the event: see `eventUid`. */
  uid: string;
  /** E.g. 'Email Jane Tan (Acme) — thank you'. Must not be blank. */
  title: string;
  /** An instant; written in UTC (`ics` has no TZID support). */
  start: Date;
  /** Whole minutes, at least 1. Usually 15. */
  durationMinutes: number;
  /** What to do and the contact details. May be empty. */
  description: string;
  location?: string;
  /** An http(s) address. */
  url?: string;
  /** RFC 5545 SEQUENCE, from `stampEvents`. */
  sequence: number;
  /** Minutes before the start for a DISPLAY alarm (0 = at the start); none when absent. */
  alarmMinutesBefore?: number;
  /**
   * `CANCELLED` for a follow-up no longer to do (RFC 5545 §3.8.1.11): written
   * with its old UID and a higher SEQUENCE, calendar apps remove or strike it.
   */
  status?: 'CANCELLED';
}

/** What `buildCalendar` returns: the file's text, or why it could not be made. */
export type CalendarResult = { ok: true; text: string } | { ok: false; error: string };

/** RFC 5545 §3.7.3: identifies the program that made the file. */
export const PRODUCT_ID = '-//Nudge//Follow-ups//EN';
/** The calendar name shown when `calendarName` is blank. */
export const DEFAULT_CALENDAR_NAME = 'Nudge follow-ups';

/**
 * The stable UID of one follow-up's event. Characters other than letters,
 * digits and `-_.~` are percent-encoded, so the UID stays one plain token.
 *
 * @example eventUid('9f2c', 'check-in-2') //=> 'nudge-9f2c-check-in-2@nudge.app'
 */
export function eventUid(interviewId: string, followUpId: string): string {
  return `nudge-${uidToken(interviewId)}-${uidToken(followUpId)}@nudge.app`;
}

/** Percent-encodes all but `A-Z a-z 0-9 - _ . ~` (encodeURIComponent also keeps `!'()*`). */
function uidToken(id: string): string {
  const encoded = encodeURIComponent(id.toWellFormed());
  return encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A download name for a company's calendar file, in ASCII.
 *
 * @example calendarFileName('Acme Pte. Ltd.') //=> 'nudge-acme-pte-ltd-follow-ups.ics'
 * @example calendarFileName('阿克米') //=> 'nudge-follow-ups.ics'
 */
export function calendarFileName(company: string): string {
  const slug = asciiSlug(company);
  return slug ? `nudge-${slug}-follow-ups.ics` : 'nudge-follow-ups.ics';
}

const isWholeNumber = (n: number, min: number) => Number.isInteger(n) && n >= min;

/** Why an event cannot be written, or `undefined` when it can. */
function problemWith(event: CalendarEvent, index: number, seen: Set<string>): string | undefined {
  const which = `Event ${index + 1}${event.title.trim() ? ` (“${event.title.trim()}”)` : ''}`;
  // `ics` writes the UID unescaped, so refuse what TEXT would need escaped (RFC 5545 §3.3.11).
  if (!event.uid.trim() || /[\u0000-\u001F\u007F,;\\]/.test(event.uid)) return `${which} has no usable UID.`;
  if (seen.has(event.uid)) return `${which} has the same UID as an earlier event: ${event.uid}`;
  if (!event.title.trim()) return `${which} has no title.`;
  // `ics` takes instants as non-negative millisecond counts.
  if (!(event.start.getTime() >= 0)) return `${which} has an invalid start date.`;
  if (!isWholeNumber(event.durationMinutes, 1)) return `${which} must last a whole number of minutes, at least 1.`;
  // RFC 5545 §3.8.7.4: SEQUENCE is a non-negative 32-bit integer.
  if (!isWholeNumber(event.sequence, 0) || event.sequence > 2 ** 31 - 1) return `${which} has an invalid sequence.`;
  const alarm = event.alarmMinutesBefore;
  if (alarm !== undefined && !isWholeNumber(alarm, 0)) return `${which} has an invalid alarm time.`;
  if (event.url !== undefined && !/^https?:\/\/\S+$/i.test(event.url)) return `${which} has a link that is not http(s).`;
  return undefined;
}

/** Our event → `ics` attributes. `ics` reads `timestamp` (DTSTAMP) but does not type it. */
function toAttributes(event: CalendarEvent, now: Date): EventAttributes & { timestamp: number } {
  const start = event.start.getTime();
  const alarm = event.alarmMinutesBefore;
  return {
    uid: event.uid,
    title: normalizeText(event.title),
    description: normalizeText(event.description) || undefined,
    location: event.location ? normalizeText(event.location) : undefined,
    url: event.url,
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end: start + event.durationMinutes * 60_000,
    timestamp: now.getTime(),
    sequence: event.sequence,
    status: event.status,
    alarms: alarm === undefined ? undefined : [alarmFor(event.title, alarm, start)],
  };
}

/** A DISPLAY alarm (RFC 5545 §3.6.6) showing the title. */
function alarmFor(title: string, minutesBefore: number, start: number): Alarm {
  return {
    action: 'display',
    // `ics` escapes only line breaks in an alarm's text (RFC 5545 §3.3.11 wants all four).
    description: escapeText(title),
    // `ics` writes a zero offset as the invalid `-PT`; an absolute UTC trigger is valid (§3.8.6.3).
    trigger: minutesBefore === 0 ? start : { minutes: minutesBefore, before: true },
  };
}

/** A readable message from whatever `ics` returned as an error. */
function describeError(error: unknown): string {
  const errors = (error as { errors?: unknown } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return errors.map(String).join('; ');
  return (error as { message?: string } | null)?.message ?? String(error);
}

/**
 * Builds an .ics file (METHOD:PUBLISH) with one VEVENT, and optionally one
 * DISPLAY alarm, per follow-up. Deterministic: the same input gives the
 * same text. An empty list is an error, since RFC 5545 §3.6 requires at
 * least one component and the UI should say there is nothing to add.
 *
 * @param events - the reminders; not modified
 * @param options - `now` for DTSTAMP; `calendarName` for X-WR-CALNAME
 * @returns `{ ok: true, text }` or `{ ok: false, error }`, never throws
 * @example (await buildCalendar([], { now })).ok //=> false
 * @example (await buildCalendar([event], { now })).text.slice(0, 30) //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'
 */
export async function buildCalendar(
  events: readonly CalendarEvent[],
  options: { now: Date; calendarName?: string },
): Promise<CalendarResult> {
  if (events.length === 0) return { ok: false, error: 'There are no follow-ups to add to a calendar.' };
  if (!(options.now.getTime() >= 0)) return { ok: false, error: 'The current time is not a valid date.' };
  const seen = new Set<string>();
  for (const [index, event] of events.entries()) {
    const problem = problemWith(event, index, seen);
    if (problem) return { ok: false, error: problem };
    seen.add(event.uid);
  }

  let createEvents: typeof import('ics').createEvents;
  try {
    ({ createEvents } = await import('ics'));
  } catch {
    return { ok: false, error: 'The calendar builder could not be loaded. Check your connection and try again.' };
  }

  const calName = escapeText(options.calendarName?.trim() || DEFAULT_CALENDAR_NAME);
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, options.now)),
    { productId: PRODUCT_ID, method: 'PUBLISH', calName },
  );
  if (error || !value) return { ok: false, error: `The calendar could not be built: ${describeError(error)}` };

  // Unfold what `ics` folded by characters, then re-fold by octets (RFC 5545 §3.1).
  const lines = unfoldLines(value);
  // Guard: after unfolding, a stray CR or LF could only come from unescaped input.
  if (lines.some((line) => /[\r\n]/.test(line))) {
    return { ok: false, error: 'The calendar text contained a stray line break.' };
  }
  return { ok: true, text: joinContentLines(lines) };
}
