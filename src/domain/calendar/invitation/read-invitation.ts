/**
 * An invitation file (.ics) → the events in it, each with its start on the
 * interviewer's clock, its people and where it happens. Reading is done by
 * ical.js (RFC 5545: unfolding, escapes, parameters, recurrence rules); this
 * module pulls it in, so import it at run time (`import()`), only when
 * someone gives Nudge an invitation.
 */
import ICAL from 'ical.js';
import { eventStart, type EventStart, type StartContext } from './event-start';
import type { CalendarPerson } from './invitation-people';
import { meetingPlace, type MeetingPlace } from './meeting-place';
import { zoneFromTzid } from './zone-from-tzid';

/** One event the person can pick: a VEVENT, or one occurrence of a series. */
export interface InvitationEvent {
  /** Unique within the file: the UID, and the start for an occurrence of a series. */
  key: string;
  /** The event's UID as written (RFC 5545 §3.8.4.7), `''` when it has none: an update or a cancellation names it. */
  uid: string;
  /** SEQUENCE: which revision of the event this is, 0 when not given (RFC 5545 §3.8.7.4). */
  sequence: number;
  /** True for an event the file cancels (METHOD:CANCEL or STATUS:CANCELLED). */
  cancelled: boolean;
  summary: string;
  /** DESCRIPTION as written: its greeting names the guest. */
  description: string;
  start: EventStart;
  people: CalendarPerson[];
  place: MeetingPlace;
  /** Part of a series (RRULE), so the picker says which occurrence. */
  recurring: boolean;
}

/**
 * The events read, or why there are none to use. `cancelled` holds the
 * events the file cancels, so a cancellation can be matched to a saved interview.
 */
export type InvitationReading = { ok: true; events: InvitationEvent[]; cancelled: InvitationEvent[]; notes: string[] } | { ok: false; reason: string };

/** What reading needs from outside. */
export interface ReadContext {
  /** The person's own zone, for a time the file gives in UTC or with no zone. */
  fallbackZone: string;
  /** Now: a series is offered from a week before it on. */
  now: Date;
}

/** Most occurrences of one series offered, and most events in one file. */
const MAX_OCCURRENCES = 10;
const MAX_EVENTS = 20;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Reads an invitation. Cancelled events and events without a start are left
 * out (and `notes` says so); a series offers its occurrences from a week ago
 * on, at most ten.
 *
 * @example readInvitation(teamsInvite, { fallbackZone: 'Europe/London', now }).events[0].start
 * //=> { date: '2026-03-03', time: '10:00', timeZone: 'Asia/Singapore', instant: '2026-03-03T02:00:00.000Z', note: '' }
 */
