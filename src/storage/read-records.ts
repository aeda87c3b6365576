/**
 * The part of loading that needs the migration code: each stored value read
 * into the current shape, older or damaged records written back migrated, and
 * what cannot be read set aside. Fetched with that code (`load-records.ts`
 * imports it on first need), so a first visit with nothing stored loads none of it.
 *
 * - A record this version cannot read at all moves to `set-aside:<key>:<time>`.
 * - A record saved by a newer version stays where and as it is; the planner
 *   shows it read-only (`readOnly`) and writes nothing for it.
 * - Fields this version does not know are remembered per record here and laid
 *   back onto every write of it (`keepUnknown`), whichever way it is written.
 */
import * as migrations from '../domain/records/migrate/migrate';
import { isPlainObject } from '../domain/records/migrate/fields';
import { unknownInterviewFields, unknownProfileFields } from '../domain/records/migrate/unknown-fields';
import type { Interview, Profile } from '../domain/records/model';
import { isExpired, isTombstone } from '../domain/records/tombstone';
import { withUnknownFields, type UnknownField } from '../domain/records/unknown-fields';
import type { Backend } from './backend';
import { PROFILE_KEY, interviewIdOf, isParkedKey, isSetAsideKey, readRecordEntries, setAsideKey } from './keys';
import type { LoadedRecords } from './load-records';
import { emptyProfile } from '../domain/records/defaults';
import { interviewLabel } from '../domain/records/interview-label';
import { applyParkedEdits } from './parked-edits';

type MigrateContext = migrations.MigrateContext;

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

/** Reads one stored value by its key (pure). */
export function readRecord(key: string, raw: unknown, context: MigrateContext): ReadResult {
  if (key === PROFILE_KEY) {
    const result = migrations.migrateProfile(raw);
    if ('newer' in result) return { kind: 'newer', version: result.newer, profile: result.profile };
    if (!result.ok) return { kind: 'unreadable', reason: result.reason };
    const rewrite = result.migratedFrom !== undefined || result.repaired.length > 0;
    return { kind: 'profile', profile: result.profile, rewrite, ...(result.unknown && { unknown: result.unknown }) };
  }
  if (interviewIdOf(key) === undefined) return { kind: 'ignored' };
  if (isTombstone(raw)) return { kind: 'deleted', expired: isExpired(raw, context.now) };
  const result = migrations.migrateInterview(raw, context);
  if ('newer' in result) return { kind: 'newer', version: result.newer, interview: result.interview };
  if (!result.ok) return { kind: 'unreadable', reason: result.reason };
  const rewrite = result.migratedFrom !== undefined || result.repaired.length > 0;
  return { kind: 'interview', interview: result.interview, rewrite, notices: result.notices, ...(result.unknown && { unknown: result.unknown }) };
}

