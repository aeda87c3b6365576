/**
 * One interview's follow-ups as a calendar file: UIDs that stay the same for
 * each follow-up, sequences that rise when a follow-up changed since the last
 * export, so importing the file again updates events instead of adding copies.
 * An event exported before whose follow-up is no longer to do (skipped, done
 * early, ended by an outcome, or gone from a shorter plan) is written again
 * as cancelled: same UID, higher SEQUENCE, `STATUS:CANCELLED`, a title
 * starting "Cancelled:", so importing the file clears the old reminder.
 *
 * The calendar code (and the `ics` package behind it) is fetched only when
 * this runs, so it costs nothing until someone downloads a calendar.
 */
import type { UnstampedEvent } from './calendar-sequence';
import type { EndedFollowUp, FollowUpEvent } from './follow-up-events';
import type { CalendarStamp, Interview } from '../records/model';

/** A calendar ready to download, and the stamps to save for the next export. */
export type InterviewCalendar =
  | { ok: true; fileName: string; text: string; stamps: Record<string, CalendarStamp>; count: number; cancelled: number }
  | { ok: false; error: string };

const CANCELLED = 'Cancelled: ';

/**
 * Builds the `.ics` text for the `upcoming` events of `interview`, with a
 * cancellation for each event exported before (`interview.calendar`) that is
 * not among them, unless `ended` says it is history (a follow-up done once
 * its time had come).
 *
 * @example (await buildInterviewCalendar(interview, events, [], now)).fileName //=> 'nudge-acme-follow-ups.ics'
 */
export async function buildInterviewCalendar(
  interview: Pick<Interview, 'id' | 'company' | 'calendar'>,
  upcoming: readonly FollowUpEvent[],
  ended: readonly EndedFollowUp[],
  now: Date,
): Promise<InterviewCalendar> {
  const [{ buildCalendar, calendarFileName, eventUid }, { stampEvents }] = await Promise.all([
    import('./calendar'),
    import('./calendar-sequence'),
  ]);
  const withUids: UnstampedEvent[] = upcoming.map(({ followUpId, ...event }) => ({ ...event, uid: eventUid(interview.id, followUpId) }));
  const live = new Set(withUids.map((event) => event.uid));
  const endedByUid = new Map(ended.map((item) => [eventUid(interview.id, item.followUpId), item]));
  const cancellations: UnstampedEvent[] = [];
  for (const [uid, stamp] of Object.entries(interview.calendar)) {
    if (live.has(uid)) continue;
    const item = endedByUid.get(uid);
    if (item && item.reason === undefined) continue;
    const title = stamp.title || item?.event.title || '';
    const start = stamp.start ? new Date(stamp.start) : item?.event.start;
    // A stamp from before titles and starts were kept, for a follow-up no longer in the plan: nothing to write.
    if (!title || !start || Number.isNaN(start.getTime())) continue;
    cancellations.push({
      uid,
      title: title.startsWith(CANCELLED) ? title : `${CANCELLED}${title}`,
      start,
      durationMinutes: item?.event.durationMinutes ?? 15,
      description: item?.reason ?? 'This follow-up is no longer in your plan in Nudge.',
      status: 'CANCELLED',
    });
  }
  const { events: stamped, stamps } = stampEvents([...withUids, ...cancellations], interview.calendar);
  const company = interview.company.trim();
  const result = await buildCalendar(stamped, { now, calendarName: company ? `Nudge: ${company} follow-ups` : 'Nudge follow-ups' });
  if (!result.ok) return result;
  return { ok: true, fileName: calendarFileName(company), text: result.text, stamps, count: withUids.length, cancelled: cancellations.length };
}
