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
import { InterviewSchema, type Interview, type Profile } from '../model';
import type { UnknownField } from '../unknown-fields';
import type { MigrateContext } from './context';
import { describe, field, isPlainObject, own, repairText, setTo, UNSAFE_KEYS } from './fields';
import { changeNotices } from './notices';
import { unknownInterviewFields, unknownProfileFields } from './unknown-fields';
import { interviewFromV2, profileFromV2, type ProfileV2 } from './version-3';
import { InterviewV1Schema, interviewFromV1, ProfileV1Schema, repairV1, repairV2 } from './versions';

// What callers pass as `context`; declared in context.ts, which every reader imports.
export type { MigrateContext };
// Storage loads this module by `import()` when there are records; what it writes back with them comes along.
export { withUnknownFields } from '../unknown-fields';

/** A record that could not be read, returned whole so it can be kept aside. */
export type Unreadable = { ok: false; reason: string; raw: unknown };
/**
 * A record saved by a newer version of Nudge (`newer`: its schema version).
 * This version must not rewrite, move or delete it, as it may hold what this
 * version would drop. `interview` or `profile` is the record read as well as
 * this version can, for showing it read-only; absent when it has no id.
 */
export type NewerRecord = Unreadable & { newer: number; interview?: Interview; profile?: Profile };
/**
 * An interview read from storage: `migratedFrom` is set when it was converted
 * from an older version, `repaired` lists each damaged field that was fixed
 * (empty when the record was already sound), and `unknown` holds the fields
 * this version does not know (present only when there are some), to be kept
 * beside the record and written back with it.
 */
export type InterviewMigration =
  | { ok: true; interview: Interview; migratedFrom?: number; repaired: string[]; notices: string[]; unknown?: UnknownField[] }
  | Unreadable
  | NewerRecord;
/** A profile read from storage, with the same `migratedFrom`, `repaired` and `unknown`. */
export type ProfileMigration = { ok: true; profile: Profile; migratedFrom?: number; repaired: string[]; unknown?: UnknownField[] } | Unreadable | NewerRecord;

/**
 * Any stored value → the current interview, or why it cannot be one.
 *
 * @example migrateInterview({ schemaVersion: 1, id: 'a', company: 'Acme', … }, context) //=> { ok: true, interview: { schemaVersion: 3, id: 'a', company: 'Acme', … }, migratedFrom: 1, repaired: [] }
 * @example migrateInterview(42, context) //=> { ok: false, reason: 'It is 42, not an interview.', raw: 42 }
 */
export function migrateInterview(raw: unknown, context: MigrateContext): InterviewMigration {
  if (!isPlainObject(raw)) return { ok: false, reason: `It is ${describe(raw)}, not an interview.`, raw };
  const log: string[] = [];
  const version = readVersion(raw, 'an interview', guessInterviewVersion, log);
  if (typeof version === 'string') return { ok: false, reason: version, raw };
  const id = own(raw, 'id');
  if (typeof version === 'object') {
    // Read as this version would, only to show it; nothing of it is ever written back.
    const shown = hasId(id) ? interviewFromV2(repairV2(raw, String(id), context, []), raw, context, []) : undefined;
    return { ok: false, ...version, raw, ...(shown && { interview: shown }) };
  }
  if (!hasId(id)) return { ok: false, reason: 'It has no id.', raw };
  if (typeof id === 'number') log.push(`id was ${id}; kept as text`);
  const unknown = unknownInterviewFields(raw, version === 1 ? InterviewV1Schema.entries : InterviewSchema.entries);
  const kept = unknown.length > 0 ? { unknown } : {};
  // The usual case, a sound record of this version, is read in one pass: repairing
  // field by field, then checking, took several times longer, for thousands of records at each load.
  if (version === SCHEMA_VERSION && log.length === 0 && isSound(raw)) {
    const parsed = v.safeParse(InterviewSchema, raw);
    if (parsed.success) return { ok: true, interview: parsed.output, repaired: [], notices: [], ...kept };
  }
  logUnsafeKeys(raw, log);
  const v2 = version === 1 ? interviewFromV1(repairV1(raw, String(id), context, log), context) : repairV2(raw, String(id), context, log);
  const interview = interviewFromV2(v2, raw, context, log);
  // A guard against a bug in the repairers: the result must match the schema.
  if (!v.is(InterviewSchema, interview)) return { ok: false, reason: 'It could not be repaired.', raw };
  const notices = changeNotices(raw, interview);
  const from = version === SCHEMA_VERSION ? {} : { migratedFrom: version };
  return { ok: true, interview, ...from, repaired: log, notices, ...kept };
}

