/**
 * Reads stored records into the current shape. Older or damaged records are
 * migrated (and written back migrated, with any fields this version does not
 * know); a record that cannot be read at all is moved to a `set-aside:` key
 * with the reason, never silently dropped. A record saved by a newer version
 * is left exactly where and as it is. Where an interview was deleted there is
 * a marker (`records/tombstone.ts`): it is skipped, and dropped once it is old.
 */
import type { Interview, Profile } from '../domain/records/model';
import { emptyProfile } from '../domain/records/defaults';
import type { MigrateContext } from '../domain/records/migrate/migrate';
import type { UnknownField } from '../domain/records/unknown-fields';
import { isExpired, isTombstone } from '../domain/records/tombstone';
import type { Backend } from './backend';
import { PROFILE_KEY, RECORD_KEY_PREFIXES, interviewIdOf, isSetAsideKey, setAsideKey } from './keys';

/** A record that could not be read, kept under its own key for recovery. */
export interface SetAsideRecord {
  key: string;
  reason: string;
}

export interface LoadedRecords {
  profile: Profile;
  interviews: Interview[];
  setAside: SetAsideRecord[];
  /** Sentences for the person about saved choices that had to change (e.g. a number of check-ins out of range). */
  notices: string[];
}

/** The result of reading one stored value. */
export type ReadResult =
  | { kind: 'profile'; profile: Profile; rewrite: boolean; unknown?: UnknownField[] }
  | { kind: 'interview'; interview: Interview; rewrite: boolean; notices: string[]; unknown?: UnknownField[] }
  | { kind: 'unreadable'; reason: string }
  /** Saved by a newer version: never rewritten, moved or deleted here. `interview`/`profile`: read as well as this version can, to show. */
  | { kind: 'newer'; version: number; interview?: Interview; profile?: Profile }
  /** An interview deleted (in this tab or another); `expired` once its marker can go. */
  | { kind: 'deleted'; expired: boolean }
  | { kind: 'ignored' };

/** The migration module, as `loadMigrations` delivers it. */
export type Migrations = typeof import('../domain/records/migrate/migrate');

/**
 * The migration code, fetched on first need: a first visit has no records to
 * read, and the planner's first screen stays within its size budget.
 */
export function loadMigrations(): Promise<Migrations> {
  return import('../domain/records/migrate/migrate');
}

/** Reads one stored value by its key (pure). */
export function readRecord(
  key: string,
  raw: unknown,
  context: MigrateContext,
  { migrateInterview, migrateProfile }: Migrations,
): ReadResult {
  if (key === PROFILE_KEY) {
    const result = migrateProfile(raw);
    if ('newer' in result) return { kind: 'newer', version: result.newer, profile: result.profile };
    if (!result.ok) return { kind: 'unreadable', reason: result.reason };
    const rewrite = result.migratedFrom !== undefined || result.repaired.length > 0;
    return { kind: 'profile', profile: result.profile, rewrite, ...(result.unknown && { unknown: result.unknown }) };
  }
  if (interviewIdOf(key) === undefined) return { kind: 'ignored' };
  if (isTombstone(raw)) return { kind: 'deleted', expired: isExpired(raw, context.now) };
  const result = migrateInterview(raw, context);
  if ('newer' in result) return { kind: 'newer', version: result.newer, interview: result.interview };
  if (!result.ok) return { kind: 'unreadable', reason: result.reason };
  const rewrite = result.migratedFrom !== undefined || result.repaired.length > 0;
  return { kind: 'interview', interview: result.interview, rewrite, notices: result.notices, ...(result.unknown && { unknown: result.unknown }) };
}

/** Loads every record, migrating and setting aside as needed. */
export async function loadRecords(backend: Backend, context: MigrateContext): Promise<LoadedRecords> {
  const loaded: LoadedRecords = { profile: emptyProfile(), interviews: [], setAside: [], notices: [] };
  const rewrites: [string, unknown][] = [];
  const expired: string[] = [];
  const stored = await readRecordEntries(backend);
  if (stored.length === 0) return loaded;
  const migrations = await loadMigrations();
  for (const [key, raw] of stored) {
    if (isSetAsideKey(key)) {
      loaded.setAside.push({ key, reason: String((raw as { reason?: unknown } | null)?.reason ?? 'unreadable') });
      continue;
    }
    const result = readRecord(key, raw, context, migrations);
    if (result.kind === 'profile') {
      loaded.profile = result.profile;
      if (result.rewrite) rewrites.push([key, migrations.withUnknownFields(result.profile, result.unknown)]);
    } else if (result.kind === 'interview') {
      loaded.interviews.push(result.interview);
      loaded.notices.push(...result.notices);
      if (result.rewrite) rewrites.push([key, migrations.withUnknownFields(result.interview, result.unknown)]);
    } else if (result.kind === 'unreadable') {
      const asideKey = setAsideKey(key, context.now);
      await backend.setMany([[asideKey, { key, reason: result.reason, raw, at: context.now.toISOString() }]]);
      await backend.delete(key);
      loaded.setAside.push({ key: asideKey, reason: result.reason });
    } else if (result.kind === 'deleted' && result.expired) {
      expired.push(key);
    }
  }
  if (rewrites.length > 0) await backend.setMany(rewrites);
  for (const key of expired) await backend.delete(key);
  return loaded;
}

/**
 * The stored records (profile, interviews, set-aside), without the data
 * page's notes: the backup kept from before an import can be as big as all
 * the records together, and the planner never needs it.
 */
export async function readRecordEntries(backend: Backend): Promise<[string, unknown][]> {
  return backend.entriesWithPrefixes(RECORD_KEY_PREFIXES);
}
