/**
 * Re-reads records another tab changed and lays this tab's unsaved edits over
 * them, so neither tab's typing is lost.
 */
import { emptyProfile } from '../domain/records/defaults';
import type { Interview, Profile } from '../domain/records/model';
import { applyPatches, type Patch } from '../domain/records/patch';
import type { MigrateContext } from '../domain/records/migrate/migrate';
import type { Backend } from './backend';
import { PROFILE_KEY, interviewIdOf, interviewKey } from './keys';
import { replayLeavingWrites } from './leave-journal';
import { loadMigrations, readRecord, readRecordEntries, type Migrations } from './load-records';

interface Records {
  profile: Profile;
  interviews: Interview[];
}

/** What this tab is still saving, for laying over what is stored. */
export interface Unsaved {
  /** The edits to a record not yet written. */
  patches: (key: string) => Patch[];
  /** Whether this tab is deleting the record (its deletion not yet written). */
  deleting: (key: string) => boolean;
}

/** The re-read records, and which of this tab's interviews were deleted elsewhere. */
export interface Refreshed extends Records {
  /** Ids of interviews this tab had that storage now marks as deleted (they are not in `interviews`). */
  deletedElsewhere: string[];
}

/**
 * The records after re-reading `keys` (or everything, for `'all'`) from storage.
 * A record whose stored copy is the same as this tab's (and nothing is unsaved)
 * is kept as the very object this tab has, so nothing downstream recomputes.
 */
export async function refreshRecords(
  backend: Backend,
  keys: string[] | 'all',
  unsaved: Unsaved,
  current: Records,
  context: MigrateContext,
): Promise<Refreshed> {
  const wanted = keys === 'all' ? undefined : new Set(keys);
  if (keys === 'all') await replayLeavingWrites(backend);
  const stored = keys === 'all' ? await readRecordEntries(backend) : await readKeys(backend, keys);
  // Fetched at the first stored record: with nothing stored (a first visit) the migration
  // code and the schemas behind it stay off the network (the planner's first-visit budget).
  let migrations: Migrations | undefined;
  // A record gone from storage (deleted in another tab) is gone here too, unless this tab is still saving edits to it.
  const hasUnsaved = (key: string) => unsaved.patches(key).length > 0;
  let profile = keys === 'all' && !hasUnsaved(PROFILE_KEY) ? emptyProfile() : current.profile;
  const byId = new Map(current.interviews.map((interview) => [interview.id, interview]));
  const mine = new Map(byId);
  const deletedElsewhere: string[] = [];
  if (keys === 'all') {
    for (const id of byId.keys()) if (!hasUnsaved(interviewKey(id))) byId.delete(id);
  }
  for (const [key, raw] of stored) {
    const id = interviewIdOf(key);
    // This tab is deleting it: whatever another tab wrote meanwhile must not bring it back here.
    if (id !== undefined && unsaved.deleting(key)) {
      byId.delete(id);
      continue;
    }
    if (raw === undefined) {
      if (id !== undefined && !hasUnsaved(key)) byId.delete(id);
      if (key === PROFILE_KEY && !hasUnsaved(key)) profile = emptyProfile();
      continue;
    }
    const kept = id === undefined ? undefined : mine.get(id);
    // Native serialising is far cheaper than migrating and diffing a record; timestamps alone
    // cannot tell (two writes in one millisecond, a clock set back).
    if (kept && !hasUnsaved(key) && JSON.stringify(raw) === JSON.stringify(kept)) {
      byId.set(id!, kept);
      continue;
    }
    migrations ??= await loadMigrations();
    const result = readRecord(key, raw, context, migrations);
    if (result.kind === 'profile' && (!wanted || wanted.has(PROFILE_KEY))) {
      profile = applyPatches(result.profile, unsaved.patches(key));
    } else if (result.kind === 'interview') {
      byId.set(result.interview.id, applyPatches(result.interview, unsaved.patches(key)));
    } else if (result.kind === 'deleted' && id !== undefined) {
      // Gone from the list; the caller decides whether to keep showing it (it was being edited).
      byId.delete(id);
      if (mine.has(id)) deletedElsewhere.push(id);
    }
  }
  return { profile, interviews: [...byId.values()], deletedElsewhere };
}

async function readKeys(backend: Backend, keys: string[]): Promise<[string, unknown][]> {
  const values = await backend.getMany(keys);
  return keys.map((key, index) => [key, values[index]]);
}
