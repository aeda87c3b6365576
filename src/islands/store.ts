/**
 * The planner's one shared store. Every island on a page imports this module,
 * and ES modules are shared, so an edit in one island shows in the others at
 * once. Views read `planner` and call the actions below; saving, loading and
 * keeping tabs in step happen here and in `src/storage/`, never in a view.
 */
import { batch } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { createInterview, emptyProfile } from '../domain/records/defaults';
import type { EditConflict } from '../domain/records/edit-conflicts';
import type { EmailKind, Interview, Profile } from '../domain/records/model';
import type { Path } from '../domain/records/patch';
import { setIn } from '../domain/records/patch';
import { isTombstone, tombstoneFor } from '../domain/records/tombstone';
import { NOT_SCHEDULE_INPUTS } from '../domain/schedule/schedule-inputs';
import { indexedDbBackend, memoryBackend, type Backend } from '../storage/backend';
import { PROFILE_KEY, RECORD_KEY_PREFIXES, interviewIdOf, interviewKey } from '../storage/keys';
import { replayLeavingWrites } from '../storage/leave-journal';
import { loadRecords, type SetAsideRecord } from '../storage/load-records';
import { createSaveQueue, type SaveState } from '../storage/save-queue';
import { createTabSync } from '../storage/tab-sync';
import { browserTimeZone, browserToday, describeStorageError, newId, recallSelection, rememberSelection } from './browser';

export interface PlannerState {
  status: 'loading' | 'ready';
  /** Where records are kept: IndexedDB, or only this tab's memory when IndexedDB failed. */
  backend: Backend['kind'];
  /** What went wrong with storage, in words for the person; '' when all is well. */
  storageProblem: string;
  save: SaveState;
  profile: Profile;
  interviews: Interview[];
  selectedId: string;
  setAside: SetAsideRecord[];
  /** What loading had to change in saved choices, told once to the person. */
  notices: string[];
  /** Fields where another tab's text replaced what this tab had typed (see `records/edit-conflicts.ts`). */
  conflicts: EditConflict[];
  /** Interviews another tab deleted while this one had them open: shown with a notice, no longer saved. */
  deletedElsewhere: string[];
  /** Where the person asked to go ("Write the email" in "This week"): the panel opens on it. */
  request: ToolRequest | undefined;
  /**
   * Rises whenever a field some schedule reads changes in any interview
   * (`schedule/schedule-inputs.ts`), never with typing in text: the list
   * rebuilds schedules only then.
   */
  scheduleRevision: number;
}

/** A part of the open interview the person asked for, from the list or the agenda. */
export interface ToolRequest {
  interviewId: string;
  section: 'emails' | 'call' | 'follow-ups';
  /** For `emails`: which email to write. */
  kind?: EmailKind;
  /** Tells two requests for the same place apart. */
  serial: number;
}

const [state, setState] = createStore<PlannerState>({
  status: 'loading',
  backend: 'indexeddb',
  storageProblem: '',
  save: 'saved',
  profile: emptyProfile(),
  interviews: [],
  selectedId: '',
  setAside: [],
  notices: [],
  conflicts: [],
  deletedElsewhere: [],
  request: undefined,
  scheduleRevision: 0,
});

/** The planner's state, read-only for views. */
export const planner = state;

let backend: Backend = memoryBackend();
const SAVE_DELAY_MS = 400;
const LATE_WRITE_CHECKS_MS = [500, 1_500, 4_000];

const queue = createSaveQueue({
  backend: () => backend,
  delayMs: SAVE_DELAY_MS,
  current: (key) =>
    key === PROFILE_KEY
      ? unwrap(state.profile)
      : unwrap(state.interviews.find((item) => interviewKey(item.id) === key && !state.deletedElsewhere.includes(item.id))),
  stamp: (record) =>
    record && typeof record === 'object' && 'company' in record ? { ...record, updatedAt: new Date().toISOString() } : record,
  onState: (save, error) =>
    batch(() => {
      setState('save', save);
      if (error) setState('storageProblem', describeStorageError(error));
      else if (save === 'saved' && state.backend === 'indexeddb') setState('storageProblem', '');
    }),
  onWritten: (keys) => sync?.announce(keys),
  isDeleted: isTombstone,
  onDeletedElsewhere: (key) => {
    const id = interviewIdOf(key);
    if (id !== undefined && state.interviews.some((item) => item.id === id)) markDeletedElsewhere([id]);
  },
});

/**
 * For the store's own modules (`store-notices.ts`) only, never for views: the
 * setter and the save queue, so actions that only the workspace needs are
 * not part of every page's first download.
 */
export const storeInternals = { setState, queue };

/**
 * The last value this tab wrote to each field, per record key: when a re-read
 * shows another value there, another tab replaced this tab's text.
 */
const ownEdits = new Map<string, Map<string, { path: Path; value: unknown }>>();

// As `pathKey` in records/edit-conflicts.ts, which the first screen does not load.
const fieldKey = (path: Path) => path.join('.');

