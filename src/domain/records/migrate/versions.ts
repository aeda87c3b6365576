/**
 * How a stored interview of versions 1 and 2 is read; `migrate.ts` reads the
 * version and calls the reader that fits, then `version-3.ts` brings the
 * result to version 3.
 *
 * - Version 1, the first prototype's: its shape is described here, its fields
 *   are repaired (`repairV1`), then it is converted to version 2 (`interviewFromV1`).
 * - Version 2: repaired field by field (`repairV2`). A version 3 record is
 *   read the same way when it is not sound, as version 3 holds every field of 2.
 *
 * Each keeps every valid field and any text in a damaged one, logs each
 * repair, and builds a fresh object from the fields it knows; fields it does
 * not know are kept beside the record by `unknown-fields.ts`.
 */
import * as v from 'valibot';
import { CHECK_IN_AFTER_WEEKS, CHECK_IN_LIMIT_RANGE } from '../constants';
import { CHANNELS, FORMATS, OUTCOMES, THANK_YOU_TIMINGS } from '../choices';
import { createInterview, emptyNotes } from '../defaults';
import { InterviewSchema } from '../model';
import type { MigrateContext } from './context';
import { addedField, describe, field, own, repairChoice, repairText, repairWholeNumber, setTo } from './fields';
import { repairCalendar, repairDrafts, repairFollowUps } from './keyed-records';
import { repairInterviewers, repairNotes } from './parts';
import type { InterviewV2 } from './version-3';

/** The outcomes the first prototype knew (all still exist). */
const V1_OUTCOMES = ['waiting', 'offer', 'rejected'] as const;

/**
 * Version 1, the first prototype's interview: one interviewer in flat fields,
 * the notes in one free-text box, no time zone, three outcomes.
 */
export const InterviewV1Schema = v.object({
  schemaVersion: v.literal(1),
  id: v.string(),
  company: v.string(),
  role: v.string(),
  /** `YYYY-MM-DD`. */
  date: v.string(),
  /** `HH:mm`, in whatever zone the browser was in. */
  time: v.string(),
  interviewerName: v.string(),
  interviewerEmail: v.string(),
  interviewerPhone: v.string(),
  /** `YYYY-MM-DD` or `''`. */
  hearBackBy: v.string(),
  /** The one notes box; becomes `notes.learned`. */
  notes: v.string(),
  outcome: v.picklist(V1_OUTCOMES),
  /** ISO instant; also becomes `updatedAt`, as version 1 kept no edit time. */
  createdAt: v.string(),
});

/** Version 1 of the profile: the same three facts under older names. */
export const ProfileV1Schema = v.object({
  schemaVersion: v.literal(1),
  fullName: v.string(),
  email: v.string(),
  phone: v.string(),
});

/** A version 1 interview, as the first prototype saved it. */
export type InterviewV1 = v.InferOutput<typeof InterviewV1Schema>;
/** A version 1 profile. */
export type ProfileV1 = v.InferOutput<typeof ProfileV1Schema>;

/**
 * A stored version 1 interview, repaired field by field like a current one:
 * text fields keep any text, an unknown outcome becomes `waiting`, a missing
 * creation time becomes `now`.
 *
 * @example repairV1({ schemaVersion: 1, company: 42, … }, 'a', context, log).company //=> '42'
 */
export function repairV1(raw: Record<string, unknown>, id: string, context: MigrateContext, log: string[]): InterviewV1 {
  const text = (key: keyof InterviewV1) => field(raw, key, v.string(), repairText, log);
  return {
    schemaVersion: 1,
    id,
    company: text('company'),
    role: text('role'),
    date: text('date'),
    time: text('time'),
    interviewerName: text('interviewerName'),
    interviewerEmail: text('interviewerEmail'),
    interviewerPhone: text('interviewerPhone'),
    hearBackBy: text('hearBackBy'),
    notes: text('notes'),
    outcome: field(raw, 'outcome', InterviewV1Schema.entries.outcome, repairChoice(V1_OUTCOMES, 'waiting'), log),
    createdAt: field(raw, 'createdAt', v.string(), setTo(context.now.toISOString()), log),
  };
}

/**
 * A version 1 interview → version 2: its interviewer gets an id from
 * `newId`, its notes become `notes.learned`, the zone comes from `context`.
 *
 * @example interviewFromV1(v1, { timeZone: 'Europe/London', now, newId: () => 'i1' }).interviewers[0].id //=> 'i1'
 */