export function readInvitation(text: string, context: ReadContext): InvitationReading {
  const trimmed = text.replace(/^\uFEFF/u, '').trimStart();
  if (/^BEGIN:VCARD\b/iu.test(trimmed)) {
    return { ok: false, reason: 'This is a contact card (.vcf), not an invitation: add it to an interviewer with “Contact card (.vcf)”. Nothing was changed.' };
  }
  if (!/^BEGIN:VCALENDAR\b/iu.test(trimmed)) {
    return { ok: false, reason: 'This file is not a calendar invitation: an .ics file starts with BEGIN:VCALENDAR. Nothing was changed.' };
  }
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(trimmed) as unknown[]);
  } catch {
    return { ok: false, reason: 'This invitation is damaged: Nudge could not read its lines. Nothing was changed; ask for it again, or type the details in.' };
  }
  const cancelledFile = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase() === 'CANCEL';
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length === 0) return { ok: false, reason: 'This calendar file holds no event, so there is no interview in it. Nothing was changed.' };
  const startContext: StartContext = {
    vtimezones: new Map(calendar.getAllSubcomponents('vtimezone').map((zone) => [String(zone.getFirstPropertyValue('tzid')), zone])),
    calendarZone: zoneFromTzid(String(calendar.getFirstPropertyValue('x-wr-timezone') ?? ''))?.zone,
    fallbackZone: context.fallbackZone,
  };
  const cancelled = vevents.filter((event) => cancelledFile || String(event.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED');
  const live = vevents.filter((event) => !cancelled.includes(event));
  const withStart = live.filter((event) => event.hasProperty('dtstart'));
  const notes: string[] = [];
  if (cancelled.length > 0 && live.length > 0) notes.push(`${count(cancelled.length, 'cancelled event')} in the file ${cancelled.length === 1 ? 'was' : 'were'} left out.`);
  if (withStart.length < live.length) notes.push(`${count(live.length - withStart.length, 'event')} without a start time ${live.length - withStart.length === 1 ? 'was' : 'were'} left out.`);
  const cancelledEvents = readCancelled(cancelled, startContext, context.now);
  if (live.length === 0) {
    // A cancellation: the planner matches it to the interview saved from the invitation, by its UID.
    if (cancelledEvents.length > 0) return { ok: true, events: [], cancelled: cancelledEvents, notes: [] };
    return { ok: false, reason: 'This file cancels the event rather than inviting you to it, so there is nothing to fill in. Nothing was changed.' };
  }
  if (withStart.length === 0) {
    return { ok: false, reason: 'The event in this invitation has no start time (no DTSTART), so Nudge cannot tell when the interview is. Nothing was changed.' };
  }
  const masters = withStart.filter((event) => !event.hasProperty('recurrence-id'));
  const exceptions = withStart.filter((event) => event.hasProperty('recurrence-id'));
  let events: InvitationEvent[];
  try {
    events = masters.flatMap((master) => occurrences(master, exceptions, startContext, context.now));
  } catch {
    return { ok: false, reason: 'This invitation is damaged: Nudge could not read when its events are. Nothing was changed.' };
  }
  if (events.length > MAX_EVENTS) {
    return { ok: false, reason: `This file holds ${events.length} events: it looks like a whole calendar, not an invitation. Export just the interview and try again. Nothing was changed.` };
  }
  return { ok: true, events: events.sort((a, b) => a.start.instant.localeCompare(b.start.instant)), cancelled: cancelledEvents, notes };
}

/** The cancelled events, read as the live ones are (a cancellation may carry no start: it is matched by UID). */
function readCancelled(events: ICAL.Component[], context: StartContext, now: Date): InvitationEvent[] {
  try {
    return events
      // Without a UID a cancellation names no saved interview; an occurrence's cancellation is not one of the whole.
      .filter((event) => !event.hasProperty('recurrence-id') && String(event.getFirstPropertyValue('uid') ?? '').trim() !== '')
      .map((event) => {
        const uid = String(event.getFirstPropertyValue('uid') ?? '');
        const start = event.getFirstPropertyValue('dtstart') as ICAL.Time | null;
        const tzid = event.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined;
        const read = start ? eventFrom(event, start, tzid, `${uid}#0`, false, context) : { ...eventFrom(event, ICAL.Time.fromJSDate(now, true), undefined, `${uid}#0`, false, context), start: { date: '', time: '', timeZone: '', instant: '', note: '' } };
        return { ...read, cancelled: true };
      });
  } catch {
    return [];
  }
}

/** One event, or the occurrences of a series worth offering. */
function occurrences(master: ICAL.Component, exceptions: ICAL.Component[], context: StartContext, now: Date): InvitationEvent[] {
  const uid = String(master.getFirstPropertyValue('uid') ?? '');
  const tzid = master.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined;
  const event = new ICAL.Event(master, { exceptions: exceptions.filter((item) => String(item.getFirstPropertyValue('uid') ?? '') === uid), strictExceptions: true });
  if (!event.isRecurring()) return [eventFrom(master, master.getFirstPropertyValue('dtstart') as ICAL.Time, tzid, `${uid}#0`, false, context)];
  const found: InvitationEvent[] = [];
  const iterator = event.iterator();
  for (let step = 0, next = iterator.next(); next && step < 500; step += 1, next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component;
    const itemTzid = (item.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined) ?? tzid;
    found.push(eventFrom(item, details.startDate, itemTzid, `${uid}#${details.recurrenceId.toString()}`, true, context));
    if (found.filter((occurrence) => !isPast(occurrence, now)).length >= MAX_OCCURRENCES) break;
  }
  const upcoming = found.filter((occurrence) => !isPast(occurrence, now));
  return upcoming.length > 0 ? upcoming.slice(0, MAX_OCCURRENCES) : found.slice(-MAX_OCCURRENCES);
}

function isPast(event: InvitationEvent, now: Date): boolean {
  return event.start.instant !== '' && Date.parse(event.start.instant) < now.getTime() - WEEK_MS;
}

function eventFrom(component: ICAL.Component, start: ICAL.Time, tzid: string | undefined, key: string, recurring: boolean, context: StartContext): InvitationEvent {
  const text = (name: string) => {
    const value: unknown = component.getFirstPropertyValue(name);
    return value == null ? '' : String(value);
  };
  const person = (property: ICAL.Property, organizer: boolean): CalendarPerson => ({
    name: String(property.getParameter('cn') ?? '').trim(),
    email: String(property.getFirstValue() ?? '').replace(/^mailto:/iu, '').trim(),
    kind: String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase(),
    organizer,
  });
  const people = [
    ...component.getAllProperties('organizer').map((property) => person(property, true)),
    ...component.getAllProperties('attendee').map((property) => person(property, false)),
  ];
  const conference = ['x-google-conference', 'x-microsoft-skypeteamsmeetingurl', 'x-microsoft-onlinemeetingexternallink', 'conference'].map(text);
  const place = meetingPlace({ location: text('location'), url: text('url'), description: text('description'), conference });
  const sequence = Number(component.getFirstPropertyValue('sequence') ?? 0);
  return {
    key,
    uid: text('uid').trim(),
    sequence: Number.isSafeInteger(sequence) && sequence >= 0 ? sequence : 0,
    cancelled: false,
    summary: text('summary').trim(),
    description: text('description'),
    start: eventStart(start, tzid, context),
    people,
    place,
    recurring,
  };
}

function count(n: number, noun: string): string {
  return `${n === 1 ? 'One' : n} ${noun}${n === 1 ? '' : 's'}`;
}