function noteOwnEdit(key: string, path: Path, value: unknown) {
  const fields = ownEdits.get(key) ?? new Map<string, { path: Path; value: unknown }>();
  fields.set(fieldKey(path), { path, value });
  ownEdits.set(key, fields);
  // Typing again in a field settles its conflict: the person has moved on.
  const settled = (conflict: EditConflict) => conflict.key === key && fieldKey(conflict.path) === fieldKey(path);
  if (state.conflicts.some(settled)) setState('conflicts', (list) => list.filter((conflict) => !settled(conflict)));
}

/** Keeps interviews deleted in another tab on screen, with a notice, and stops saving them. */
function markDeletedElsewhere(ids: string[]) {
  const fresh = ids.filter((id) => !state.deletedElsewhere.includes(id));
  if (fresh.length === 0) return;
  for (const id of fresh) queue.discard(interviewKey(id));
  setState('deletedElsewhere', (list) => [...list, ...fresh]);
}

let sync: ReturnType<typeof createTabSync> | undefined;
let started = false;

/** Loads the saved records once per page; every island calls it on mount. */
export function startPlanner(): void {
  if (started) return;
  started = true;
  void load();
}

async function load() {
  const context = { timeZone: browserTimeZone(), now: new Date(), newId };
  let loaded;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    backend = indexedDbBackend();
    await replayLeavingWrites(backend).catch(() => []);
    loaded = await loadRecords(backend, context);
  } catch (error) {
    backend = memoryBackend();
    loaded = await loadRecords(backend, context);
    setState({ backend: 'memory', storageProblem: describeStorageError(error) });
  }
  const remembered = recallSelection();
  batch(() => {
    setState({ ...loaded, status: 'ready' });
    setState('selectedId', loaded.interviews.some((item) => item.id === remembered) ? remembered : (newest(loaded.interviews)?.id ?? ''));
  });
  sync = createTabSync((keys) => void refresh(keys));
  // The page before this one may have written its last edits as it closed, and
  // that write can land just after this page read: look again shortly.
  for (const delay of LATE_WRITE_CHECKS_MS) setTimeout(() => void refresh('all'), delay);
}

async function refresh(keys: string[] | 'all') {
  if (state.status !== 'ready') return;
  // Nothing here and nothing stored (a first visit's late re-reads): nothing to lay over, so the
  // re-read code stays off the network (the planner's first-visit budget).
  if (keys === 'all' && state.interviews.length === 0 && JSON.stringify(unwrap(state.profile)) === JSON.stringify(emptyProfile())) {
    await replayLeavingWrites(backend).catch(() => []);
    if ((await backend.entriesWithPrefixes(RECORD_KEY_PREFIXES)).length === 0) return;
  }
  const { refreshRecords } = await import('../storage/refresh-records');
  // Edits unwritten now may be written while storage is read; keep them either way (re-applying one is harmless).
  const before = queue.pendingSnapshot();
  const shownAtStart = new Set(unwrap(state.interviews).map((item) => item.id));
  const pending = (key: string) => [...(before.get(key) ?? []), ...queue.pendingPatches(key)];
  const next = await refreshRecords(
    backend,
    keys,
    { patches: pending, deleting: (key) => queue.deleting(key) },
    { profile: unwrap(state.profile), interviews: unwrap(state.interviews.filter((item) => !state.deletedElsewhere.includes(item.id))) },
    { timeZone: browserTimeZone(), now: new Date(), newId },
  );
  const conflicts = ownEdits.size > 0 ? await replacedEdits(next) : [];
  // An interview removed here (Delete, or Undo of an invitation) while storage was being read, or whose
  // deletion is not written yet, may still be in what was read: it stays removed.
  const shown = new Set(unwrap(state.interviews).map((item) => item.id));
  const removedHere = (id: string) => queue.deleting(interviewKey(id)) || (shownAtStart.has(id) && !shown.has(id));
  const stored = next.interviews.filter((item) => !removedHere(item.id));
  const ids = new Set(stored.map((item) => item.id));
  // Deleted in another tab while open or being edited here: stays on screen, with the notice.
  const keptDeleted = unwrap(state.interviews).filter(
    (item) =>
      !ids.has(item.id) &&
      (state.deletedElsewhere.includes(item.id) ||
        (next.deletedElsewhere.includes(item.id) && (item.id === state.selectedId || pending(interviewKey(item.id)).length > 0))),
  );
  // An interview added here while storage was being read is not there yet: keep it,
  // whether its first write is still waiting or landed while the read ran.
  const added = unwrap(state.interviews).filter((item) => !ids.has(item.id) && !keptDeleted.includes(item) && pending(interviewKey(item.id)).length > 0);
  const list = [...stored, ...keptDeleted, ...added];
  batch(() => {
    setState('profile', reconcile(next.profile));
    replaceInterviews(list);
    markDeletedElsewhere(keptDeleted.map((item) => item.id));
    if (conflicts.length > 0) {
      const same = (a: EditConflict, b: EditConflict) => a.key === b.key && fieldKey(a.path) === fieldKey(b.path);
      setState('conflicts', (old) => [...old.filter((kept) => !conflicts.some((found) => same(kept, found))), ...conflicts]);
    }
    // Checked against what is kept, so a re-read never closes the interview just added.
    if (!list.some((item) => item.id === state.selectedId)) setState('selectedId', newest(list)?.id ?? '');
  });
}

