/**
 * Re-reads records another tab changed and lays this tab's unsaved edits over
 * them, so neither tab's typing is lost. A record a newer version saved is
 * read only to show it (`readOnly`).
 */
import { emptyProfile } from '../domain/records/defaults';
import type { Interview, Profile } from '../domain/records/model';
import { applyPatches, type Patch } from '../domain/records/patch';
import type { MigrateContext } from '../domain/records/migrate/context';
import type { Backend } from './backend';
import type { SaveQueue } from './save-queue';
import { PROFILE_KEY, interviewIdOf, interviewKey, readRecordEntries } from './keys';
import { replayLeavingWrites } from './leave-journal';
import { loadReader, type Reader } from './load-records';

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

/**
 * This tab's edits that a re-read starting now may not see in storage: those
 * unwritten when it starts, those written while it reads (the read may have
 * been taken just before they landed), and those made since. In the order
 * they were made, each once. Call `stop` when the re-read is done.
 */
export function unsavedDuringRead(queue: Pick<SaveQueue, 'pendingSnapshot' | 'pendingPatches' | 'deleting' | 'watchWrites'>): Unsaved & { stop(): void } {
  const before = queue.pendingSnapshot();
  const watch = queue.watchWrites();
  return {
    patches: (key) => [...new Set([...(before.get(key) ?? []), ...watch.written(key), ...queue.pendingPatches(key)])],
    deleting: (key) => queue.deleting(key),
    stop: watch.stop,
  };
}

/** The re-read records, and which of this tab's interviews were deleted elsewhere. */
export interface Refreshed extends Records {
  /** Ids of interviews this tab had that storage now marks as deleted (they are not in `interviews`). */
  deletedElsewhere: string[];
  /**
   * Keys of the records read that a newer version saved (shown as it reads them, never written).
   * For `'all'`, every such record; else those among `keys`.
   */
  readOnly: string[];
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
  // A record gone from storage (deleted in another tab) is gone here too, unless this tab is still saving edits to it.
  const hasUnsaved = (key: string) => unsaved.patches(key).length > 0;
  let profile = keys === 'all' && !hasUnsaved(PROFILE_KEY) ? emptyProfile() : current.profile;
  const byId = new Map(current.interviews.map((interview) => [interview.id, interview]));
  const mine = new Map(byId);
  const deletedElsewhere: string[] = [];
  const readOnly: string[] = [];
  // Fetched at the first record that differs: a tab that only re-reads its own writes (a first
  // visit that added an interview) never loads the migration code and the schemas behind it.
  let reader: Reader | undefined;
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
    reader ??= await loadReader();
    const result = reader.readRecord(key, raw, context);
    if (result.kind === 'profile' || result.kind === 'interview') reader.rememberUnknown(key, result.unknown);
    if (result.kind === 'profile' && (!wanted || wanted.has(PROFILE_KEY))) {
      profile = applyPatches(result.profile, unsaved.patches(key));
    } else if (result.kind === 'interview') {
      const edited = applyPatches(result.interview, unsaved.patches(key));
      // Unchanged but for fields this version does not know (kept apart): the very object this tab has.
      byId.set(result.interview.id, kept && !hasUnsaved(key) && JSON.stringify(edited) === JSON.stringify(kept) ? kept : edited);
    } else if (result.kind === 'newer') {
      // A newer version saved it: shown as this version reads it, and this tab's edits are not laid over it.
      readOnly.push(key);
      if (key === PROFILE_KEY && result.profile) profile = result.profile;
      if (id !== undefined && result.interview) byId.set(id, result.interview);
    } else if (result.kind === 'deleted' && id !== undefined) {
      // This tab is writing the whole record back (the person restored it): the marker read is older
      // than that write, which the save queue puts over any marker, so it is not a deletion here.
      const patches = unsaved.patches(key);
      if (restoresWhole(patches)) {
        byId.set(id, applyPatches(mine.get(id), patches) as Interview);
        continue;
      }
      // Gone from the list; the caller decides whether to keep showing it (it was being edited).
      byId.delete(id);
      if (mine.has(id)) deletedElsewhere.push(id);
    }
  }
  return { profile, interviews: [...byId.values()], deletedElsewhere, readOnly };
}

/** Whether `patches` write a whole record (a restore, or a record put back), which the save queue writes over a deletion marker. */
export function restoresWhole(patches: readonly Patch[]): boolean {
  return patches.some((patch) => patch.path.length === 0);
}

async function readKeys(backend: Backend, keys: string[]): Promise<[string, unknown][]> {
  const values = await backend.getMany(keys);
  return keys.map((key, index) => [key, values[index]]);
}
