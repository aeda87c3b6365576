/**
 * The second half of a re-read of storage (another tab saved, the tab regained
 * focus, a late write landed): what was read, laid over what this tab shows
 * without losing its unsaved edits, its new interviews or its deletions, and
 * with a notice where another tab replaced this tab's text or deleted an
 * interview open here. Apart from `store.ts` so a first visit, with nothing
 * stored, does not load it (the planner's 25 KB budget).
 */
import { batch } from 'solid-js';
import { reconcile, unwrap, type SetStoreFunction } from 'solid-js/store';
import { findConflicts, pathKey, type EditConflict } from '../domain/records/edit-conflicts';
import { interviewLabel } from '../domain/records/interview-label';
import type { Interview, Profile } from '../domain/records/model';
import type { Patch } from '../domain/records/patch';
import type { Backend } from '../storage/backend';
import { PROFILE_KEY, interviewIdOf, interviewKey } from '../storage/keys';
import { parkEdits } from '../storage/parked-edits';
import { refreshRecords, restoresWhole, unsavedDuringRead, type Unsaved } from '../storage/refresh-records';
import type { SaveQueue } from '../storage/save-queue';
import { browserTimeZone, newId } from './browser';
import type { OwnEdits, PlannerState } from './store-state';

/** What of the store a re-read reads and changes. */
export interface RefreshTarget {
  state: PlannerState;
  setState: SetStoreFunction<PlannerState>;
  queue: SaveQueue;
  backend: Backend;
  ownEdits: OwnEdits;
  markDeletedElsewhere(ids: string[]): void;
  newest(interviews: readonly Interview[]): Interview | undefined;
}

/**
 * Reads `keys` (or every record) again and lays them over the store.
 * `refused`: edits the save queue could not write because a newer version saved their record.
 */
export async function refreshInto(keys: string[] | 'all', target: RefreshTarget, refused?: Map<string, Patch[]>): Promise<void> {
  const { queue } = target;
  // This tab's edits the read may not find in storage, whenever they are written (re-applying one is harmless).
  const unsaved = unsavedDuringRead(queue);
  try {
    await layOver(keys, target, unsaved, refused);
  } finally {
    unsaved.stop();
  }
}

async function layOver(keys: string[] | 'all', target: RefreshTarget, unsaved: Unsaved, refused?: Map<string, Patch[]>): Promise<void> {
  const { state, setState, queue, backend, ownEdits, markDeletedElsewhere, newest } = target;
  const shownAtStart = new Set(unwrap(state.interviews).map((item) => item.id));
  const pending = unsaved.patches;
  const next = await refreshRecords(
    backend,
    keys,
    unsaved,
    { profile: unwrap(state.profile), interviews: unwrap(state.interviews.filter((item) => !state.deletedElsewhere.includes(item.id))) },
    { timeZone: browserTimeZone(), now: new Date(), newId },
  );
  const readOnly = keys === 'all' ? next.readOnly : [...state.readOnly.filter((key) => !keys.includes(key)), ...next.readOnly];
  const parked = await parkUnsaved(next.readOnly.filter((key) => !state.readOnly.includes(key)), target, pending, refused);
  for (const key of readOnly) ownEdits.delete(key);
  const conflicts = ownEdits.size > 0 ? replacedEdits(ownEdits, next) : [];
  // An interview removed here (Delete, or Undo of an invitation) while storage was being read, or whose
  // deletion is not written yet, may still be in what was read: it stays removed.
  const shown = new Set(unwrap(state.interviews).map((item) => item.id));
  const removedHere = (id: string) => queue.deleting(interviewKey(id)) || (shownAtStart.has(id) && !shown.has(id));
  const stored = next.interviews.filter((item) => !removedHere(item.id));
  const ids = new Set(stored.map((item) => item.id));
  // Deleted in another tab while open or being edited here: stays on screen, with the notice. Unless
  // the person restored it while storage was being read: then it is being written back, and stays without one.
  const restoring = (id: string) => restoresWhole(pending(interviewKey(id)));
  const keptDeleted = unwrap(state.interviews).filter(
    (item) =>
      !ids.has(item.id) &&
      !restoring(item.id) &&
      (state.deletedElsewhere.includes(item.id) ||
        (next.deletedElsewhere.includes(item.id) && (item.id === state.selectedId || pending(interviewKey(item.id)).length > 0))),
  );
  // An interview added here while storage was being read is not there yet: keep it,
  // whether its first write is still waiting or landed while the read ran.
  const added = unwrap(state.interviews).filter((item) => !ids.has(item.id) && !keptDeleted.includes(item) && pending(interviewKey(item.id)).length > 0);
  const list = [...stored, ...keptDeleted, ...added];
  batch(() => {
    if (readOnly.join() !== state.readOnly.join()) setState('readOnly', readOnly);
    if (parked.length > 0) setState('notices', (notices) => [...notices, ...parked]);
    setState('profile', reconcile(next.profile));
    replaceInterviews(target, list);
    markDeletedElsewhere(keptDeleted.map((item) => item.id));
    if (conflicts.length > 0) {
      const same = (a: EditConflict, b: EditConflict) => a.key === b.key && pathKey(a.path) === pathKey(b.path);
      setState('conflicts', (old) => [...old.filter((kept) => !conflicts.some((found) => same(kept, found))), ...conflicts]);
    }
    // Checked against what is kept, so a re-read never closes the interview just added.
    if (!list.some((item) => item.id === state.selectedId)) setState('selectedId', newest(list)?.id ?? '');
  });
}

