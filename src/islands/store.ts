/**
 * The planner's one shared store. Every island on a page imports this module,
 * and ES modules are shared, so an edit in one island shows in the others at
 * once. Views read `planner` and call the actions below; saving, loading and
 * keeping tabs in step happen here and in `src/storage/`, never in a view.
 */
import { batch } from 'solid-js';
import { createStore, reconcile, unwrap } from 'solid-js/store';
import { createInterview, emptyProfile } from '../domain/records/defaults';
import type { Interview, Profile } from '../domain/records/model';
import type { Path } from '../domain/records/patch';
import { setIn } from '../domain/records/patch';
import { indexedDbBackend, memoryBackend, type Backend } from '../storage/backend';
import { PROFILE_KEY, interviewKey } from '../storage/keys';
import { replayLeavingWrites } from '../storage/leave-journal';
import { loadRecords, type SetAsideRecord } from '../storage/load-records';
import { createSaveQueue, type SaveState } from '../storage/save-queue';
import { createTabSync } from '../storage/tab-sync';
import { refreshRecords } from '../storage/refresh-records';
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
    key === PROFILE_KEY ? unwrap(state.profile) : unwrap(state.interviews.find((item) => interviewKey(item.id) === key)),
  stamp: (record) =>
    record && typeof record === 'object' && 'company' in record ? { ...record, updatedAt: new Date().toISOString() } : record,
  onState: (save, error) =>
    batch(() => {
      setState('save', save);
      if (error) setState('storageProblem', describeStorageError(error));
      else if (save === 'saved' && state.backend === 'indexeddb') setState('storageProblem', '');
    }),
  onWritten: (keys) => sync?.announce(keys),
});

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
  // Edits unwritten now may be written while storage is read; keep them either way (re-applying one is harmless).
  const before = queue.pendingSnapshot();
  const shownAtStart = new Set(unwrap(state.interviews).map((item) => item.id));
  const pending = (key: string) => [...(before.get(key) ?? []), ...queue.pendingPatches(key)];
  const next = await refreshRecords(
    backend,
    keys,
    pending,
    { profile: unwrap(state.profile), interviews: unwrap(state.interviews) },
    { timeZone: browserTimeZone(), now: new Date(), newId },
  );
  // An interview removed here (Delete, or Undo of an invitation) while storage was being read, or whose
  // deletion is not written yet, may still be in what was read: it stays removed.
  const shown = new Set(unwrap(state.interviews).map((item) => item.id));
  const removedHere = (id: string) => queue.deleting(interviewKey(id)) || (shownAtStart.has(id) && !shown.has(id));
  const stored = next.interviews.filter((item) => !removedHere(item.id));
  // An interview added here while storage was being read is not there yet: keep it,
  // whether its first write is still waiting or landed while the read ran.
  const added = unwrap(state.interviews).filter(
    (item) => !stored.some((other) => other.id === item.id) && pending(interviewKey(item.id)).length > 0,
  );
  const interviews = [...stored, ...added];
  batch(() => {
    setState('profile', reconcile(next.profile));
    setState('interviews', reconcile(interviews, { key: 'id' }));
    // Checked against what is kept, so a re-read never closes the interview just added.
    if (!interviews.some((item) => item.id === state.selectedId)) setState('selectedId', newest(interviews)?.id ?? '');
  });
}

function newest(interviews: readonly Interview[]): Interview | undefined {
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

/** Deletes an interview and everything kept with it. */
export function removeInterview(id: string): void {
  setState('interviews', (list) => list.filter((item) => item.id !== id));
  if (state.selectedId === id) selectInterview(newest(state.interviews)?.id ?? '');
  queue.remove(interviewKey(id));
}

/** Changes one field of an interview, e.g. `editInterview(id, ['notes', 'learned'], text)`. */
export function editInterview(id: string, path: Path, value: unknown): void {
  const index = state.interviews.findIndex((item) => item.id === id);
  if (index < 0) return;
  setState('interviews', index, reconcile(setIn(unwrap(state.interviews[index]!), path, value)));
  queue.patch(interviewKey(id), { path, value });
}

/** Changes one field of your profile. */
export function editProfile(field: 'name' | 'email' | 'mobile' | 'dayStart' | 'dayEnd', value: string): void {
  setState('profile', field, value);
  queue.patch(PROFILE_KEY, { path: [field], value });
}

/** Writes every pending edit now (before a download, or when leaving). */
export function saveNow(): Promise<void> {
  return queue.flush();
}