/** Loads every record of `stored` (what `readRecordEntries` gave), migrating, setting aside and putting back parked edits. */
export async function readStoredRecords(backend: Backend, stored: [string, unknown][], context: MigrateContext): Promise<LoadedRecords> {
  const parked = await applyParkedEdits(backend, stored, context.now);
  const restored = await restoreSetAside(backend, parked.changed.length > 0 ? await readRecordEntries(backend) : stored, context);
  const entries = restored.entries;
  const loaded: LoadedRecords = { profile: emptyProfile(), interviews: [], setAside: [], notices: [...parked.notices, ...restored.notices], readOnly: [] };
  const rewrites: [string, unknown][] = [];
  const expired: string[] = [];
  for (const [key, raw] of entries) {
    if (isParkedKey(key)) continue;
    if (isSetAsideKey(key)) {
      loaded.setAside.push({ key, reason: String((raw as { reason?: unknown } | null)?.reason ?? 'unreadable') });
      continue;
    }
    const result = readRecord(key, raw, context);
    if (result.kind === 'profile' || result.kind === 'interview') rememberUnknown(key, result.unknown);
    if (result.kind === 'profile') {
      loaded.profile = result.profile;
      if (result.rewrite) rewrites.push([key, withUnknownFields(result.profile, result.unknown)]);
    } else if (result.kind === 'interview') {
      loaded.interviews.push(result.interview);
      loaded.notices.push(...result.notices);
      if (result.rewrite) rewrites.push([key, withUnknownFields(result.interview, result.unknown)]);
    } else if (result.kind === 'newer') {
      // Shown, never written: not set aside, not rewritten, not deleted.
      loaded.readOnly.push(key);
      if (result.profile) loaded.profile = result.profile;
      if (result.interview) loaded.interviews.push(result.interview);
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
 * Puts back records an older copy of Nudge set aside only because they were
 * newer than it (version 2 moved any record of a later version to
 * `set-aside:<key>:<time>` and deleted the original): when this version can
 * read one and its key is still empty (nothing saved there since, not
 * deleted), it goes back under its key, as it was, and the person is told.
 * The latest copy of a key wins; older copies and truly unreadable records
 * stay aside. Returns the entries as they are now stored.
 */
async function restoreSetAside(
  backend: Backend,
  entries: [string, unknown][],
  context: MigrateContext,
): Promise<{ entries: [string, unknown][]; notices: string[] }> {
  const taken = new Set(entries.filter(([key]) => !isSetAsideKey(key) && !isParkedKey(key)).map(([key]) => key));
  const latest = new Map<string, { asideKey: string; raw: unknown; at: string; label: string }>();
  for (const [asideKey, value] of entries) {
    if (!isSetAsideKey(asideKey) || !isPlainObject(value)) continue;
    const { key, raw, at } = value as { key?: unknown; raw?: unknown; at?: unknown };
    if (typeof key !== 'string' || !asideKey.startsWith(`set-aside:${key}:`) || taken.has(key) || raw === undefined) continue;
    const result = readRecord(key, raw, context);
    const readable = result.kind === 'interview' || result.kind === 'profile' || (result.kind === 'newer' && (result.interview ?? result.profile));
    if (!readable) continue;
    const when = typeof at === 'string' ? at : '';
    if ((latest.get(key)?.at ?? '') > when) continue;
    const interview = result.kind === 'interview' ? result.interview : result.kind === 'newer' ? result.interview : undefined;
    latest.set(key, { asideKey, raw, at: when, label: interview ? interviewLabel(interview) : 'Your profile' });
  }
  if (latest.size === 0) return { entries, notices: [] };
  // Written back before the copies aside are removed: stopped halfway, both are kept.
  await backend.setMany([...latest].map(([key, { raw }]) => [key, raw]));
  for (const { asideKey } of latest.values()) await backend.delete(asideKey);
  const notices = [...latest.values()].map(
    ({ label }) => `${label}: an older copy of Nudge, open in another tab, had put this aside because it could not read it. It is back, as it was last saved.`,
  );
  return { entries: await readRecordEntries(backend), notices };
}

// The fields this tab's code does not know, per record key, as last read.
const unknownByKey = new Map<string, UnknownField[]>();

/** Notes the unknown fields of a record just read (none: forgets them). */
export function rememberUnknown(key: string, fields: UnknownField[] | undefined): void {
  if (fields && fields.length > 0) unknownByKey.set(key, fields);
  else unknownByKey.delete(key);
}

/**
 * `written`, about to replace `stored` under `key`, with every field this
 * version does not know put back where an edit replaced a whole object (a
 * contact, a draft, a follow-up, the record): those in `stored` now, and
 * those last read when nothing usable is stored (the database was deleted).
 */
export function keepUnknown(key: string, written: unknown, stored?: unknown): unknown {
  const usable = isPlainObject(stored) && !isTombstone(stored) ? stored : undefined;
  const inStored = usable === undefined ? [] : key === PROFILE_KEY ? unknownProfileFields(usable) : unknownInterviewFields(usable);
  const fields = [...inStored, ...(unknownByKey.get(key) ?? [])];
  return fields.length === 0 ? written : withUnknownFields(written, fields, usable);
}
