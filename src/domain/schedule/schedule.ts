/**
 * An interview → its dated follow-ups: the thank-you, check-ins about every
 * two weeks, and a closing note, each placed on the clock and calendar of the
 * person it goes to (`context.clock` and `context.holidays`: the interviewer's,
 * or a recruiter's in another country, `recipient-clock.ts`) and checked
 * against the person's own. The interview itself stays on its own clock.
 *
 * The chain, on the recipient's clock:
 * 1. Thank-you email, same day or next working morning (`send-time.ts`),
 *    never left in the past while it is pending (`thank-you-time.ts`).
 * 2. Check-in 1 on the first working day after the hear-back date they gave,
 *    on the date itself when the person proposed it (`notes.proposedDate`),
 *    else a week (or two) after the interview (`follow-up-date.ts`).
 * 3. Check-ins 2…N (default 3), each 14 days after the one before, or the
 *    first working day after a new date they gave; calls and emails alternate.
 * 4. A closing email 14 days after the last check-in.
 *
 * Each date after the thank-you is at least 3 days after the one before it,
 * then moved off the recipient's weekend, public holidays and office
 * closures (the `HolidayCalendar` passed in). Each step counts from where the previous
 * follow-up actually landed, so moving one shifts the rest. Calls go at a
 * time inside both people's days where one exists (`call-window.ts`); an
 * email due in the person's night is written the evening before and sent
 * with "Schedule send" (`send-time.ts`). Recording an outcome stops it all.
 */
import { callTime, callWindow } from './call-window';
import { CHECK_IN_LIMIT_RANGE, DEFAULT_CHECK_IN_LIMIT } from '../records/constants';
import type { Channel, FollowUpState, FollowUpStatus, Interview } from '../records/model';
import { firstCheckInTarget, movedOntoDayOffNote, nextCheckInTarget, parseMovedTo, placeOnWorkingDay, type PlacedDate } from './follow-up-date';
import type { HolidayCalendar } from './holiday-calendar';
import type { PersonDay } from './person-day';
import { emailSending, type ScheduleClock } from './send-time';
import { thankYouTime } from './thank-you-time';
import { instantToWallTime, todayIn, wallTimeToInstant, type WallTime } from './zoned-time';
import { isValidTimeZone, isWallDate } from '../shared/wall-time';

/** What a schedule depends on besides the interview. */
export interface ScheduleContext {
  /** The weekend, public holidays and closures of whoever the follow-ups go to (the interviewer's by default). */
  holidays: HolidayCalendar;
  /**
   * The zone and working day of whoever the follow-ups go to
   * (`recipient-clock.ts`); absent: the interview's own, as when they go to
   * the interviewers. The interview's own time stays on its own clock.
   */
  clock?: ScheduleClock;
  /** The person's own day, on their clock. */
  person: PersonDay;
  /** The current time: a thank-you whose time has passed is proposed again from here. */
  now: Date;
}

/** One dated follow-up, as the planner lists it and the calendar exports it. */
export interface FollowUp {
  /** Stable across edits: 'thank-you', 'check-in-1' … 'check-in-N', 'closing'. Keys `Interview.followUps`. */
  id: string;
  kind: 'thank-you' | 'check-in' | 'closing';
  channel: Channel;
  /** 1…N for check-ins, 0 for the thank-you and the closing note. */
  number: number;
  /** When it reaches them: the email arrives, or the call is made. */
  due: Date;
  /** `due` on the clock it is timed on (`timeZone`: the recipient's). */
  dueWallTime: WallTime;
  /** The zone of the clock it is timed on: the person it goes to, the interview's own by default. */
  timeZone: string;
  /** When the person acts: `due`, or the evening before for an email sent with "Schedule send". */
  remindAt: Date;
  /** An email due in the person's night: write it while awake and schedule it in the email app. */
  scheduleSend: boolean;
  /** A call for which no time suits both days: `due` is the time nearest the person's day. */
  outsideYourDay: boolean;
  status: FollowUpStatus;
  /** "They said: by …" on this follow-up, `''` when none. */
  saidBy: string;
  /** The person moved it (`Interview.followUps[id].movedTo`). */
  moved: boolean;
  /** Plain-English reasons the time differs from the plain rule, for display. */
  adjustments: string[];
}

/**
 * `limit` as a whole number of check-ins within `CHECK_IN_LIMIT_RANGE` (1 to 6);
 * the default (3) when it is not a number at all.
 *
 * @example clampCheckInLimit(12) //=> 6
 */
export function clampCheckInLimit(limit: number): number {
  if (!Number.isFinite(limit)) return DEFAULT_CHECK_IN_LIMIT;
  return Math.min(CHECK_IN_LIMIT_RANGE.max, Math.max(CHECK_IN_LIMIT_RANGE.min, Math.round(limit)));
}

/**
 * Every follow-up of `interview` in chain order, whatever its outcome:
 * thank-you, check-ins, closing. Empty while the date or zone is not valid.
 * (The calendar uses this to cancel what an outcome ended; the planner shows
 * `buildSchedule`.)
 *
 * @example buildChain({ ...interview, checkInLimit: 1 }, context).map((f) => f.id) //=> ['thank-you', 'check-in-1', 'closing']
 */
