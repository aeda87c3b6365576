/**
 * Repairs a stored interview of the current version (see `migrate.ts`, which
 * decides the version and handles older ones).
 */
import { field, own, repairChoice, repairText, repairWholeNumber, setTo } from './fields';
import { repairInterviewers, repairNotes } from './parts';
import { repairCalendar, repairDrafts, repairFollowUps } from './keyed-records';
import { CHANNELS, CHECK_IN_LIMIT_RANGE, FORMATS, OUTCOMES, SCHEMA_VERSION, THANK_YOU_TIMINGS } from '../constants';
import { createInterview } from '../defaults';
import { InterviewSchema, type Interview } from '../model';

/**
 * A stored record of the current version, repaired field by field: each field
 * its schema accepts is kept, each other one rebuilt from the defaults of
 * `createInterview` (keeping any text in it) and logged.
 *
 * @example repairInterview({ schemaVersion: 2, id: 'a', outcome: 'maybe', … }, 'a', context, log).outcome //=> 'waiting'
 */
export function repairInterview(
  raw: Record<string, unknown>,
  id: string,
  context: { timeZone: string; now: Date; newId: () => string },
  log: string[],
): Interview {
  const E = InterviewSchema.entries;
  const { now, timeZone, newId } = context;
  // The defaults. Its interviewer is not used (interviewers are repaired on their
  // own, calling newId only when a card needs one), and its date is '' so a
  // missing date stays empty and the form asks for it, rather than guessing today.
  const d = createInterview({ id, interviewerId: '', now, timeZone, today: '' });
  const text = (key: 'company' | 'role' | 'date' | 'time' | 'hearBackBy') => field(raw, key, E[key], repairText, log);
  const createdAt = field(raw, 'createdAt', E.createdAt, setTo(d.createdAt), log);
  const { min, max } = CHECK_IN_LIMIT_RANGE;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    company: text('company'),
    role: text('role'),
    date: text('date'),
    time: text('time'),
    format: field(raw, 'format', E.format, repairChoice(FORMATS, d.format), log),
    interviewers: repairInterviewers(own(raw, 'interviewers'), log, newId),
    timeZone: field(raw, 'timeZone', E.timeZone, setTo(d.timeZone), log),
    workdayStart: field(raw, 'workdayStart', E.workdayStart, setTo(d.workdayStart), log),
    hearBackBy: text('hearBackBy'),
    outcome: field(raw, 'outcome', E.outcome, repairChoice(OUTCOMES, d.outcome), log),
    thankYouTiming: field(raw, 'thankYouTiming', E.thankYouTiming, repairChoice(THANK_YOU_TIMINGS, d.thankYouTiming), log),
    firstCheckIn: field(raw, 'firstCheckIn', E.firstCheckIn, repairChoice(CHANNELS, d.firstCheckIn), log),
    // Range-checked even when it is a number: the schedule counts check-ins with it.
    checkInLimit: repairWholeNumber(min, max, d.checkInLimit)(own(raw, 'checkInLimit'), 'checkInLimit', log),
    notes: repairNotes(own(raw, 'notes'), log),
    drafts: repairDrafts(own(raw, 'drafts'), log, now),
    followUps: repairFollowUps(own(raw, 'followUps'), log),
    calendar: repairCalendar(own(raw, 'calendar'), log),
    createdAt,
    updatedAt: field(raw, 'updatedAt', E.updatedAt, setTo(createdAt), log),
  };
}