/**
 * Any stored value → the current profile, or why it cannot be one.
 *
 * @example migrateProfile({ schemaVersion: 1, fullName: 'Ana Silva', email: '', phone: '' }) //=> { ok: true, profile: { schemaVersion: 3, name: 'Ana Silva', email: '', mobile: '', … }, migratedFrom: 1, repaired: [] }
 */
export function migrateProfile(raw: unknown): ProfileMigration {
  if (!isPlainObject(raw)) return { ok: false, reason: `It is ${describe(raw)}, not a profile.`, raw };
  const log: string[] = [];
  const version = readVersion(raw, 'a profile', guessProfileVersion, log);
  if (typeof version === 'string') return { ok: false, reason: version, raw };
  if (typeof version === 'object') return { ok: false, ...version, raw, profile: profileFromV2(profileV2(raw, 2, []), raw, []) };
  const unknown = unknownProfileFields(raw, version === 1 ? ProfileV1Schema.entries : undefined);
  logUnsafeKeys(raw, log);
  const profile = profileFromV2(profileV2(raw, version, log), raw, log);
  const from = version === SCHEMA_VERSION ? {} : { migratedFrom: version };
  return { ok: true, profile, ...from, repaired: log, ...(unknown.length > 0 && { unknown }) };
}

// A stored profile's fields as version 2 has them, repaired (version 1 named them differently).
function profileV2(raw: Record<string, unknown>, version: number, log: string[]): ProfileV2 {
  const text = (key: string) => field(raw, key, v.string(), repairText, log);
  // Your day came later than version 2 itself: a record without it gets the default day, unlogged.
  const time = (key: 'dayStart' | 'dayEnd', fallback: string) => {
    const stored = own(raw, key);
    return typeof stored === 'string' ? stored : field(raw, key, v.string(), setTo(fallback), stored === undefined ? [] : log);
  };
  const day = { dayStart: time('dayStart', DEFAULT_DAY.start), dayEnd: time('dayEnd', DEFAULT_DAY.end) };
  return version === 1
    ? { schemaVersion: 2, name: text('fullName'), email: text('email'), mobile: text('phone'), ...day }
    : { schemaVersion: 2, name: text('name'), email: text('email'), mobile: text('mobile'), ...day };
}

function hasId(id: unknown): id is string | number {
  return (typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id));
}

// Unsafe keys are never copied; the log says they were there (a stored record never holds them).
function logUnsafeKeys(raw: Record<string, unknown>, log: string[]): void {
  for (const key of Object.keys(raw)) if (UNSAFE_KEYS.has(key)) log.push(`${key} was ignored: it is not a safe key`);
}

/**
 * Whether a stored record of this version has nothing the repairers would
 * change beyond what the schema checks: no unsafe keys, a check-in count in
 * range, interviewers with distinct ids. (Unknown keys are fine: the schema
 * leaves them out and `unknownInterviewFields` keeps them.)
 */
function isSound(raw: Record<string, unknown>): boolean {
  if ([...UNSAFE_KEYS].some((key) => Object.hasOwn(raw, key))) return false;
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
 * code's comes back as `{ newer, reason }`: it may hold fields this code
 * would drop, so it is only ever shown. A missing or odd one is guessed from
 * the record's shape by `guess`, and logged.
 *
 * @returns 1, 2 or 3; a newer version; or the reason the record cannot be read.
 * @example readVersion({ schemaVersion: 4 }, 'an interview', () => undefined, log) //=> { newer: 4, reason: 'It was saved by a newer version of Nudge (schema version 4); this version reads up to 3.' }
 */
function readVersion(
  raw: Record<string, unknown>,
  noun: string,
  guess: (raw: Record<string, unknown>) => 1 | 2 | undefined,
  log: string[],
): 1 | 2 | typeof SCHEMA_VERSION | { newer: number; reason: string } | string {
  const stored = own(raw, 'schemaVersion');
  if (typeof stored === 'number' && Number.isInteger(stored) && stored > SCHEMA_VERSION) {
    return { newer: stored, reason: `It was saved by a newer version of Nudge (schema version ${stored}); this version reads up to ${SCHEMA_VERSION}.` };
  }
  if (stored === 1 || stored === 2 || stored === SCHEMA_VERSION) return stored;
  const guessed = guess(raw);
  if (guessed === undefined) return `It has no schema version and does not look like ${noun}.`;
  log.push(`schemaVersion was ${describe(stored)}; read as version ${guessed}`);
  return guessed;
}
