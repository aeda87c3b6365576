/**
 * An interview → its dated follow-ups: the thank-you, check-ins every two
 * weeks, and a closing note, each placed on the interviewer's clock.
 *
 * The chain, in the interviewer's zone:
 * 1. Thank-you email, same evening or next working morning (`send-time.ts`).
 * 2. Check-in 1 on the hear-back date they gave, else 7 days after the
 *    interview, at the opening of the mid-morning call window (`call-window.ts`).
 * 3. Check-ins 2…N, each 14 days after the one before, alternating call and email.
 * 4. A closing email 14 days after the last check-in.
 *
 * Each date after the thank-you is at least 3 days after the one before it,
 * then moved off a weekend (Monday to Friday only: see `working-day.ts` on
 * holidays). Each step counts from where the previous follow-up actually
 * landed, so moving one shifts the rest. Recording an outcome stops it all.
 */
import { callWindow } from './call-window';
import { CHECK_IN_LIMIT_RANGE, DEFAULT_CHECK_IN_LIMIT } from '../records/constants';
import type { Channel, FollowUpState, FollowUpStatus, Interview } from '../records/model';
import { firstCheckInDate, parseMovedTo, placeOnWorkingDay, weekendMoveNote } from './follow-up-date';
import { thankYouSendTimes } from './send-time';
import { addCalendarDays } from './working-day';
import { instantToWallTime, isValidTimeZone, isWallDate, todayIn, wallTimeToInstant, type WallTime } from './zoned-time';

/** One dated follow-up, as the planner lists it and the calendar exports it. */
export interface FollowUp {
  /** Stable across edits: 'thank-you', 'check-in-1' … 'check-in-N', 'closing'. Keys `Interview.followUps`. */
  id: string;
  kind: 'thank-you' | 'check-in' | 'closing';
  channel: Channel;
  /** 1…N for check-ins, 0 for the thank-you and the closing note. */
  number: number;
  /** When it is due, as an instant. */
  due: Date;
  /** `due` on the interviewer's clock. */
  dueWallTime: WallTime;
  status: FollowUpStatus;
  /** The person moved it (`Interview.followUps[id].movedTo`). */
  moved: boolean;
  /** Plain-English reasons the date differs from the plain rule, for display. */
  adjustments: string[];
}

/** Check-ins after the first, and the closing note, come this many days after the previous follow-up. */
const STEP_DAYS = 14;

/**
 * `limit` as a whole number of check-ins within `CHECK_IN_LIMIT_RANGE`;
 * the default (5) when it is not a number at all.
 *
 * @example clampCheckInLimit(12) //=> 10
 */
export function clampCheckInLimit(limit: number): number {
  if (!Number.isFinite(limit)) return DEFAULT_CHECK_IN_LIMIT;
  return Math.min(CHECK_IN_LIMIT_RANGE.max, Math.max(CHECK_IN_LIMIT_RANGE.min, Math.round(limit)));
}

/**
 * The follow-ups for `interview`, in chain order: thank-you, check-ins, closing.
 *
 * Once an outcome is recorded only the history is left: the follow-ups marked
 * done or skipped. Empty while the interview date or zone is not valid yet.
 *
 * @example buildSchedule({ ...createInterview({ id: 'a', interviewerId: 'b', now: new Date('2026-03-02T08:00:00Z'), timeZone: 'Europe/London', today: '2026-03-02' }), checkInLimit: 1 }).map((f) => f.id) //=> ['thank-you', 'check-in-1', 'closing']
 */
