/**
 * Reads whatever storage holds into the current record shape, after
 * Excalidraw's `restore`: an older version is converted, a damaged field is
 * rebuilt from its default (keeping every valid field and everything the
 * person typed) and each repair is listed; a value that cannot be a record
 * comes back as `ok: false` with a reason, so the storage layer sets it aside
 * as recoverable instead of dropping it.
 *
 * Pure: the time zone, the clock and new ids come in `context`. Inputs are
 * never changed; results are fresh objects holding only known keys, so a
 * stored `__proto__`, `constructor` or `prototype` key is never copied.
 */
import * as v from 'valibot';
import { repairInterview } from './current';
import { describe, field, isPlainObject, logUnknownKeys, own, repairChoice, repairText, setTo } from './fields';
import { readVersion } from './version';
import { SCHEMA_VERSION } from '../constants';
import { createInterview, emptyNotes } from '../defaults';
import { InterviewSchema, ProfileSchema, type Interview, type Profile } from '../model';

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

/** What migration needs from outside: the zone for records that had none, the clock, new ids. */
export interface MigrateContext {
  timeZone: string;
  now: Date;
  newId: () => string;
}

/** A record that could not be read, returned whole so it can be kept aside. */
export type Unreadable = { ok: false; reason: string; raw: unknown };
/**
 * An interview read from storage: `migratedFrom` is set when it was converted
 * from an older version, and `repaired` lists each damaged field that was
 * fixed (empty when the record was already sound).
 */
export type InterviewMigration =
  | { ok: true; interview: Interview; migratedFrom?: number; repaired: string[] }
  | Unreadable;
/** A profile read from storage, with the same `repaired` list. */
export type ProfileMigration = { ok: true; profile: Profile; repaired: string[] } | Unreadable;

/**
 * Any stored value → the current interview, or why it cannot be one.
 *
 * @example migrateInterview({ schemaVersion: 1, id: 'a', company: 'Acme', … }, context) //=> { ok: true, interview: { schemaVersion: 2, id: 'a', company: 'Acme', … }, migratedFrom: 1, repaired: [] }
 * @example migrateInterview(42, context) //=> { ok: false, reason: 'It is 42, not an interview.', raw: 42 }
 */
export function migrateInterview(raw: unknown, context: MigrateContext): InterviewMigration {
  if (!isPlainObject(raw)) return { ok: false, reason: `It is ${describe(raw)}, not an interview.`, raw };
  const log: string[] = [];
  const version = readVersion(raw, 'an interview', guessInterviewVersion, log);
  if (typeof version === 'string') return { ok: false, reason: version, raw };
  const id = own(raw, 'id');
  if (!((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id)))) {
    return { ok: false, reason: 'It has no id.', raw };
  }
  if (typeof id === 'number') log.push(`id was ${id}; kept as text`);
  logUnknownKeys(raw, version === 1 ? InterviewV1Schema.entries : InterviewSchema.entries, log);
  const interview =
    version === 1
      ? interviewFromV1(repairV1(raw, String(id), context, log), context)
      : repairInterview(raw, String(id), context, log);
  // A guard against a bug in the repairers: the result must match the schema.
  if (!v.is(InterviewSchema, interview)) return { ok: false, reason: 'It could not be repaired.', raw };
  return version === 1 ? { ok: true, interview, migratedFrom: 1, repaired: log } : { ok: true, interview, repaired: log };
}

/**
 * A version 1 interview → the current shape: its interviewer gets an id from
 * `newId`, its notes become `notes.learned`, the zone comes from `context`.
 *
 * @example interviewFromV1(v1, { timeZone: 'Europe/London', now, newId: () => 'i1' }).interviewers[0].id //=> 'i1'
 */
export function interviewFromV1(old: InterviewV1, context: MigrateContext): Interview {
  const { now, timeZone } = context;
  const fresh = createInterview({ id: old.id, interviewerId: context.newId(), now, timeZone, today: old.date });
  return {
    ...fresh,
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
 * Any stored value → the current profile, or why it cannot be one.
 *
 * @example migrateProfile({ schemaVersion: 1, fullName: 'Ana Silva', email: '', phone: '' }) //=> { ok: true, profile: { schemaVersion: 2, name: 'Ana Silva', email: '', mobile: '' }, repaired: [] }
 */
export function migrateProfile(raw: unknown): ProfileMigration {
  if (!isPlainObject(raw)) return { ok: false, reason: `It is ${describe(raw)}, not a profile.`, raw };
  const log: string[] = [];
  const version = readVersion(raw, 'a profile', guessProfileVersion, log);
  if (typeof version === 'string') return { ok: false, reason: version, raw };
  logUnknownKeys(raw, version === 1 ? ProfileV1Schema.entries : ProfileSchema.entries, log);
  const text = (key: string) => field(raw, key, v.string(), repairText, log);
  const profile: Profile =
    version === 1
      ? { schemaVersion: SCHEMA_VERSION, name: text('fullName'), email: text('email'), mobile: text('phone') }
      : { schemaVersion: SCHEMA_VERSION, name: text('name'), email: text('email'), mobile: text('mobile') };
  return { ok: true, profile, repaired: log };
}

// Lists and notes objects came with version 2; a record with neither is read as version 1.
function guessInterviewVersion(raw: Record<string, unknown>): 1 | 2 | undefined {
  if (Array.isArray(own(raw, 'interviewers')) || isPlainObject(own(raw, 'notes'))) return 2;
  const v1Text = ['company', 'role', 'date', 'interviewerName'].some((key) => typeof own(raw, key) === 'string');
  return v1Text ? 1 : undefined;
}

function guessProfileVersion(raw: Record<string, unknown>): 1 | 2 | undefined {
  if (['name', 'mobile'].some((key) => own(raw, key) !== undefined)) return 2;
  if (['fullName', 'phone'].some((key) => own(raw, key) !== undefined)) return 1;
  return own(raw, 'email') === undefined ? undefined : 2;
}

function repairV1(raw: Record<string, unknown>, id: string, context: MigrateContext, log: string[]): InterviewV1 {
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
