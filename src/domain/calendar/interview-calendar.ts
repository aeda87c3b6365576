/**
 * One interview's follow-ups as a calendar file: UIDs that stay the same for
 * each follow-up, sequences that rise when a follow-up changed since the last
 * export, so importing the file again updates events instead of adding copies.
 *
 * The calendar code (and the `ics` package behind it) is fetched only when
 * this runs, so it costs nothing until someone downloads a calendar.
 */
import type { FollowUpEvent } from './follow-up-events';
import type { CalendarStamp, Interview } from '../records/model';

/** A calendar ready to download, and the stamps to save for the next export. */
export type InterviewCalendar =
  | { ok: true; fileName: string; text: string; stamps: Record<string, CalendarStamp>; count: number }
  | { ok: false; error: string };

/**
 * Builds the `.ics` text for `events` of `interview`.
 *
 * @example (await buildInterviewCalendar(interview, events, now)).fileName //=> 'nudge-acme-follow-ups.ics'
 */
export async function buildInterviewCalendar(
  interview: Pick<Interview, 'id' | 'company' | 'calendar'>,
  events: readonly FollowUpEvent[],
  now: Date,
): Promise<InterviewCalendar> {
  const [{ buildCalendar, calendarFileName, eventUid }, { stampEvents }] = await Promise.all([
    import('./calendar'),
    import('./calendar-sequence'),
  ]);
  const withUids = events.map(({ followUpId, ...event }) => ({ ...event, uid: eventUid(interview.id, followUpId) }));
  const { events: stamped, stamps } = stampEvents(withUids, interview.calendar);
  const company = interview.company.trim();
  const result = await buildCalendar(stamped, { now, calendarName: company ? `Nudge: ${company} follow-ups` : 'Nudge follow-ups' });
  if (!result.ok) return result;
  return { ok: true, fileName: calendarFileName(company), text: result.text, stamps, count: stamped.length };
}