export function buildSchedule(interview: Interview): FollowUp[] {
  if (!isWallDate(interview.date) || !isValidTimeZone(interview.timeZone)) return [];
  const limit = clampCheckInLimit(interview.checkInLimit);
  const other: Channel = interview.firstCheckIn === 'call' ? 'email' : 'call';

  const times = thankYouSendTimes(interview);
  const thankYou = interview.thankYouTiming === 'same-day' ? times.sameDay : times.nextMorning;
  const schedule = [followUp(interview, 'thank-you', 'thank-you', 'email', 0, { at: thankYou })];

  const first = firstCheckInDate(interview);
  for (let number = 1; number <= limit; number += 1) {
    const previous = schedule[schedule.length - 1]!.dueWallTime.date;
    const target = number === 1 ? first.date : addCalendarDays(previous, STEP_DAYS);
    const channel = number % 2 === 1 ? interview.firstCheckIn : other;
    const notes = number === 1 ? first.notes : [];
    schedule.push(followUp(interview, `check-in-${number}`, 'check-in', channel, number, { target, previous, notes }));
  }
  const last = schedule[schedule.length - 1]!.dueWallTime.date;
  schedule.push(
    followUp(interview, 'closing', 'closing', 'email', 0, { target: addCalendarDays(last, STEP_DAYS), previous: last, notes: [] }),
  );

  return interview.outcome === 'waiting' ? schedule : schedule.filter((item) => item.status !== 'pending');
}

/** Where a follow-up goes unless moved: a set instant, or a target date kept clear of the previous one. */
type Plan = { at: Date } | { target: string; previous: string; notes: string[] };

function followUp(
  interview: Interview,
  id: string,
  kind: FollowUp['kind'],
  channel: Channel,
  number: number,
  plan: Plan,
): FollowUp {
  const state: FollowUpState | undefined = interview.followUps[id];
  const movedTo = parseMovedTo(state?.movedTo);
  let due: Date;
  let adjustments: string[];
  if (movedTo) {
    // An explicit move is kept exactly, weekend or not; it only earns a note.
    due = wallTimeToInstant(movedTo.date, movedTo.time, interview.timeZone);
    adjustments = weekendMoveNote(movedTo.date);
  } else if ('at' in plan) {
    due = plan.at;
    adjustments = [];
  } else {
    const placed = placeOnWorkingDay(plan.target, plan.previous);
    due = callWindow(placed.date, interview).start;
    adjustments = [...plan.notes, ...placed.notes];
  }
  return {
    id,
    kind,
    channel,
    number,
    due,
    dueWallTime: instantToWallTime(due, interview.timeZone),
    status: state?.status ?? 'pending',
    moved: movedTo !== undefined,
    adjustments,
  };
}

/**
 * The follow-up to do next: the pending one due soonest. One already overdue
 * comes first, since it is still owed. `now` does not change the choice; it is
 * taken so callers can pass the same arguments as to `dueState`.
 *
 * @example nextFollowUp([{ ...thankYou, status: 'done' }, checkIn1, checkIn2], now)?.id //=> 'check-in-1'
 */
export function nextFollowUp(schedule: readonly FollowUp[], now: Date): FollowUp | undefined {
  return schedule
    .filter((item) => item.status === 'pending')
    .reduce<FollowUp | undefined>((soonest, item) => (!soonest || item.due.getTime() < soonest.due.getTime() ? item : soonest), undefined);
}

/** Where a follow-up stands against today's date. */
export type DueState = 'overdue' | 'today' | 'upcoming';

/**
 * Whether `followUp` was due before today, is due today, or is due later, by
 * the calendar in `timeZone` (pass the interviewer's) at `now`. A follow-up
 * due at 10:00 is still 'today' at 15:00. Status is not considered.
 *
 * @example dueState({ due: new Date('2026-03-09T10:00:00Z') }, new Date('2026-03-09T15:00:00Z'), 'Europe/London') //=> 'today'
 */
export function dueState(followUp: Pick<FollowUp, 'due'>, now: Date, timeZone: string): DueState {
  const dueDate = instantToWallTime(followUp.due, timeZone).date;
  const today = todayIn(timeZone, now);
  return dueDate < today ? 'overdue' : dueDate === today ? 'today' : 'upcoming';
}