/**
 * Records a newer version saved since this tab last read them: what this tab
 * had not written to them is parked beside them (`storage/parked-edits.ts`),
 * for the newer version to add once this tab reloads, and no longer queued.
 * Returns what to tell the person.
 */
async function parkUnsaved(keys: string[], target: RefreshTarget, pending: (key: string) => Patch[], refused?: Map<string, Patch[]>): Promise<string[]> {
  const { state, queue, backend } = target;
  const told: string[] = [];
  for (const key of keys) {
    const patches = [...new Set([...(refused?.get(key) ?? []), ...pending(key)])];
    queue.discard(key);
    if (patches.length === 0) continue;
    const id = interviewIdOf(key);
    const shown = id === undefined ? undefined : unwrap(state.interviews).find((item) => item.id === id);
    const label = shown ? interviewLabel(shown) : 'Your profile';
    try {
      await parkEdits(backend, key, patches, label, new Date());
      told.push(`${label}: a newer version of Nudge saved it in another tab, so your last changes here were kept aside rather than saved over it. Reload, and the newer version adds them.`);
    } catch {
      told.push(`${label}: a newer version of Nudge saved it in another tab, and your last changes here could not be kept aside. Copy anything you need before you reload.`);
    }
  }
  return told;
}

/**
 * Makes the store's interviews `list`, touching only what differs: a record
 * that is the very object the store holds is left alone, a changed one is
 * patched in place (an open form keeps its focus), and the list itself
 * changes only when an interview came or went. Diffing a thousand records on
 * every re-read would take a long task each time the tab regains focus.
 */
function replaceInterviews({ state, setState }: RefreshTarget, list: readonly Interview[]) {
  const current = unwrap(state.interviews);
  const wanted = new Set(list.map((item) => item.id));
  // Lists built from the store's proxies, which Solid unwraps at once; a list of raw records it would
  // walk deeply, every note of every interview.
  if (current.some((item) => !wanted.has(item.id))) setState('interviews', state.interviews.filter((item) => wanted.has(item.id)));
  const at = new Map(unwrap(state.interviews).map((item, index) => [item.id, index]));
  const added: Interview[] = [];
  let changed = false;
  for (const item of list) {
    const index = at.get(item.id);
    if (index === undefined) added.push(item);
    else if (unwrap(state.interviews)[index] !== item) {
      setState('interviews', index, reconcile(item));
      changed = true;
    }
  }
  if (added.length > 0) setState('interviews', [...state.interviews, ...added]);
  if (changed) setState('scheduleRevision', (revision) => revision + 1);
}

/**
 * The fields where this tab's own last edit is no longer what storage holds.
 * Each is reported once; its notice stays until the person acts on it.
 */
function replacedEdits(ownEdits: OwnEdits, next: { profile: Profile; interviews: Interview[] }): EditConflict[] {
  const found = [
    ...findConflicts(PROFILE_KEY, [...(ownEdits.get(PROFILE_KEY)?.values() ?? [])], next.profile),
    ...next.interviews.flatMap((item) => {
      const key = interviewKey(item.id);
      const edits = ownEdits.get(key);
      return edits ? findConflicts(key, [...edits.values()], item) : [];
    }),
  ];
  for (const conflict of found) ownEdits.get(conflict.key)?.delete(pathKey(conflict.path));
  return found;
}