/**
 * Makes the store's interviews `list`, touching only what differs: a record
 * that is the very object the store holds is left alone, a changed one is
 * patched in place (an open form keeps its focus), and the list itself
 * changes only when an interview came or went. Diffing a thousand records on
 * every re-read would take a long task each time the tab regains focus.
 */
function replaceInterviews(list: readonly Interview[]) {
  const current = unwrap(state.interviews);
  const wanted = new Set(list.map((item) => item.id));
  if (current.some((item) => !wanted.has(item.id))) setState('interviews', (items) => items.filter((item) => wanted.has(item.id)));
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
  if (added.length > 0) setState('interviews', (items) => [...items, ...added]);
  if (changed) setState('scheduleRevision', (revision) => revision + 1);
}

/**
 * The fields where this tab's own last edit is no longer what storage holds.
 * Each is reported once; its notice stays until the person acts on it. The
 * comparing code is fetched only once this tab has edited something.
 */
async function replacedEdits(next: { profile: Profile; interviews: Interview[] }): Promise<EditConflict[]> {
  const { findConflicts } = await import('../domain/records/edit-conflicts');
  const found = [
    ...findConflicts(PROFILE_KEY, [...(ownEdits.get(PROFILE_KEY)?.values() ?? [])], next.profile),
    ...next.interviews.flatMap((item) => {
      const key = interviewKey(item.id);
      const edits = ownEdits.get(key);
      return edits ? findConflicts(key, [...edits.values()], item) : [];
    }),
  ];
  for (const conflict of found) ownEdits.get(conflict.key)?.delete(fieldKey(conflict.path));
  return found;
}

/** The latest interview by date, then by creation. */
export function newest(interviews: readonly Interview[]): Interview | undefined {
  return [...interviews].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))[0];
}

/** The interview being worked on, if any. */
export function selectedInterview(): Interview | undefined {
  return state.interviews.find((item) => item.id === state.selectedId);
}

/** Makes an interview the one being worked on. */
export function selectInterview(id: string): void {
  setState('selectedId', id);
  rememberSelection(id);
}

/** Adds a blank interview for today, selects it and returns its id. */
export function addInterview(): string {
  const timeZone = browserTimeZone();
  const now = new Date();
  const interview = createInterview({ id: newId(), interviewerId: newId(), now, timeZone, today: browserToday(now) });
  insertInterview(interview);
  return interview.id;
}

/** Adds a whole interview (one filled from an invitation, say) and selects it. */
export function insertInterview(interview: Interview): void {
  setState('interviews', (list) => [...list, interview]);
  selectInterview(interview.id);
  queue.patch(interviewKey(interview.id), { path: [], value: interview });
}

/** Puts back a whole interview, e.g. as it was before an invitation filled it. */
export function replaceInterview(interview: Interview): void {
  editInterview(interview.id, [], interview);
}

/**
 * Deletes an interview and everything kept with it. A small marker stays in
 * its place, so a tab still editing it cannot bring it back by saving.
 */
export function removeInterview(id: string): void {
  const key = interviewKey(id);
  batch(() => {
    setState('interviews', (list) => list.filter((item) => item.id !== id));
    forget(id);
    if (state.selectedId === id) selectInterview(newest(state.interviews)?.id ?? '');
  });
  queue.remove(key, tombstoneFor(id, new Date()));
}

/** Drops what this tab noted about an interview that is gone from it. */
export function forget(id: string): void {
  const key = interviewKey(id);
  ownEdits.delete(key);
  setState('deletedElsewhere', (list) => list.filter((other) => other !== id));
  setState('conflicts', (list) => list.filter((conflict) => conflict.key !== key));
}

/** Changes one field of an interview, e.g. `editInterview(id, ['notes', 'learned'], text)`. */
export function editInterview(id: string, path: Path, value: unknown): void {
  const index = state.interviews.findIndex((item) => item.id === id);
  if (index < 0) return;
  setState('interviews', index, reconcile(setIn(unwrap(state.interviews[index]!), path, value)));
  if (path.length === 0 || !NOT_SCHEDULE_INPUTS.has(String(path[0]))) setState('scheduleRevision', (revision) => revision + 1);
  // Deleted in another tab: the edit shows here, but saving it would bring the interview back.
  if (state.deletedElsewhere.includes(id)) return;
  noteOwnEdit(interviewKey(id), path, value);
  queue.patch(interviewKey(id), { path, value });
}

/** Changes one field of your profile. */
export function editProfile(field: 'name' | 'email' | 'mobile' | 'dayStart' | 'dayEnd', value: string): void {
  setState('profile', field, value);
  noteOwnEdit(PROFILE_KEY, [field], value);
  queue.patch(PROFILE_KEY, { path: [field], value });
}

/** Writes every pending edit now (before a download, or when leaving). */
export function saveNow(): Promise<void> {
  return queue.flush();
}
