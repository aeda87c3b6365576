/**
 * The text of every number, date and time the guide shares with the planner,
 * read from the domain at build time: the schedule's rules (`rule.stepDays`
 * → "fourteen") and the worked examples' dates (`priya.hearBack` → "Friday
 * 13 March"). `Fact.astro` prints it inside a page, and the guide's unit
 * tests use the same function to read worked emails as a reader sees them,
 * so a rule or an example changes on every page the moment the domain does.
 */
import { CHECK_IN_AFTER_WEEKS, CHECK_IN_LIMIT_RANGE, DEFAULT_CHECK_IN_LIMIT, DEFAULT_WORKDAY_START } from '../../domain/records/constants';
import { PRIYA_INVITED_ON, PRIYA_OFFER } from '../../domain/examples/priya-final-round';
import { PRIYA_JANE_BACK_ON } from '../../domain/examples/priya-out-of-office';
import { WORD_LIMITS } from '../../domain/messages/check-kinds';
import { SUBJECT_LIMIT } from '../../domain/messages/email-draft';
import { OPENS_AFTER_MINUTES } from '../../domain/schedule/call-window';
import { MIN_GAP_DAYS, STEP_DAYS } from '../../domain/schedule/follow-up-date';
import { EVENING, HOURS_AFTER_START, MINUTES_BEFORE_WORKDAY } from '../../domain/schedule/send-time';
import { addCalendarDays } from '../../domain/schedule/working-day';
import { instantToWallTime, wallTimeToInstant, type WallTime } from '../../domain/schedule/zoned-time';
import { followUpOf, WORKED_EXAMPLES, type ExampleName } from './worked-examples';

/** How a date or time is shown: see `factText`. */
export type FactShow = 'date' | 'short' | 'weekday' | 'dayMonth' | 'time' | 'dateTime' | 'yourTime' | 'yourDate' | 'reminder';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];

/** A whole number as the guide writes it in prose: in words up to fourteen. */
function inWords(value: number): string {
  return WORDS[value] ?? String(value);
}

/** The rules' numbers and times, as the guide states them. */
const RULES: Record<string, () => string> = {
  defaultCheckIns: () => inWords(DEFAULT_CHECK_IN_LIMIT),
  minCheckIns: () => inWords(CHECK_IN_LIMIT_RANGE.min),
  maxCheckIns: () => inWords(CHECK_IN_LIMIT_RANGE.max),
  minGapDays: () => inWords(MIN_GAP_DAYS),
  stepDays: () => inWords(STEP_DAYS),
  stepWeeks: () => inWords(STEP_DAYS / 7),
  checkInAfterWeeks: () => CHECK_IN_AFTER_WEEKS.map(inWords).join(' or '),
  sameDayEvening: () => EVENING,
  hoursAfterStart: () => inWords(HOURS_AFTER_START),
  minutesBeforeWorkday: () => String(MINUTES_BEFORE_WORKDAY),
  callMargin: () => (OPENS_AFTER_MINUTES === 60 ? 'hour' : `${OPENS_AFTER_MINUTES} minutes`),
  defaultWorkdayStart: () => DEFAULT_WORKDAY_START,
  thankYouWords: () => String(WORD_LIMITS.target['thank-you']),
  checkInWords: () => String(WORD_LIMITS.target['check-in']),
  subjectCharacters: () => String(SUBJECT_LIMIT),
};

/** Dates of a story that are not follow-ups: when something happened in it. */
const STORY_DATES: Partial<Record<ExampleName, Record<string, string>>> = {
  priya: { invited: PRIYA_INVITED_ON, offerMade: PRIYA_OFFER.madeOn, offerAnswerBy: PRIYA_OFFER.answerBy },
  priyaAway: { backOn: PRIYA_JANE_BACK_ON },
};

/**
 * A plain date as the guide writes it: "Friday 13 March", or "Fri 13 March"
 * when short, "Friday" or "13 March".
 *
 * @example guideDate('2026-03-13') //=> 'Friday 13 March'
 */
export function guideDate(date: string, style: 'long' | 'short' | 'weekday' | 'dayMonth' = 'long'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const options: Intl.DateTimeFormatOptions =
    style === 'weekday' ? { weekday: 'long' } : style === 'dayMonth' ? { day: 'numeric', month: 'long' } : { weekday: style, day: 'numeric', month: 'long' };
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(year, month - 1, day, 12))).replace(',', '');
}

/** Hours a zone is ahead of another at an instant (negative when behind). */
function hoursAhead(of: string, than: string, at: Date): number {
  const wall = (zone: string) => {
    const { date, time } = instantToWallTime(at, zone);
    return wallTimeToInstant(date, time, 'UTC').getTime();
  };
  return (wall(of) - wall(than)) / 3_600_000;
}

