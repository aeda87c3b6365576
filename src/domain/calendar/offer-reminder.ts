/**
 * The offer's answer-by day as a calendar reminder: the morning before it, on
 * the person's own clock, so the answer is written with a day in hand. Its
 * link opens the interview's Outcome step, where the replies are drafted.
 */
import { clipText, EVENT_TITLE_CHARS } from '../messages/long-text';
import { addCalendarDays } from '../schedule/working-day';
import { wallTimeToInstant } from '../schedule/zoned-time';
import type { Interview } from '../records/model';
import { stepAddress } from '../shared/planner-address';
import { isWallDate } from '../shared/wall-time';
import { ALARM_MINUTES_BEFORE, EVENT_MINUTES, type FollowUpEvent } from './follow-up-events';

/** The reminder's id among the interview's events (its UID is made from it like a follow-up's). */
export const OFFER_REMINDER_ID = 'answer-offer';
/** When on the day before the reminder comes, on the person's clock. */
const MORNING = '09:00';

/**
 * The reminder to answer the offer, or undefined when there is none to give:
 * no offer, no real answer-by date, or a morning already past at `now`.
 *
 * @example offerReminder({ ...interview, outcome: 'offer', answerBy: '2026-03-20' }, 'Asia/Kuala_Lumpur', now)?.start.toISOString() //=> '2026-03-19T01:00:00.000Z'
 */
export function offerReminder(interview: Interview, yourZone: string, now: Date, plannerUrl?: string): FollowUpEvent | undefined {
  if (interview.outcome !== 'offer' || !isWallDate(interview.answerBy)) return undefined;
  const start = wallTimeToInstant(addCalendarDays(interview.answerBy, -1), MORNING, yourZone);
  if (Number.isNaN(start.getTime()) || start < now) return undefined;
  // A company name pasted at length is cut, so the title still says what to do.
  const company = clipText(interview.company.trim(), EVENT_TITLE_CHARS - 40).text || 'the employer';
  const address = plannerUrl && /^https?:\/\/[^\s?#]+$/i.test(plannerUrl) ? stepAddress(plannerUrl, { interviewId: interview.id, step: 'outcome' }) : undefined;
  const url = address?.includes('interview=') ? address : undefined;
  const description = [
    `You said you would answer ${company}'s offer by ${interview.answerBy}. Write your reply today: accept it in writing, decline politely, or ask before the day for more time.`,
    url ? `Your drafts: ${url}` : '',
    'Planned with Nudge.',
  ]
    .filter(Boolean)
    .join('\n\n');
  return {
    followUpId: OFFER_REMINDER_ID,
    title: `Answer the offer from ${company} by tomorrow`,
    start,
    durationMinutes: EVENT_MINUTES,
    description,
    alarmMinutesBefore: ALARM_MINUTES_BEFORE,
    ...(url ? { url } : {}),
  };
}
