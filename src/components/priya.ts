/**
 * Priya's worked example computed at build time, for the guide's components:
 * her interview (`domain/examples/priya.ts`), England's public holidays from
 * `date-holidays`, and the schedule the planner would show her.
 */
import { data as holidayFile } from 'date-holidays/data';
import { PRIYA_DAY, PRIYA_INTERVIEWER_PLACE, PRIYA_PLANNED_AT, priyaInterview } from '../domain/examples/priya';
import { withAddedHolidays } from '../domain/schedule/holiday-rules/added-holidays';
import { holidayCalendarFromData } from '../domain/schedule/holidays-from-data';
import { buildSchedule, type FollowUp } from '../domain/schedule/schedule';

const interview = priyaInterview();
const holidays = holidayCalendarFromData(withAddedHolidays(holidayFile as { holidays: Record<string, object> }), PRIYA_INTERVIEWER_PLACE);

/** Priya's interview record. */
export const priya = interview;
/** Her schedule, as the planner shows it on the evening of the interview. */
export const priyaSchedule: FollowUp[] = buildSchedule(interview, { holidays, person: PRIYA_DAY, now: PRIYA_PLANNED_AT });

/**
 * A plain date as the guide writes it: "Friday 13 March", or "Fri 13 March" when short.
 *
 * @example guideDate('2026-03-13') //=> 'Friday 13 March'
 */
export function guideDate(date: string, style: 'long' | 'short' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: style, day: 'numeric', month: 'long' })
    .format(new Date(Date.UTC(year, month - 1, day, 12)))
    .replace(',', '');
}

/** One of her follow-ups by id. */
export function priyaFollowUp(id: string): FollowUp {
  const found = priyaSchedule.find((item) => item.id === id);
  if (!found) throw new Error(`Priya's schedule has no ${id}`);
  return found;
}
