/**
 * Which day a scheduled follow-up falls on, and why, before `schedule.ts`
 * gives it a time: where the first check-in starts from, where a check-in
 * goes after they gave a new date ("They said: by …"), the minimum gap after
 * the previous follow-up, days off (weekends and public holidays), and the
 * person's own moves. The reasons are plain-English notes for the planner.
 */
import type { Interview, Notes } from '../records/model';
import type { HolidayCalendar } from './holiday-calendar';
import { addCalendarDays, calendarDaysBetween, dayOffReason, onOrAfterWorkingDay, shortDate } from './working-day';
import { type WallTime } from './zoned-time';
import { isWallDate, isWallTime } from '../shared/wall-time';

/** Each follow-up after the thank-you is at least this many calendar days after the one before. */
export const MIN_GAP_DAYS = 3;
/** Check-ins after the first, and the closing note, come this many days after the previous follow-up. */
export const STEP_DAYS = 14;

/** A date (`YYYY-MM-DD`) and the reasons it was chosen over the plain rule. */
export interface PlacedDate {
  date: string;
  notes: string[];
}

/**
 * The day the first check-in aims for, before the gap and day-off rules: the
 * day after the hear-back date they gave (the first working day after it,
 * once days off are skipped), with a note naming that date, so a move off a
 * weekend reads as part of the rule; or, when the person proposed that date
 * themselves (`notes.proposedDate`: they gave none, so the person suggested
 * one and they agreed), that very day, since it is the day the person said
 * they would be in touch; or, with no date, one or two weeks after the
 * interview (`checkInAfterWeeks`). A hear-back date that cannot be used is
 * ignored, with a note.
 *
 * @example firstCheckInTarget({ date: '2026-03-03', hearBackBy: '2026-03-13', checkInAfterWeeks: 1 }) //=> { date: '2026-03-14', notes: ['They said you would hear by Fri 13 Mar, so this waits for the first working day after it.'] }
 * @example firstCheckInTarget({ date: '2026-03-03', hearBackBy: '2026-03-12', checkInAfterWeeks: 1, notes: { proposedDate: true } }) //=> { date: '2026-03-12', notes: ['You proposed Thu 12 Mar yourself, so this is on that day.'] }
 */
export function firstCheckInTarget(
  interview: Pick<Interview, 'date' | 'hearBackBy' | 'checkInAfterWeeks'> & { notes?: Pick<Notes, 'proposedDate'> },
): PlacedDate {
  const weeks = interview.checkInAfterWeeks;
  const fallback = addCalendarDays(interview.date, 7 * weeks);
  const { hearBackBy } = interview;
  if (hearBackBy === '') return { date: fallback, notes: [] };
  const instead = `so this is ${weeks === 1 ? 'a week' : `${weeks} weeks`} after the interview instead.`;
  if (!isWallDate(hearBackBy)) return { date: fallback, notes: [`The hear-back date "${hearBackBy}" is not a date, ${instead}`] };
  if (calendarDaysBetween(interview.date, hearBackBy) <= 0) {
    return { date: fallback, notes: [`The hear-back date ${hearBackBy} is not after the interview, ${instead}`] };
  }
  if (interview.notes?.proposedDate === true) {
    return { date: hearBackBy, notes: [`You proposed ${shortDate(hearBackBy)} yourself, so this is on that day.`] };
  }
  return {
    date: addCalendarDays(hearBackBy, 1),
    notes: [`They said you would hear by ${shortDate(hearBackBy)}, so this waits for the first working day after it.`],
  };
}

/**
 * Where the check-in after `previous` aims: the day after the date they gave
 * on it ("They said: by …", when it is marked done with a usable date), else
 * `STEP_DAYS` after it.
 *
 * @example nextCheckInTarget({ date: '2026-03-16', status: 'done', saidBy: '2026-03-27' }) //=> { date: '2026-03-28', notes: ['They said: by Fri 27 Mar, so this waits for the first working day after it.'] }
 */
export function nextCheckInTarget(previous: { date: string; status: string; saidBy: string }): PlacedDate {
  const step = { date: addCalendarDays(previous.date, STEP_DAYS), notes: [] };
  if (previous.status !== 'done' || previous.saidBy === '') return step;
  if (!isWallDate(previous.saidBy) || previous.saidBy <= previous.date) {
    return { ...step, notes: [`"They said: by ${previous.saidBy}" is not a date after that check-in, so this is ${STEP_DAYS} days on instead.`] };
  }
  return {
    date: addCalendarDays(previous.saidBy, 1),
    notes: [`They said: by ${shortDate(previous.saidBy)}, so this waits for the first working day after it.`],
  };
}

/**
 * `target`, pushed later to stay at least 3 days after `previous` (the day of
 * the follow-up before), then moved off the interviewer's days off.
 *
 * @example placeOnWorkingDay('2026-12-25', '2026-12-01', singapore) //=> { date: '2026-12-28', notes: ['Moved from Fri 25 Dec: Christmas Day in Singapore, then the weekend.'] }
 */
export function placeOnWorkingDay(target: string, previous: string, holidays: HolidayCalendar): PlacedDate {
  const notes: string[] = [];
  let date = target;
  const earliest = addCalendarDays(previous, MIN_GAP_DAYS);
  if (calendarDaysBetween(date, earliest) > 0) {
    notes.push(`Moved from ${shortDate(date)}: at least ${MIN_GAP_DAYS} days after the previous follow-up.`);
    date = earliest;
  }
  const working = onOrAfterWorkingDay(date, holidays);
  if (working.note) notes.push(working.note);
  return { date: working.date, notes };
}

/**
 * Where the person moved a follow-up to: `Interview.followUps[id].movedTo`
 * (`YYYY-MM-DDTHH:mm`) split into its parts, or undefined when there is no
 * move or it is malformed (then the follow-up keeps its scheduled time).
 *
 * @example parseMovedTo('2026-03-11T14:30') //=> { date: '2026-03-11', time: '14:30' }
 */
export function parseMovedTo(text: string | undefined): WallTime | undefined {
  const [date = '', time = '', ...rest] = (text ?? '').split('T');
  return isWallDate(date) && isWallTime(time) && rest.length === 0 ? { date, time } : undefined;
}

/**
 * The note for a follow-up the person moved onto a day off (it stays there).
 *
 * @example movedOntoDayOffNote('2026-12-25', singapore) //=> ['You moved this to Fri 25 Dec (Christmas Day in Singapore); they may not see it until their next working day.']
 */
export function movedOntoDayOffNote(date: string, holidays: HolidayCalendar): string[] {
  const reason = dayOffReason(date, holidays);
  return reason ? [`You moved this to ${shortDate(date)} (${reason}); they may not see it until their next working day.`] : [];
}
