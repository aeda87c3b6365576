/**
 * Follow-ups → calendar events: what each reminder says. The title alone says
 * what to do ("Email Jane Tan (Acme) — thank you"), because Google Calendar
 * and Outlook drop the alarms of imported files; the description carries the
 * first lines of the email or the call script, and the interviewer's details.
 */
import { clipText, EVENT_DESCRIPTION_CHARS, EVENT_TITLE_CHARS } from '../messages/long-text';
import type { Interview, Interviewer } from '../records/model';
import type { FollowUp } from '../schedule/schedule';

/** Each reminder blocks this long in the calendar. */
export const EVENT_MINUTES = 15;
/** The reminder alarm, for calendars that keep it. */
export const ALARM_MINUTES_BEFORE = 15;

/** What to write in each kind of event's description (the start of the email, or the call script). */
export interface EventTexts {
  thankYou: string;
  checkInEmail: string;
  call: string;
  closing: string;
}

/** A follow-up as a calendar event, before it gets its UID and sequence. */
export interface FollowUpEvent {
  followUpId: string;
  title: string;
  start: Date;
  durationMinutes: number;
  description: string;
  alarmMinutesBefore: number;
}

/** The last paragraph of every event's description. */
const FOOTER = 'Planned with Nudge. Your notes and drafts are in the planner.';

/**
 * Whether an event's title or description was cut to its bound (see `followUpEvent`).
 *
 * @example isShortenedEvent(followUpEvent(interviewWithA100KbAddress, followUp, texts)) //=> true
 */
export function isShortenedEvent(event: Pick<FollowUpEvent, 'title' | 'description'>): boolean {
  return event.description.endsWith(`…\n\n${FOOTER}`) || event.title.includes('… — ');
}

const WHAT: Record<FollowUp['kind'], (followUp: FollowUp) => string> = {
  'thank-you': () => 'thank you',
  'check-in': (followUp) => `check-in ${followUp.number}`,
  closing: () => 'closing note',
};

/**
 * The event for one follow-up.
 *
 * @example followUpEvent(interview, { kind: 'thank-you', channel: 'email', … }, texts).title //=> 'Email Jane Tan (Acme) — thank you'
 */
export function followUpEvent(interview: Interview, followUp: FollowUp, texts: EventTexts): FollowUpEvent {
  const verb = followUp.channel === 'call' ? 'Call' : 'Email';
  const who = names(interview.interviewers);
  const company = interview.company.trim();
  const what = WHAT[followUp.kind](followUp);
  // The title must say what to do even when a name or company was pasted at length.
  const title = `${clipText(`${verb} ${who}${company ? ` (${company})` : ''}`, EVENT_TITLE_CHARS - what.length - 3).text} — ${what}`;
  const text =
    followUp.kind === 'thank-you'
      ? texts.thankYou
      : followUp.kind === 'closing'
        ? texts.closing
        : followUp.channel === 'call'
          ? texts.call
          : texts.checkInEmail;
  const details = [text.trim(), ...interview.interviewers.map(contactLines)].filter((part) => part !== '').join('\n\n');
  // Bounded, so a long address or note never makes an event slow to write or to read; the footer always stays.
  const description = [clipText(details, EVENT_DESCRIPTION_CHARS - FOOTER.length - 2).text, FOOTER].filter((part) => part !== '').join('\n\n');
  return {
    followUpId: followUp.id,
    title,
    start: followUp.due,
    durationMinutes: EVENT_MINUTES,
    description,
    alarmMinutesBefore: ALARM_MINUTES_BEFORE,
  };
}

/**
 * The events for every follow-up still to do: pending and not yet past.
 *
 * @example upcomingEvents(interview, schedule, texts, new Date('2026-03-04T00:00:00Z')).length //=> 6
 */
export function upcomingEvents(interview: Interview, schedule: readonly FollowUp[], texts: EventTexts, now: Date): FollowUpEvent[] {
  return schedule
    .filter((followUp) => followUp.status === 'pending' && followUp.due.getTime() >= now.getTime())
    .map((followUp) => followUpEvent(interview, followUp, texts));
}

function names(interviewers: readonly Interviewer[]): string {
  const named = interviewers.map((person) => person.name.trim()).filter((name) => name !== '');
  if (named.length === 0) return 'the interviewer';
  if (named.length === 1) return named[0]!;
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

function contactLines(person: Interviewer): string {
  const lines = [
    [person.name, person.title].map((part) => part.trim()).filter(Boolean).join(', '),
    person.email.trim() && `Email: ${person.email.trim()}`,
    person.phone.trim() && `Phone: ${person.phone.trim()}`,
    person.address.trim() && `Address: ${person.address.trim()}`,
  ];
  return lines.filter((line) => line !== '').join('\n');
}
