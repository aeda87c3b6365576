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
import type { Interview } from '../domain/records/model';
import type { Patch, Path } from '../domain/records/patch';
import { isWithin, withOwnEdit } from '../domain/records/own-edits';
import { setIn } from '../domain/records/patch';
import { isTombstone, tombstoneFor } from '../domain/records/tombstone';
import { isScheduleInputPath } from '../domain/schedule/schedule-inputs';
import { indexedDbBackend, memoryBackend, type Backend } from '../storage/backend';
import { PROFILE_KEY, RECORD_KEY_PREFIXES, interviewIdOf, interviewKey } from '../storage/keys';
import { replayLeavingWrites } from '../storage/leave-journal';
import { loadRecords, type SetAsideRecord } from '../storage/load-records';
import { createSaveQueue, type SaveState } from '../storage/save-queue';
import { createTabSync } from '../storage/tab-sync';
import { browserTimeZone, browserToday, describeStorageError, newId, recallSelection, rememberSelection } from './browser';
import type { OwnEdits, PlannerState } from './store-state';

export type { PlannerState, ToolRequest } from './store-state';

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
  readOnly: [],
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
  // A newer version saved it meanwhile: show it as that version left it, and park what was typed here.
  onNewer: (key, patches) => void refresh([key], new Map([[key, patches]])),
});

/**
 * For the store's own modules (`store-notices.ts`) only, never for views: the
 * setter and the save queue, so actions that only the workspace needs are
 * not part of every page's first download.
 */
export const storeInternals = { setState, queue };

/** This tab's own last edit of each field (see `OwnEdits`). */
const ownEdits: OwnEdits = new Map();

function noteOwnEdit(key: string, path: Path, value: unknown) {
  ownEdits.set(key, withOwnEdit(ownEdits.get(key), path, value));
  // Typing again in a field, or replacing what holds it, settles its conflict: the person has moved on.
  const settled = (conflict: EditConflict) => conflict.key === key && (isWithin(conflict.path, path) || isWithin(path, conflict.path));
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

async function refresh(keys: string[] | 'all', refused?: Map<string, Patch[]>) {
  if (state.status !== 'ready') return;
  // Nothing here and nothing stored (a first visit's late re-reads): nothing to lay over, so the
  // re-read code stays off the network (the planner's first-visit budget).
  if (keys === 'all' && state.interviews.length === 0 && JSON.stringify(unwrap(state.profile)) === JSON.stringify(emptyProfile())) {
    await replayLeavingWrites(backend).catch(() => []);
    if ((await backend.entriesWithPrefixes(RECORD_KEY_PREFIXES)).length === 0) return;
  }
  // What was read is laid over this tab by code a first visit, with nothing stored, never loads.
  const { refreshInto } = await import('./store-refresh');
  await refreshInto(keys, { state, setState, queue, backend, ownEdits, markDeletedElsewhere, newest }, refused);
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
  // By index, not as a new array: Solid unwraps a new array deeply, every note of every interview
  // (40 ms with a thousand), where one new item is only itself.
  setState('interviews', state.interviews.length, interview);
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
  if (state.readOnly.includes(key)) return;
  batch(() => {
    // Filtered through the store's proxies, which Solid unwraps at once; raw items it would walk deeply.
    setState('interviews', state.interviews.filter((item) => item.id !== id));
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
  // Saved by a newer version: shown, never changed here.
  if (index < 0 || state.readOnly.includes(interviewKey(id))) return;
  setState('interviews', index, reconcile(setIn(unwrap(state.interviews[index]!), path, value)));
  if (isScheduleInputPath(path)) setState('scheduleRevision', (revision) => revision + 1);
  // Deleted in another tab: the edit shows here, but saving it would bring the interview back.
  if (state.deletedElsewhere.includes(id)) return;
  noteOwnEdit(interviewKey(id), path, value);
  queue.patch(interviewKey(id), { path, value });
}

/** Changes one field of your profile. */
export function editProfile(field: 'name' | 'email' | 'mobile' | 'dayStart' | 'dayEnd', value: string): void {
  if (state.readOnly.includes(PROFILE_KEY)) return;
  setState('profile', field, value);
  noteOwnEdit(PROFILE_KEY, [field], value);
  queue.patch(PROFILE_KEY, { path: [field], value });
}

/** Writes every pending edit now (before a download, or when leaving). */
export function saveNow(): Promise<void> {
  return queue.flush();
}
