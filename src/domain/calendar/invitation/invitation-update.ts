/**
 * An invitation for an interview already saved: the same event, by its UID
 * (RFC 5545 §3.8.4.7), sent again, moved (a higher SEQUENCE with a new time)
 * or cancelled (METHOD:CANCEL). Reading it updates that interview rather than
 * making a second one, and says what changed; reading the same file again
 * changes nothing and says so. Only the organiser who sent the invitation can
 * move or cancel it: a file from anyone else is refused whole.
 */
import type { Interview } from '../../records/model';
import { shortDate } from '../../schedule/working-day';
import type { InvitationEvent } from './read-invitation';

/** What an invitation means for the interviews already saved. */
export type InvitationMatch =
  /** No saved interview was read from this event: it fills one as usual. */
  | { kind: 'new' }
  /** The same event, at the same time, not newer: nothing to change. */
  | { kind: 'same'; interview: Interview; message: string }
  /** A newer version with a new time: the interview (and its schedule) moves. */
  | { kind: 'moved'; interview: Interview; event: InvitationEvent; message: string }
  /** A newer version at the same time: only its version is noted. */
  | { kind: 'unchanged-time'; interview: Interview; event: InvitationEvent; message: string }
  /** An older version than the one read before: nothing changes. */
  | { kind: 'older'; interview: Interview; message: string }
  /** The event is cancelled: the interview is marked so and its follow-ups stop. */
  | { kind: 'cancelled'; interview: Interview; event: InvitationEvent; message: string }
  /** From someone else than the organiser who sent it: refused, nothing saved. */
  | { kind: 'refused'; interview: Interview; reason: string };

const organizerOf = (event: InvitationEvent) => event.people.find((person) => person.organizer)?.email.trim().toLowerCase() ?? '';

/** "Mon 16 Mar, 10:00" on the interview's clock. */
function when(date: string, time: string): string {
  return `${shortDate(date)}${time ? `, ${time}` : ''}`;
}

/** What to call the interview in a sentence. */
function called(interview: Interview): string {
  const company = interview.company.trim();
  return company ? `the interview at ${company}` : 'the interview';
}

/**
 * What `event` (from a file with `method`, `REQUEST` or `CANCEL`) means for
 * the saved `interviews`: matched by UID, checked against the organiser, then
 * compared by SEQUENCE and time.
 *
 * @example matchInvitation(movedEvent, 'REQUEST', [saved]) //=> { kind: 'moved', interview: saved, event: movedEvent, message: 'Moved from Mon 16 Mar, 10:00 to Wed 18 Mar, 14:00 (their time, Europe/London).' }
 */
export function matchInvitation(event: InvitationEvent, interviews: readonly Interview[]): InvitationMatch {
  const uid = event.uid.trim();
  const interview = uid === '' ? undefined : interviews.find((item) => item.invitationUid !== '' && item.invitationUid === uid);
  if (!interview) return { kind: 'new' };
  const organizer = organizerOf(event);
  if (interview.invitationOrganizer !== '' && organizer !== interview.invitationOrganizer) {
    const from = organizer ? `from ${organizer}` : 'with no organiser';
    return {
      kind: 'refused',
      interview,
      reason: `This ${event.cancelled ? 'cancellation' : 'update'} of ${called(interview)} comes ${from}, not from ${interview.invitationOrganizer}, who sent the invitation, so Nudge did not use it. Nothing was changed.`,
    };
  }
  if (event.cancelled) {
    if (interview.cancelledAt !== '') return { kind: 'same', interview, message: `You already read this cancellation: ${called(interview)} is marked cancelled. Nothing was changed.` };
    return {
      kind: 'cancelled',
      interview,
      event,
      message: `They cancelled ${called(interview)} (${when(interview.date, interview.time)}): it is marked cancelled and its follow-ups have stopped. Download the calendar again to clear their reminders.`,
    };
  }
  const sameTime = event.start.date === interview.date && event.start.time === interview.time && event.start.timeZone === interview.timeZone;
  if (event.sequence < interview.invitationSequence) {
    return { kind: 'older', interview, message: `This is an older version of ${called(interview)}'s invitation than the one you read before, so Nudge kept the newer one. Nothing was changed.` };
  }
  if (event.sequence === interview.invitationSequence && (sameTime || event.sequence === 0)) {
    return { kind: 'same', interview, message: `You already read this invitation: it is ${called(interview)}, saved as it says. Nothing was changed.` };
  }
  if (sameTime) {
    return { kind: 'unchanged-time', interview, event, message: `This update of ${called(interview)} keeps its time (${when(interview.date, interview.time)}), so nothing moved.` };
  }
  const zone = event.start.timeZone === interview.timeZone ? ` (their time, ${interview.timeZone})` : ` (now on ${event.start.timeZone} time, before ${interview.timeZone})`;
  return {
    kind: 'moved',
    interview,
    event,
    message: `Moved from ${when(interview.date, interview.time)} to ${when(event.start.date, event.start.time)}${zone}. Its follow-ups moved with it.`,
  };
}

/**
 * `interview` after the invitation's update or cancellation (a `moved`,
 * `unchanged-time` or `cancelled` match): a new date, time and zone, or the
 * moment it was cancelled, and the version read. Not modified.
 *
 * @example applyInvitationUpdate(saved, match, new Date('2026-03-17T09:00:00Z')).date //=> '2026-03-18'
 */
export function applyInvitationUpdate(interview: Interview, match: Extract<InvitationMatch, { event: InvitationEvent }>, now: Date): Interview {
  const sequence = Math.max(interview.invitationSequence, match.event.sequence);
  if (match.kind === 'cancelled') return { ...interview, cancelledAt: now.toISOString(), invitationSequence: sequence };
  if (match.kind === 'unchanged-time') return { ...interview, invitationSequence: sequence };
  const { start } = match.event;
  return { ...interview, date: start.date, time: start.time, timeZone: start.timeZone, invitationSequence: sequence, cancelledAt: '' };
}

/**
 * The invitation's identity for a new interview filled from it: its UID,
 * version and organiser, so a later update or cancellation finds it.
 *
 * @example invitationIdentity(event) //=> { invitationUid: '5k2j…@google.com', invitationSequence: 0, invitationOrganizer: 'talent@northwind-traders.co.uk' }
 */
export function invitationIdentity(event: InvitationEvent): Pick<Interview, 'invitationUid' | 'invitationSequence' | 'invitationOrganizer'> {
  // One occurrence of a series shares its UID with the others, so it is not what identifies this interview.
  if (event.recurring) return { invitationUid: '', invitationSequence: 0, invitationOrganizer: '' };
  return { invitationUid: event.uid.trim(), invitationSequence: event.sequence, invitationOrganizer: organizerOf(event) };
}