export function buildChain(interview: Interview, context: ScheduleContext): FollowUp[] {
  if (!isWallDate(interview.date) || !isValidTimeZone(interview.timeZone) || (context.clock && !isValidTimeZone(context.clock.timeZone))) return [];
  const limit = clampCheckInLimit(interview.checkInLimit);
  const other: Channel = interview.firstCheckIn === 'call' ? 'email' : 'call';
  const pending = (interview.followUps['thank-you']?.status ?? 'pending') === 'pending';
  const clock = context.clock ?? interview;
  const thanks = thankYouTime(interview, context.holidays, pending, context.now, clock);
  const chain = [followUp(interview, context, { id: 'thank-you', kind: 'thank-you', channel: 'email', number: 0 }, thanks)];

  const next = (): Plan => {
    const last = chain[chain.length - 1]!;
    const previous = last.dueWallTime.date;
    const target = last.kind === 'thank-you' ? firstCheckInTarget(interview) : nextCheckInTarget({ date: previous, status: last.status, saidBy: last.saidBy });
    return { ...target, previous };
  };
  for (let number = 1; number <= limit; number += 1) {
    const channel = number % 2 === 1 ? interview.firstCheckIn : other;
    chain.push(followUp(interview, context, { id: `check-in-${number}`, kind: 'check-in', channel, number }, next()));
  }
  chain.push(followUp(interview, context, { id: 'closing', kind: 'closing', channel: 'email', number: 0 }, next()));
  return chain;
}

/**
 * Whether the follow-ups of `interview` have stopped: an outcome is recorded,
 * or the interview was cancelled (their invitation was withdrawn).
 *
 * @example followUpsStopped({ outcome: 'waiting', cancelledAt: '2026-03-17T09:00:00.000Z' }) //=> true
 */
export function followUpsStopped(interview: Pick<Interview, 'outcome' | 'cancelledAt'>): boolean {
  return interview.outcome !== 'waiting' || interview.cancelledAt !== '';
}

/**
 * The follow-ups for `interview`, in chain order. Once an outcome is recorded
 * (or the interview is cancelled) only the history is left: the follow-ups
 * marked done or skipped.
 *
 * @example buildSchedule({ ...interview, outcome: 'offer' }, context).length //=> 0
 */
export function buildSchedule(interview: Interview, context: ScheduleContext): FollowUp[] {
  const chain = buildChain(interview, context);
  return followUpsStopped(interview) ? chain.filter((item) => item.status !== 'pending') : chain;
}

type Identity = Pick<FollowUp, 'id' | 'kind' | 'channel' | 'number'>;

/** Where a follow-up goes unless moved: a set instant, or a target date kept clear of the previous one. */
type Plan = { due: Date; notes: string[] } | (PlacedDate & { previous: string });

function followUp(interview: Interview, context: ScheduleContext, identity: Identity, plan: Plan): FollowUp {
  const clock = context.clock ?? interview;
  const state: FollowUpState | undefined = interview.followUps[identity.id];
  const movedTo = parseMovedTo(state?.movedTo);
  const call = identity.channel === 'call';
  let due: Date;
  let adjustments: string[];
  let outsideYourDay = false;
  if (movedTo) {
    // An explicit move is kept exactly, day off or not; it only earns a note. It is stored on the
    // interview's clock (model.ts), so records kept before recipients had clocks keep their meaning.
    due = wallTimeToInstant(movedTo.date, movedTo.time, interview.timeZone);
    adjustments = movedOntoDayOffNote(instantToWallTime(due, clock.timeZone).date, context.holidays);
  } else if ('due' in plan) {
    due = plan.due;
    adjustments = plan.notes;
  } else {
    const placed = placeOnWorkingDay(plan.date, plan.previous, context.holidays);
    adjustments = [...plan.notes, ...placed.notes];
    if (call) {
      const slot = callTime(placed.date, clock, context.person);
      due = slot.at;
      outsideYourDay = slot.shared === undefined;
    } else {
      due = callWindow(placed.date, clock).start;
    }
  }
  const email = call ? undefined : emailSending(due, context.person, context.now);
  return {
    ...identity,
    due,
    dueWallTime: instantToWallTime(due, clock.timeZone),
    timeZone: clock.timeZone,
    remindAt: email?.remindAt ?? due,
    scheduleSend: email?.scheduleSend ?? false,
    outsideYourDay,
    status: state?.status ?? 'pending',
    saidBy: state?.saidBy ?? '',
    moved: movedTo !== undefined,
    adjustments,
  };
}

/**
 * The follow-up to do next: the pending one due soonest. One already overdue
 * comes first, since it is still owed.
 *
 * @example nextFollowUp([{ ...thankYou, status: 'done' }, checkIn1, checkIn2])?.id //=> 'check-in-1'
 */
export function nextFollowUp(schedule: readonly FollowUp[]): FollowUp | undefined {
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
