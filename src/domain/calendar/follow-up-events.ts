/**
 * Follow-ups → calendar events: what each reminder says. The title alone says
 * what to do ("Email Jane Tan (Acme) — thank you"), because Google Calendar
 * and Outlook drop the alarms of imported files; the description carries the
 * first lines of the email or the call script, and the interviewer's details.
 */
import { CONTACT_ROLE_LABELS, followUpRecipients } from '../records/contacts';
import { clipText, EVENT_DESCRIPTION_CHARS, EVENT_TITLE_CHARS } from '../messages/long-text';
import type { Interview, Interviewer } from '../records/model';
import { followUpsStopped, type FollowUp } from '../schedule/schedule';
import { clockText } from '../schedule/clock-text';
import { interviewStart } from '../schedule/send-time';
import { stepAddress } from '../shared/planner-address';

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
  /**
   * The planner's own absolute address (`https://…/planner/`), for each
   * event's link back to its follow-up; no link when absent or not http(s).
   */
  plannerUrl?: string;
}

/** A follow-up as a calendar event, before it gets its UID and sequence. */
export interface FollowUpEvent {
  followUpId: string;
  title: string;
  start: Date;
  durationMinutes: number;
  description: string;
  alarmMinutesBefore: number;
  /** The follow-up's place in the planner (`texts.plannerUrl`), holding only record ids. */
  url?: string;
}

/** The last paragraph of every event's description. */
const FOOTER = 'Planned with Nudge. Your notes and drafts are in the planner.';
/** Before the event's link, on the footer's last line. */
const LINK_LEAD = 'Mark it done, skip it or note what they said:';

/**
 * Whether an event's title or description was cut to its bound (see `followUpEvent`).
 *
 * @example isShortenedEvent(followUpEvent(interviewWithA100KbAddress, followUp, texts)) //=> true
 */
export function isShortenedEvent(event: Pick<FollowUpEvent, 'title' | 'description'>): boolean {
  return event.description.includes(`…\n\n${FOOTER}`) || event.title.includes('… — ');
}

/** A follow-up that is no longer to do, and why: the calendar cancels its event if it was exported. */
export interface EndedFollowUp {
  followUpId: string;
  /** Its event as it would read, for a cancellation when no title or start was stored. */
  event: FollowUpEvent;
  /** Why it ended, for the cancelled event's description; undefined for a done one that is history. */
  reason?: string;
}

const WHAT: Record<FollowUp['kind'], (followUp: FollowUp) => string> = {
  'thank-you': () => 'thank you',
  'check-in': (followUp) => `check-in ${followUp.number}`,
  closing: () => 'closing note',
};

/** An instant on a zone's clock, named as the planner names it: "Wed, 25 Nov 2026, 08:30 Kuala Lumpur time". */
function clock(instant: Date, timeZone: string): string {
  return clockText(instant, timeZone, 'en-GB');
}

/**
 * The event for one follow-up. It starts when the person acts (`remindAt`):
 * for an email due in their night, the evening before, with "Schedule send"
 * and the send time on both clocks in its title and description.
 *
 * @example followUpEvent(interview, { kind: 'thank-you', channel: 'email', … }, texts, 'Europe/London').title //=> 'Email Jane Tan (Acme) — thank you'
 */
export function followUpEvent(interview: Interview, followUp: FollowUp, texts: EventTexts, yourZone: string): FollowUpEvent {
  const verb = followUp.channel === 'call' ? 'Call' : 'Email';
  // Through an agency, every reminder says to contact the recruiter, not the employer.
  const who = names(followUpRecipients(interview));
  const company = interview.company.trim();
  const what = WHAT[followUp.kind](followUp);
  const prefix = followUp.scheduleSend ? 'Schedule send: ' : '';
  // The title must say what to do even when a name or company was pasted at length.
  const title = `${prefix}${clipText(`${verb} ${who}${company ? ` (${company})` : ''}`, EVENT_TITLE_CHARS - prefix.length - what.length - 3).text} — ${what}`;
  const text =
    followUp.kind === 'thank-you'
      ? texts.thankYou
      : followUp.kind === 'closing'
        ? texts.closing
        : followUp.channel === 'call'
          ? texts.call
          : texts.checkInEmail;
  // Timed on the clock of whoever it goes to; where that is not the interview's, the event says whose each time is.
  const zone = followUp.timeZone || interview.timeZone;
  const elsewhere = zone !== interview.timeZone;
  const when = `${clock(followUp.due, zone)} on ${elsewhere ? `${who}’s clock` : 'their clock'}, ${clock(followUp.due, yourZone)} on yours`;
  const clocks = elsewhere
    ? ` Times are on ${who}’s clock, where this goes; the interview itself was ${clock(interviewStart(interview), interview.timeZone)} on the interviewer’s clock.`
    : '';
  const timing = followUp.scheduleSend
    ? `It should arrive at ${when}, while you sleep. Write it now and use your email app's "Schedule send" (Gmail, Outlook and Apple Mail have it) for that time.${clocks}`
    : followUp.outsideYourDay
      ? `No time in their call window falls in your day; this is the nearest: ${when}.${clocks}`
      : elsewhere
        ? `${followUp.channel === 'call' ? 'Call at' : 'It should arrive at'} ${when}.${clocks}`
        : '';
  const details = [text.trim(), ...interview.interviewers.map(contactLines)].filter((part) => part !== '').join('\n\n');
  // The reminder opens its follow-up in the planner, where it is marked done, skipped or answered;
  // the address holds the record ids only, never a name (`shared/planner-address.ts`).
  const url = linkOf(texts.plannerUrl, interview.id, followUp.id);
  const footer = url ? `${FOOTER}\n${LINK_LEAD} ${url}` : FOOTER;
  // Bounded, so a long address or note never makes an event slow to write or to read; the timing and the footer always stay.
  const description = [timing, clipText(details, EVENT_DESCRIPTION_CHARS - timing.length - footer.length - 4).text, footer]
    .filter((part) => part !== '')
    .join('\n\n');
  return {
    followUpId: followUp.id,
    title,
    start: followUp.remindAt,
    durationMinutes: EVENT_MINUTES,
    description,
    alarmMinutesBefore: ALARM_MINUTES_BEFORE,
    ...(url ? { url } : {}),
  };
}

