/**
 * Where each interview stands, for the list of interviews and the "This week"
 * agenda: its follow-ups still to do, the next one, and which are due soon.
 *
 * The one place the list reads the schedule: everything here goes through the
 * public functions of `schedule.ts` (`buildSchedule`, `nextFollowUp`,
 * `dueState`), so a change to the rules (holidays, working days) reaches the
 * list without touching it. Building a schedule is the costly part, so
 * `overviewOf` does not take `now`: the planner keeps one overview per
 * interview until that interview changes, and only the cheap `due…` functions
 * run again as the clock moves.
 */
import type { Interview } from '../records/model';
import { buildSchedule, dueState, nextFollowUp, type DueState, type FollowUp, type ScheduleContext } from './schedule';
import { addCalendarDays } from './working-day';
import { todayIn } from './zoned-time';
import { isValidTimeZone, isWallDate } from '../shared/wall-time';

/** One interview's follow-ups, as the list needs them. */
export interface InterviewOverview {
  /** The whole schedule, as `buildSchedule` made it. */
  schedule: FollowUp[];
  /** Follow-ups still to do, soonest first. */
  pending: FollowUp[];
  /**
   * Why nothing can be planned, when the interview's date or zone cannot be
   * read: `'date'` (missing or not a real date, such as 2026-02-30) or `'zone'`.
   */
  blockedBy: 'date' | 'zone' | undefined;
}

/** A follow-up due soon, with the interview it belongs to. */
export interface DueItem {
  interviewId: string;
  followUp: FollowUp;
  due: DueState;
}

/**
 * Why nothing can be planned for `interview` (see `InterviewOverview.blockedBy`), or undefined.
 *
 * @example planningBlockedBy({ ...interview, timeZone: 'Mars/Olympus' }) //=> 'zone'
 */
export function planningBlockedBy(interview: Pick<Interview, 'date' | 'timeZone'>): InterviewOverview['blockedBy'] {
  return !isWallDate(interview.date) ? 'date' : !isValidTimeZone(interview.timeZone) ? 'zone' : undefined;
}

/**
 * The overview of `interview` under `context` (the interviewer's holidays,
 * the person's day, and the time it was built: a thank-you whose time has
 * passed is proposed again from then). Inputs are not changed.
 *
 * @example overviewOf({ ...interview, date: '2026-02-30' }, context).blockedBy //=> 'date'
 */
export function overviewOf(interview: Interview, context: ScheduleContext): InterviewOverview {
  const blockedBy = planningBlockedBy(interview);
  if (blockedBy) return { schedule: [], pending: [], blockedBy };
  const schedule = buildSchedule(interview, context);
  const pending = schedule.filter((item) => item.status === 'pending').sort((a, b) => a.due.getTime() - b.due.getTime());
  return { schedule, pending, blockedBy };
}

/**
 * The follow-up to do next at `now` (see `nextFollowUp`), and whether it is
 * overdue, due today or later by the calendar in `timeZone` (the
 * interviewer's); undefined when none is planned.
 *
 * @example nextDue(overviewOf(interview), new Date('2026-03-03T15:00:00Z'), 'Europe/London') //=> { followUp: { id: 'thank-you', … }, due: 'today' }
 */
export function nextDue(overview: InterviewOverview, now: Date, timeZone: string): { followUp: FollowUp; due: DueState } | undefined {
  const followUp = nextFollowUp(overview.schedule);
  return followUp ? { followUp, due: dueState(followUp, now, timeZone) } : undefined;
}

/** How many calendar days the agenda looks ahead, today included. */
export const AGENDA_DAYS = 7;
/**
 * How many days back the agenda still shows a follow-up not done: one owed
 * since last week is what to do now; older ones are left to the list's "due
 * today or overdue" filter (after a long search they can number in the hundreds).
 */
export const AGENDA_OVERDUE_DAYS = 14;

/**
 * The "This week" agenda: every follow-up still to do, across all interviews,
 * that falls within `AGENDA_DAYS` days from today on its interviewer's
 * calendar, soonest first. Overdue ones are left to the list's "due today or
 * overdue" filter: after a long search they can number in the hundreds.
 *
 * @example thisWeek([{ interviewId: 'a', overview, timeZone: 'Europe/London' }], new Date('2026-03-03T15:00:00Z')).map((item) => item.followUp.id) //=> ['thank-you']
 */
export function thisWeek(interviews: readonly { interviewId: string; overview: InterviewOverview; timeZone: string }[], now: Date): DueItem[] {
  return agendaOrder(interviews.flatMap(({ interviewId, overview, timeZone }) => dueWithin(interviewId, overview, now, timeZone, AGENDA_DAYS)));
}

/**
 * Agenda items in the agenda's order, as a new array: soonest first, then by
 * interview. For callers that keep each interview's `dueWithin` themselves.
 *
 * @example agendaOrder([...dueWithin('b', overviewB, now, zoneB, AGENDA_DAYS), ...dueWithin('a', overviewA, now, zoneA, AGENDA_DAYS)])
 */
export function agendaOrder(items: readonly DueItem[]): DueItem[] {
  return [...items].sort((a, b) => a.followUp.due.getTime() - b.followUp.due.getTime() || (a.interviewId < b.interviewId ? -1 : a.interviewId > b.interviewId ? 1 : 0));
}

/**
 * The follow-ups still to do that fall within `days` calendar days from today
 * (today counts as the first), and the `daysBack` days before it (overdue,
 * still owed), on the interviewer's calendar.
 *
 * @example dueWithin('a', overviewOf(interview), new Date('2026-03-03T15:00:00Z'), 'Europe/London', 7).map((item) => item.followUp.id) //=> ['thank-you']
 */
export function dueWithin(interviewId: string, overview: InterviewOverview, now: Date, timeZone: string, days: number, daysBack = 0): DueItem[] {
  if (overview.pending.length === 0) return [];
  const today = todayIn(timeZone, now);
  const first = addCalendarDays(today, -daysBack);
  const last = addCalendarDays(today, days - 1);
  return overview.pending
    .filter((followUp) => followUp.dueWallTime.date >= first && followUp.dueWallTime.date <= last)
    .map((followUp) => ({ interviewId, followUp, due: dueState(followUp, now, timeZone) }));
}