/** Facts about the two clocks of an example: how far apart they are, and when that changes next. */
function clockFact(name: ExampleName, what: string): string | undefined {
  const { interview, person } = WORKED_EXAMPLES[name];
  const start = wallTimeToInstant(interview.date, interview.time, interview.timeZone);
  const gap = hoursAhead(interview.timeZone, person.timeZone, start);
  if (what === 'hoursAhead') return inWords(Math.abs(gap));
  if (what !== 'clockChange' && what !== 'hoursAheadAfter') return undefined;
  // The first day, within a year, on which the gap at the same hour differs.
  for (let days = 1; days <= 366; days += 1) {
    const date = addCalendarDays(interview.date, days);
    const later = hoursAhead(interview.timeZone, person.timeZone, wallTimeToInstant(date, interview.time, interview.timeZone));
    if (later !== gap) return what === 'clockChange' ? guideDate(date) : inWords(Math.abs(later));
  }
  throw new Error(`The clocks of ${name} keep the same gap all year`);
}

/** The wall time of a dated thing in an example: the interview, a story date or a follow-up. */
function wallOf(name: ExampleName, what: string): { wall: WallTime; instant?: Date; remindAt?: Date } {
  const { interview } = WORKED_EXAMPLES[name];
  if (what === 'interview') return { wall: { date: interview.date, time: interview.time }, instant: wallTimeToInstant(interview.date, interview.time, interview.timeZone) };
  if (what === 'hearBack') return { wall: { date: interview.hearBackBy, time: '' } };
  if (what === 'saidBy') return { wall: { date: followUpOf(name, 'check-in-1').saidBy, time: '' } };
  const story = STORY_DATES[name]?.[what];
  if (story) return { wall: { date: story, time: '' } };
  const followUp = followUpOf(name, what);
  return { wall: followUp.dueWallTime, instant: followUp.due, remindAt: followUp.remindAt };
}

/**
 * The guide's text for `of`: `rule.<name>` for a rule's number or time, or
 * `<example>.<what>` for a worked example's date (`interview`, `hearBack`,
 * `saidBy`, a follow-up id such as `check-in-1`, a story date such as
 * `offerMade`) or clocks (`hoursAhead`, `clockChange`, `hoursAheadAfter`).
 * `show` picks how a date is written: `date` "Friday 13 March" (default),
 * `short` "Fri 13 March", `weekday` "Friday", `dayMonth` "13 March", `time`
 * "08:30" on their clock, `dateTime` "Monday 16 March at 10:00", `yourTime`
 * and `yourDate` on the person's own clock, `reminder` when the person acts
 * on it, on their clock ("Tuesday 24 March at 21:30").
 * Throws for anything it does not know, so a typo fails the build.
 *
 * @example factText('priya.hearBack') //=> 'Friday 13 March'
 * @example factText('rule.stepDays') //=> 'fourteen'
 */
export function factText(of: string, show: FactShow = 'date'): string {
  const [scope = '', what = '', ...rest] = of.split('.');
  if (rest.length > 0 || what === '') throw new Error(`Unknown fact "${of}"`);
  if (scope === 'rule') {
    const rule = RULES[what];
    if (!rule) throw new Error(`Unknown rule "${of}"`);
    return rule();
  }
  if (!(scope in WORKED_EXAMPLES)) throw new Error(`Unknown worked example in "${of}"`);
  const name = scope as ExampleName;
  const clocks = clockFact(name, what);
  if (clocks !== undefined) return clocks;
  const { wall, instant, remindAt } = wallOf(name, what);
  const person = WORKED_EXAMPLES[name].person.timeZone;
  const needs = (value: Date | undefined) => {
    if (!value) throw new Error(`"${of}" has no time to show as ${show}`);
    return instantToWallTime(value, person);
  };
  switch (show) {
    case 'date':
      return guideDate(wall.date);
    case 'short':
    case 'weekday':
    case 'dayMonth':
      return guideDate(wall.date, show);
    case 'time':
      if (!wall.time) throw new Error(`"${of}" has no time`);
      return wall.time;
    case 'dateTime':
      if (!wall.time) throw new Error(`"${of}" has no time`);
      return `${guideDate(wall.date)} at ${wall.time}`;
    case 'yourTime':
      return needs(instant).time;
    case 'yourDate':
      return guideDate(needs(instant).date);
    case 'reminder': {
      const at = needs(remindAt);
      return `${guideDate(at.date)} at ${at.time}`;
    }
  }
}