export function interviewFromV1(old: InterviewV1, context: MigrateContext): InterviewV2 {
  const { now, timeZone } = context;
  const fresh = createInterview({ id: old.id, interviewerId: context.newId(), now, timeZone, today: old.date });
  return {
    ...fresh,
    schemaVersion: 2,
    company: old.company,
    role: old.role,
    time: old.time,
    interviewers: fresh.interviewers.map((card) => ({
      ...card,
      name: old.interviewerName,
      email: old.interviewerEmail,
      phone: old.interviewerPhone,
    })),
    hearBackBy: old.hearBackBy,
    outcome: old.outcome,
    notes: { ...emptyNotes(), learned: old.notes },
    createdAt: old.createdAt,
    updatedAt: old.createdAt,
  };
}

/**
 * A stored record of version 2 (or 3), its version 2 fields repaired field by
 * field: each field its schema accepts is kept, each other one rebuilt from
 * the defaults of `createInterview` (keeping any text in it) and logged.
 *
 * @example repairV2({ schemaVersion: 2, id: 'a', outcome: 'maybe', … }, 'a', context, log).outcome //=> 'waiting'
 */
export function repairV2(
  raw: Record<string, unknown>,
  id: string,
  context: MigrateContext,
  log: string[],
): InterviewV2 {
  const E = InterviewSchema.entries;
  const { now, timeZone, newId } = context;
  // The defaults. Its interviewer is not used (interviewers are repaired on their
  // own, calling newId only when a card needs one), and its date is '' so a
  // missing date stays empty and the form asks for it, rather than guessing today.
  const d = createInterview({ id, interviewerId: '', now, timeZone, today: '' });
  const text = (key: 'company' | 'role' | 'date' | 'time' | 'hearBackBy') => field(raw, key, E[key], repairText, log);
  const createdAt = field(raw, 'createdAt', E.createdAt, setTo(d.createdAt), log);
  const { min, max } = CHECK_IN_LIMIT_RANGE;
  // Fields added after the record was saved: a missing one takes its default without a log
  // line (nothing was damaged); a present but bad one is repaired and logged as usual.
  const addedText = (key: 'workdayEnd' | 'interviewerCountry' | 'interviewerRegion') =>
    own(raw, key) === undefined ? d[key] : field(raw, key, E[key], setTo(d[key]), log);
  const weeks = own(raw, 'checkInAfterWeeks');
  const checkInAfterWeeks = CHECK_IN_AFTER_WEEKS.find((choice) => choice === weeks) ?? d.checkInAfterWeeks;
  if (weeks !== undefined && weeks !== checkInAfterWeeks) log.push(`checkInAfterWeeks was ${describe(weeks)}; set to ${checkInAfterWeeks}`);
  return {
    schemaVersion: 2,
    id,
    company: text('company'),
    role: text('role'),
    date: text('date'),
    time: text('time'),
    format: field(raw, 'format', E.format, repairChoice(FORMATS, d.format), log),
    // Added after records of this version were saved: one saved without them reads them as blank.
    location: addedField(raw, 'location', E.location, d.location, repairText, log),
    videoLink: addedField(raw, 'videoLink', E.videoLink, d.videoLink, repairText, log),
    interviewers: repairInterviewers(own(raw, 'interviewers'), log, newId),
    // Records saved before follow-ups could go through a recruiter sent them to the interviewers.
    followUpsTo: addedField(raw, 'followUpsTo', E.followUpsTo, '', repairText, log),
    timeZone: field(raw, 'timeZone', E.timeZone, setTo(d.timeZone), log),
    workdayStart: field(raw, 'workdayStart', E.workdayStart, setTo(d.workdayStart), log),
    workdayEnd: addedText('workdayEnd'),
    interviewerCountry: addedText('interviewerCountry'),
    interviewerRegion: addedText('interviewerRegion'),
    hearBackBy: text('hearBackBy'),
    outcome: field(raw, 'outcome', E.outcome, repairChoice(OUTCOMES, d.outcome), log),
    thankYouTiming: field(raw, 'thankYouTiming', E.thankYouTiming, repairChoice(THANK_YOU_TIMINGS, d.thankYouTiming), log),
    firstCheckIn: field(raw, 'firstCheckIn', E.firstCheckIn, repairChoice(CHANNELS, d.firstCheckIn), log),
    // Range-checked even when it is a number: the schedule counts check-ins with it.
    checkInLimit: repairWholeNumber(min, max, d.checkInLimit)(own(raw, 'checkInLimit'), 'checkInLimit', log),
    checkInAfterWeeks,
    notes: repairNotes(own(raw, 'notes'), log),
    drafts: repairDrafts(own(raw, 'drafts'), log, now),
    followUps: repairFollowUps(own(raw, 'followUps'), log),
    calendar: repairCalendar(own(raw, 'calendar'), log),
    createdAt,
    updatedAt: field(raw, 'updatedAt', E.updatedAt, setTo(createdAt), log),
  };
}