/** The address of one follow-up on the planner's schedule step, or undefined without an http(s) planner address. */
function linkOf(plannerUrl: string | undefined, interviewId: string, followUpId: string): string | undefined {
  if (plannerUrl === undefined || !/^https?:\/\/[^\s?#]+$/i.test(plannerUrl)) return undefined;
  const address = stepAddress(plannerUrl, { interviewId, step: 'schedule', followUpId });
  // An id that could not be a record id is left out of the address: a link to no interview is no link.
  return address.includes('interview=') ? address : undefined;
}

/**
 * The events for every follow-up still to do: pending and not yet past. A
 * pending thank-you is always included (its time is never left in the past).
 *
 * @example upcomingEvents(interview, schedule, texts, new Date('2026-03-04T00:00:00Z'), 'Europe/London').length //=> 4
 */
export function upcomingEvents(interview: Interview, schedule: readonly FollowUp[], texts: EventTexts, now: Date, yourZone: string): FollowUpEvent[] {
  return schedule
    .filter((followUp) => isUpcoming(interview, followUp, now))
    .map((followUp) => followUpEvent(interview, followUp, texts, yourZone));
}

/**
 * The follow-ups of the whole chain (`buildChain`) that are not upcoming,
 * with why each ended: skipped, done early, ended by an outcome, or moved
 * into the past. A done follow-up whose time has passed is history (no reason).
 *
 * @example endedFollowUps({ ...interview, outcome: 'offer' }, chain, texts, now, 'Europe/London')[0].reason //=> 'You recorded an outcome in Nudge, so this follow-up is no longer needed.'
 */
export function endedFollowUps(interview: Interview, chain: readonly FollowUp[], texts: EventTexts, now: Date, yourZone: string): EndedFollowUp[] {
  return chain
    .filter((followUp) => !isUpcoming(interview, followUp, now))
    .map((followUp) => {
      const event = followUpEvent(interview, followUp, texts, yourZone);
      const past = followUp.remindAt.getTime() < now.getTime();
      const reason =
        followUp.status === 'skipped'
          ? 'You skipped this follow-up in Nudge.'
          : followUp.status === 'done'
            ? past ? undefined : 'You marked this follow-up done in Nudge.'
            : interview.cancelledAt !== ''
              ? 'They cancelled the interview, so this follow-up is no longer needed.'
              : interview.outcome !== 'waiting'
                ? 'You recorded an outcome in Nudge, so this follow-up is no longer needed.'
              : undefined;
      return { followUpId: followUp.id, event, reason };
    });
}

function isUpcoming(interview: Interview, followUp: FollowUp, now: Date): boolean {
  if (followUpsStopped(interview) || followUp.status !== 'pending') return false;
  return followUp.kind === 'thank-you' || followUp.due.getTime() >= now.getTime();
}

function names(interviewers: readonly Interviewer[]): string {
  const named = interviewers.map((person) => person.name.trim()).filter((name) => name !== '');
  if (named.length === 0) return 'the interviewer';
  if (named.length === 1) return named[0]!;
  return `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

function contactLines(person: Interviewer): string {
  const who = [person.name, person.title].map((part) => part.trim()).filter(Boolean).join(', ');
  const lines = [
    who && person.contactRole !== 'interviewer' ? `${who} (${CONTACT_ROLE_LABELS[person.contactRole]})` : who,
    person.email.trim() && `Email: ${person.email.trim()}`,
    person.phone.trim() && `Phone: ${person.phone.trim()}`,
    person.address.trim() && `Address: ${person.address.trim()}`,
  ];
  return lines.filter((line) => line !== '').join('\n');
}
