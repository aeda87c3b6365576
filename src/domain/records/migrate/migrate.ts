/**
 * Reads whatever storage holds into the current record shape, after
 * Excalidraw's `restore`: an older version is converted, a damaged field is
 * rebuilt from its default (keeping every valid field and everything the
 * person typed) and each repair is listed; a value that cannot be a record
 * comes back as `ok: false` with a reason, so the storage layer sets it aside
 * as recoverable instead of dropping it.
 *
 * This module reads the version and checks the result; the reader for each
 * version is in `versions.ts`, built from the repairers in `parts.ts`,
 * `keyed-records.ts` and `fields.ts`.
 *
 * Pure: the time zone, the clock and new ids come in `context`. Inputs are
 * never changed; results are fresh objects holding only known keys, so a
 * stored `__proto__`, `constructor` or `prototype` key is never copied.
 */
import * as v from 'valibot';
import { CHECK_IN_LIMIT_RANGE, DEFAULT_DAY, SCHEMA_VERSION } from '../constants';
import { InterviewSchema, ProfileSchema, type Interview, type Profile } from '../model';
import { describe, field, isPlainObject, logUnknownKeys, own, repairText, setTo, UNSAFE_KEYS } from './fields';
import { changeNotices } from './notices';
import { InterviewV1Schema, interviewFromV1, ProfileV1Schema, repairInterview, repairV1, type MigrateContext } from './versions';

// What callers pass as `context`. Declared in versions.ts, whose readers use it,
// so that module need not import this one; callers import it from here.
export type { MigrateContext };

/** A record that could not be read, returned whole so it can be kept aside. */
export type Unreadable = { ok: false; reason: string; raw: unknown };
/**
 * An interview read from storage: `migratedFrom` is set when it was converted
 * from an older version, and `repaired` lists each damaged field that was
 * fixed (empty when the record was already sound).
 */
export type InterviewMigration =
  | { ok: true; interview: Interview; migratedFrom?: number; repaired: string[]; notices: string[] }
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
  // The usual case, a sound record of this version, is read in one pass: repairing
  // field by field, then checking, took several times longer, for thousands of records at each load.
  if (version === SCHEMA_VERSION && log.length === 0 && isSound(raw)) {
    const parsed = v.safeParse(InterviewSchema, raw);
    if (parsed.success) return { ok: true, interview: parsed.output, repaired: [], notices: [] };
  }
  logUnknownKeys(raw, version === 1 ? InterviewV1Schema.entries : InterviewSchema.entries, log);
  const interview =
    version === 1
      ? interviewFromV1(repairV1(raw, String(id), context, log), context)
      : repairInterview(raw, String(id), context, log);
  // A guard against a bug in the repairers: the result must match the schema.
  if (!v.is(InterviewSchema, interview)) return { ok: false, reason: 'It could not be repaired.', raw };
  const notices = changeNotices(raw, interview);
  return version === 1 ? { ok: true, interview, migratedFrom: 1, repaired: log, notices } : { ok: true, interview, repaired: log, notices };
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
  // Your day came later than version 2 itself: a record without it gets the default day, unlogged.
  const time = (key: 'dayStart' | 'dayEnd', fallback: string) => {
    const stored = own(raw, key);
    return typeof stored === 'string' ? stored : field(raw, key, v.string(), setTo(fallback), stored === undefined ? [] : log);
  };
  const day = { dayStart: time('dayStart', DEFAULT_DAY.start), dayEnd: time('dayEnd', DEFAULT_DAY.end) };
  const profile: Profile =
    version === 1
      ? { schemaVersion: SCHEMA_VERSION, name: text('fullName'), email: text('email'), mobile: text('phone'), ...day }
      : { schemaVersion: SCHEMA_VERSION, name: text('name'), email: text('email'), mobile: text('mobile'), ...day };
  return { ok: true, profile, repaired: log };
}

/**
 * Whether a stored record of this version has nothing `repairInterview` would
 * change beyond what the schema checks: no unknown or unsafe keys, a check-in
 * count in range, interviewers with distinct ids.
 */
function isSound(raw: Record<string, unknown>): boolean {
  if (Object.keys(raw).some((key) => !Object.hasOwn(InterviewSchema.entries, key))) return false;
  const limit = own(raw, 'checkInLimit');
  if (!Number.isInteger(limit) || (limit as number) < CHECK_IN_LIMIT_RANGE.min || (limit as number) > CHECK_IN_LIMIT_RANGE.max) return false;
  const people = own(raw, 'interviewers');
  if (!Array.isArray(people)) return false;
  const ids = people.map((person: unknown) => (isPlainObject(person) ? own(person, 'id') : undefined));
  if (ids.some((id) => typeof id !== 'string' || id === '') || new Set(ids).size !== ids.length) return false;
  return ['drafts', 'followUps', 'calendar'].every((key) => {
    const keyed = own(raw, key);
    return isPlainObject(keyed) && ![...UNSAFE_KEYS].some((unsafe) => Object.hasOwn(keyed, unsafe));
  });
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

/**
 * The version a stored record was written in. A version newer than this
 * code's is refused (it may hold fields this code would drop); a missing or
 * odd one is guessed from the record's shape by `guess`, and logged.
 *
 * @returns 1 or 2, or the reason the record cannot be read.
 * @example readVersion({ schemaVersion: 3 }, 'an interview', () => undefined, log) //=> 'It was saved by a newer version of Nudge (schema version 3); this version reads up to 2.'
 */
function readVersion(
  raw: Record<string, unknown>,
  noun: string,
  guess: (raw: Record<string, unknown>) => 1 | 2 | undefined,
  log: string[],
): 1 | 2 | string {
  const stored = own(raw, 'schemaVersion');
  if (typeof stored === 'number' && stored > SCHEMA_VERSION) {
    return `It was saved by a newer version of Nudge (schema version ${stored}); this version reads up to ${SCHEMA_VERSION}.`;
  }
  if (stored === 1 || stored === SCHEMA_VERSION) return stored;
  const guessed = guess(raw);
  if (guessed === undefined) return `It has no schema version and does not look like ${noun}.`;
  log.push(`schemaVersion was ${describe(stored)}; read as version ${guessed}`);
  return guessed;
}
