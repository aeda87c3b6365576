/**
 * Field-level checks for the interview form. Each error is a plain, kind
 * sentence saying what to do, keyed by the field's path (`interviewers.0.email`)
 * so the form can show it next to that field. Checking never changes or
 * discards what was typed: the record is saved as it is (see `records/model.ts`).
 *
 * Notes have no limits and no errors: long notes are kept whole. Text such as
 * `<script>` is accepted as text; escaping is the job of whatever renders it.
 */
import { CHECK_IN_LIMIT_RANGE } from '../constants';
import { NAME_PART_LIMITS } from '../forms-of-address';
import type { Interview } from '../model';
import {
  dateProblem,
  emailProblem,
  isValidDate,
  isValidTime,
  isValidTimeZone,
  namePartProblem,
  phoneProblem,
  shiftYears,
  textProblem,
  type FieldErrors,
} from './fields';

/** Where a workday may start, inclusive. */
const WORKDAY_START_RANGE = { min: '05:00', max: '12:00' } as const;

/**
 * The problems with an interview's fields, for showing next to each one.
 * Dates are checked against `today` (in the interviewer's zone), never the clock.
 *
 * @example validateInterview({ ...interview, company: '', date: '2026-02-30' }, { today: '2026-03-02' }) //=> { company: "Add the company's name.", date: "That date (2026-02-30) doesn't exist: check the day and month." }
 */
export function validateInterview(interview: Interview, context: { today: string }): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: string, message: string | undefined) => {
    if (message !== undefined) errors[path] = message;
  };
  add('company', textProblem(interview.company, { required: "Add the company's name.", label: 'the company name' }));
  add('role', textProblem(interview.role, { label: 'the role' }));
  add('date', interviewDateProblem(interview.date, context.today));
  add('time', interview.time === '' || isValidTime(interview.time) ? undefined : 'Use a time like 14:30.');
  add('timeZone', timeZoneProblem(interview.timeZone));
  add('workdayStart', workdayStartProblem(interview.workdayStart));
  add('workdayEnd', workdayEndProblem(interview.workdayEnd, interview.workdayStart));
  add('hearBackBy', hearBackProblem(interview.hearBackBy, interview.date));
  interview.interviewers.forEach((person, index) => {
    const whose = person.contactRole === 'interviewer' ? "the interviewer's" : 'their';
    const required = index === 0 ? `Add ${whose} name, spelled as on their card.` : undefined;
    add(`interviewers.${index}.name`, textProblem(person.name, { required, label: 'the name' }));
    add(`interviewers.${index}.email`, emailProblem(person.email));
    add(`interviewers.${index}.phone`, phoneProblem(person.phone));
    add(`interviewers.${index}.givenName`, namePartProblem(person.givenName, 'the given name', NAME_PART_LIMITS.part));
    add(`interviewers.${index}.familyName`, namePartProblem(person.familyName, 'the family name', NAME_PART_LIMITS.part));
    add(`interviewers.${index}.honorific`, namePartProblem(person.honorific, 'the title', NAME_PART_LIMITS.title));
    if (person.salutation === 'own') add(`interviewers.${index}.greetAs`, namePartProblem(person.greetAs, 'how you greet them', NAME_PART_LIMITS.greeting));
  });
  const { min, max } = CHECK_IN_LIMIT_RANGE;
  const limit = interview.checkInLimit;
  if (!Number.isInteger(limit) || limit < min || limit > max) add('checkInLimit', `Choose a number from ${min} to ${max}.`);
  return errors;
}

/**
 * Whether the follow-ups can be exported to a calendar: that needs a valid
 * interview date and time zone; every other field is optional for it.
 *
 * @example isExportable({ ...interview, timeZone: '' }, errors) //=> { ok: false, reason: "Before exporting, fix the interviewer's time zone." }
 */
export function isExportable(interview: Interview, errors: FieldErrors): { ok: true } | { ok: false; reason: string } {
  const toFix: string[] = [];
  // Checked again here so a stale or empty `errors` cannot let a bad value through.
  if (errors.date !== undefined || !isValidDate(interview.date)) toFix.push('the interview date');
  if (errors.timeZone !== undefined || !isValidTimeZone(interview.timeZone)) toFix.push("the interviewer's time zone");
  return toFix.length === 0 ? { ok: true } : { ok: false, reason: `Before exporting, fix ${toFix.join(' and ')}.` };
}

function interviewDateProblem(date: string, today: string): string | undefined {
  if (date.trim() === '') return 'Add the date of the interview.';
  const problem = dateProblem(date);
  if (problem !== undefined || !isValidDate(today)) return problem;
  if (date > shiftYears(today, 2)) return 'That date is more than 2 years away: check the year.';
  if (date < shiftYears(today, -1)) return 'That date is more than a year ago: check the year.';
  return undefined;
}

function hearBackProblem(hearBackBy: string, interviewDate: string): string | undefined {
  if (hearBackBy === '') return undefined;
  const problem = dateProblem(hearBackBy);
  if (problem !== undefined || !isValidDate(interviewDate)) return problem;
  if (hearBackBy < interviewDate) return 'The hear-back date is before the interview: check the date they gave you.';
  if (hearBackBy > shiftYears(interviewDate, 1)) return "That's more than a year after the interview: check the year.";
  return undefined;
}

function timeZoneProblem(timeZone: string): string | undefined {
  if (timeZone === '') return "Choose the interviewer's time zone.";
  if (isValidTimeZone(timeZone)) return undefined;
  return "That time zone isn't one Nudge knows: type their city or country, like London or UK, and choose from the list.";
}

/** The shortest working day that leaves a call window between its first and last hours. */
const MIN_WORKDAY_HOURS = 3;

function workdayEndProblem(end: string, start: string): string | undefined {
  if (!isValidTime(end)) return 'Use a time like 17:30.';
  if (!isValidTime(start)) return undefined;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  if (minutes(end) - minutes(start) < MIN_WORKDAY_HOURS * 60) {
    return `Their day should end at least ${MIN_WORKDAY_HOURS} hours after it starts, so a call fits between their first and last hours.`;
  }
  return undefined;
}

function workdayStartProblem(time: string): string | undefined {
  if (!isValidTime(time)) return 'Use a time like 09:00.';
  const { min, max } = WORKDAY_START_RANGE;
  return time < min || time > max ? `Choose a start between ${min} and ${max}.` : undefined;
}
