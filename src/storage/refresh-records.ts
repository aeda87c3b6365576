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
import { loadMigrations, readRecord, type Migrations } from './load-records';

interface Records {
  profile: Profile;
  interviews: Interview[];
}

/**
 * The records after re-reading `keys` (or everything, for `'all'`) from storage.
 */
export async function refreshRecords(
  backend: Backend,
  keys: string[] | 'all',
  pendingPatches: (key: string) => Patch[],
  current: Records,
  context: MigrateContext,
): Promise<Records> {
  const wanted = keys === 'all' ? undefined : new Set(keys);
  if (keys === 'all') await replayLeavingWrites(backend);
  const stored = keys === 'all' ? await backend.entries() : await readKeys(backend, keys);
  // Fetched at the first stored record: with nothing stored (a first visit) the migration
  // code and the schemas behind it stay off the network (the planner's first-visit budget).
  let migrations: Migrations | undefined;
  // A record gone from storage (deleted in another tab) is gone here too, unless this tab is still saving edits to it.
  const unsaved = (key: string) => pendingPatches(key).length > 0;
  let profile = keys === 'all' && !unsaved(PROFILE_KEY) ? emptyProfile() : current.profile;
  const byId = new Map(current.interviews.map((interview) => [interview.id, interview]));
  if (keys === 'all') {
    for (const id of byId.keys()) if (!unsaved(interviewKey(id))) byId.delete(id);
  }
  for (const [key, raw] of stored) {
    if (raw === undefined) {
      const id = interviewIdOf(key);
      if (id !== undefined && !unsaved(key)) byId.delete(id);
      if (key === PROFILE_KEY && !unsaved(key)) profile = emptyProfile();
      continue;
    }
    migrations ??= await loadMigrations();
    const result = readRecord(key, raw, context, migrations);
    if (result.kind === 'profile' && (!wanted || wanted.has(PROFILE_KEY))) {
      profile = applyPatches(result.profile, pendingPatches(key));
    } else if (result.kind === 'interview') {
      byId.set(result.interview.id, applyPatches(result.interview, pendingPatches(key)));
    }
  }
  return { profile, interviews: [...byId.values()] };
}

async function readKeys(backend: Backend, keys: string[]): Promise<[string, unknown][]> {
  const values = await backend.getMany(keys);
  return keys.map((key, index) => [key, values[index]]);
}
