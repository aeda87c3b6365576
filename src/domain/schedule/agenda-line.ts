/**
 * One item of the planner's "Next, on your clock" agenda as one sentence: the
 * person's own time first, then the recipient's ("8:30 pm your time: write the
 * thank-you to Tom Hughes; it reaches them at 12:30 pm London time"), and,
 * when the recipient's working hours are now, "Send now: it is 9:00 am for
 * Tom Hughes". The person in Kuala Lumpur acts on her clock; the recipient
 * reads on theirs, so each time is named by its clock (`shared/zone-city.ts`).
 *
 * Pure: `now`, both zones, the recipient's working hours and holidays and the
 * locale are passed in. The recipient's clock is the one their follow-ups
 * are timed on (`recipient-clock.ts`): a recruiter's own, not the interview's.
 */
import { addHours } from 'date-fns';
import type { HolidayCalendar } from './holiday-calendar';
import { isAwake, type PersonDay } from './person-day';
import type { FollowUp } from './schedule';
import { addCalendarDays, isWorkingDay } from './working-day';
import { instantToWallTime, todayIn } from './zoned-time';
import { dateTimeFormat } from '../shared/date-time-format';
import { zoneClockName } from '../shared/zone-city';

/** Whose inbox or phone the follow-up reaches, and the clock they read it on. */
export interface RecipientClock {
  /** As typed; `''` reads as "the interviewer". */
  name: string;
  timeZone: string;
  /** Their working day, `HH:mm` on their clock. */
  workdayStart: string;
  workdayEnd: string;
  /** Their weekend and public holidays. */
  holidays: HolidayCalendar;
}

/** What `agendaLine` needs to say one item. */
export interface AgendaLineInput {
  followUp: Pick<FollowUp, 'kind' | 'channel' | 'number' | 'due' | 'remindAt' | 'scheduleSend' | 'status'>;
  recipient: RecipientClock;
  /** The person's own day, on their clock (the browser's zone). */
  person: PersonDay;
  /** When the interview began: nothing is sent "now" before it has ended. */
  interviewStart: Date;
  now: Date;
  /** BCP 47; decides 12- or 24-hour time and the date's order. Default: the runtime's. */
  locale?: string;
}

/** One agenda item, as the planner shows it. */
export interface AgendaLine {
  /** When the person acts, on their clock: "8:30 pm", "Tomorrow, 9:00 am", "Thu 5 Mar, 9:00 am". */
  yours: string;
  /** When it reaches the recipient, on theirs, named: "12:30 pm London time"; `''` when both clocks read the same. */
  theirs: string;
  /** The whole sentence, the person's time first. */
  sentence: string;
  /** "Send now: it is 9:00 am for Tom Hughes", when an email can go now; else undefined. */
  sendNow?: string;
}

/**
 * Names as a sentence reads them, blanks left out: "Jane Tan and Tom Hughes";
 * `''` when none is named.
 *
 * @example namesText(['Jane Tan', ' ', 'Tom Hughes', 'Ben Lee']) //=> 'Jane Tan, Tom Hughes and Ben Lee'
 */
export function namesText(names: readonly string[]): string {
  const named = names.map((name) => name.trim()).filter((name) => name !== '');
  return named.length <= 1 ? (named[0] ?? '') : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/** How long after the interview began it is surely over: the thank-you is never sent during it. */
const INTERVIEW_HOURS = 1;

/**
 * The agenda's sentence for one follow-up (see the module comment).
 *
 * @example agendaLine({ followUp: thankYou, recipient: tomInLondon, person: priyaInKualaLumpur, interviewStart, now: new Date('2026-03-03T09:00:00Z'), locale: 'en-GB' }).sendNow //=> 'Send now: it is 09:00 for Tom Hughes'
 */
export function agendaLine(input: AgendaLineInput): AgendaLine {
  const { followUp, recipient, person, now, locale } = input;
  const name = recipient.name.trim() || 'the interviewer';
  const today = todayIn(person.timeZone, now);
  // An email due in the person's night is written the evening before and sent with "Schedule send".
  const acts = followUp.channel === 'email' && followUp.scheduleSend ? followUp.remindAt : followUp.due;
  const yours = onYourClock(acts, person.timeZone, today, locale);
  const sameClock = time(followUp.due, person.timeZone, locale) === time(followUp.due, recipient.timeZone, locale) && dateOf(followUp.due, person.timeZone) === dateOf(followUp.due, recipient.timeZone);
  const theirs = sameClock ? '' : onTheirClock(followUp.due, recipient.timeZone, dateOf(acts, person.timeZone), locale);
  const what = action(followUp, name);
  const scheduled = followUp.channel === 'email' && followUp.scheduleSend ? ` and schedule it for ${timeThenDay(followUp.due, person.timeZone, dateOf(acts, person.timeZone), locale)} your time` : '';
  const reach = theirs === '' ? '' : followUp.channel === 'call' ? `; that is ${theirs} for them` : `; it reaches them at ${theirs}`;
  const sentence = `${yours}${theirs === '' ? '' : ' your time'}: ${what}${scheduled}${reach}.`;
  const sendNow = canSendNow(input) ? `Send now: it is ${time(now, recipient.timeZone, locale)} for ${name}` : undefined;
  return { yours, theirs, sentence, ...(sendNow ? { sendNow } : {}) };
}

/**
 * Whether an email still to send can go now: the interview is over, it is
 * within the recipient's working hours on one of their working days, the
 * person is awake, and it is the thank-you (best sent early) or already due
 * on the recipient's calendar.
 *
 * @example canSendNow({ ...input, now: new Date('2026-03-03T09:00:00Z') }) //=> true at 9:00 in London, 17:00 in Kuala Lumpur
 */
export function canSendNow(input: AgendaLineInput): boolean {
  const { followUp, recipient, person, now } = input;
  if (followUp.channel !== 'email' || followUp.status !== 'pending') return false;
  if (now < addHours(input.interviewStart, INTERVIEW_HOURS) || !isAwake(now, person)) return false;
  const there = instantToWallTime(now, recipient.timeZone);
  if (!isWorkingDay(there.date, recipient.holidays) || there.time < recipient.workdayStart || there.time >= recipient.workdayEnd) return false;
  return followUp.kind === 'thank-you' || dateOf(followUp.due, recipient.timeZone) <= there.date;
}

function action(followUp: AgendaLineInput['followUp'], name: string): string {
  if (followUp.kind === 'thank-you') return `write the thank-you to ${name}`;
  if (followUp.kind === 'closing') return `write the closing note to ${name}`;
  return followUp.channel === 'call' ? `call ${name} (check-in ${followUp.number})` : `email ${name} (check-in ${followUp.number})`;
}

function dateOf(instant: Date, timeZone: string): string {
  return instantToWallTime(instant, timeZone).date;
}

function time(instant: Date, timeZone: string, locale: string | undefined): string {
  const options = { timeZone, hour: 'numeric', minute: '2-digit' } as const;
  // A 24-hour clock reads 09:00, not 9:00 (as `schedule/clock-text.ts` writes it).
  const h24 = /h2[34]/.test(dateTimeFormat(locale, options).resolvedOptions().hourCycle ?? '');
  return dateTimeFormat(locale, h24 ? { ...options, hour: '2-digit' } : options).format(instant);
}

function day(instant: Date, timeZone: string, locale: string | undefined): string {
  return dateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(instant);
}

/** "8:30 pm" today, "Tomorrow, 9:00 am", "Yesterday, 6:00 pm", else "Thu 5 Mar, 9:00 am". */
function onYourClock(instant: Date, timeZone: string, today: string, locale: string | undefined): string {
  const date = dateOf(instant, timeZone);
  const at = time(instant, timeZone, locale);
  if (date === today) return at;
  if (date === addCalendarDays(today, 1)) return `Tomorrow, ${at}`;
  if (date === addCalendarDays(today, -1)) return `Yesterday, ${at}`;
  return `${day(instant, timeZone, locale)}, ${at}`;
}

/** "02:00" on `sameDay`, "02:00 the next day", else "02:00 on Wed 4 Mar". */
function timeThenDay(instant: Date, timeZone: string, sameDay: string, locale: string | undefined): string {
  const date = dateOf(instant, timeZone);
  const at = time(instant, timeZone, locale);
  if (date === sameDay) return at;
  return date === addCalendarDays(sameDay, 1) ? `${at} the next day` : `${at} on ${day(instant, timeZone, locale)}`;
}

/** "12:30 pm London time", with its day when that differs from the person's ("Tue 3 Mar, 6:00 pm London time"). */
function onTheirClock(instant: Date, timeZone: string, yourDate: string, locale: string | undefined): string {
  const clock = zoneClockName(timeZone, instant);
  const named = /^(UTC|GMT)/.test(clock) ? clock : `${clock} time`;
  const at = time(instant, timeZone, locale);
  return dateOf(instant, timeZone) === yourDate ? `${at} ${named}` : `${day(instant, timeZone, locale)}, ${at} ${named}`;
}
