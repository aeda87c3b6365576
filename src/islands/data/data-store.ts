/**
 * The data page's state, after the planner's store.ts: views read `dataPage`
 * and call the actions in `data-actions.ts`; the work against storage is in
 * `src/storage/data-transfer.ts`.
 *
 * The transfer code (and with it valibot and the migrations) is fetched once
 * the page is idle or on the first action, so the page itself stays light.
 */
import { createStore } from 'solid-js/store';
import type { ImportPreview } from '../../domain/records/transfer/import-preview';
import { indexedDbBackend, type Backend } from '../../storage/backend';
import { readDataSummary, type DataSummary } from '../../storage/data-meta';
import { ensurePersistence, estimateSpace, type Persistence, type SpaceEstimate } from '../../storage/persistence';
import { createTabSync, type TabSync } from '../../storage/tab-sync';
import { browserTimeZone, browserToday, newId } from '../browser';

/** A section's latest outcome: `status` is announced politely, `error` as an alert. */
export interface Outcome {
  status: string;
  error: string;
}

export interface DataPageState {
  /** `unavailable`: IndexedDB could not be opened, so there is nothing stored to work with. */
  storage: 'checking' | 'ready' | 'unavailable';
  summary: DataSummary;
  persistence: Persistence | 'checking';
  space?: SpaceEstimate;
  busy: '' | 'export' | 'import' | 'delete';
  export: Outcome;
  import: Outcome;
  delete: Outcome;
  /** The checked file waiting for the person to press Import or Cancel. */
  pending?: { fileName: string; preview: ImportPreview; repaired: string[]; setAside: number };
}

/** Added to every refusal and failure, so nobody wonders whether something half-happened. */
export const UNCHANGED = 'Nothing was imported: your data is unchanged.';

/** No news. A fresh object each time: the store merges into objects it holds, so a shared one would tie the sections together. */
export const none = (): Outcome => ({ status: '', error: '' });
const [state, setState] = createStore<DataPageState>({
  storage: 'checking',
  summary: { interviews: 0, hasProfile: false, setAside: 0 },
  persistence: 'checking',
  busy: '',
  export: none(),
  import: none(),
  delete: none(),
});

/** The data page's state, read-only for views. */
export const dataPage = state;
/** Changes the state; for `data-actions.ts` only (views call actions). */
export const setDataPage = setState;

let backend: Backend | undefined;
let sync: TabSync | undefined;
let started = false;

/** The opened IndexedDB backend, or undefined while checking or when it cannot be opened. */
export function storageBackend(): Backend | undefined {
  return backend;
}

/** Tells other open tabs (the planner) that these keys changed. */
export function announce(keys: string[]): void {
  sync?.announce(keys);
}

/** The export, import and delete code, fetched on first need. */
export const loadTransfer = () => import('../../storage/data-transfer');

/** The clock, zone, id maker and the person's date, as the transfer code needs them. */
export function transferContext() {
  const now = new Date();
  return { migrate: { timeZone: browserTimeZone(), now, newId }, today: browserToday(now) };
}

/** Opens storage and asks the browser to keep it; the island calls it on mount. */
export function startDataPage(): void {
  if (started) return;
  started = true;
  void ensurePersistence().then((persistence) => setState('persistence', persistence));
  void openStorage();
}

async function openStorage() {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    const opened = indexedDbBackend();
    const summary = await readDataSummary(opened);
    backend = opened;
    setState({ storage: 'ready', summary });
    sync = createTabSync(() => void refreshSummary());
    // Fetch the transfer code once the page is idle, so export and import still work if the connection drops.
    setTimeout(() => void loadTransfer().catch(() => undefined), 1500);
  } catch {
    setState('storage', 'unavailable');
  }
  setState('space', await estimateSpace());
}

/** Re-counts what storage holds, after a change here or in another tab. */
export async function refreshSummary(): Promise<void> {
  if (!backend) return;
  try {
    setState('summary', await readDataSummary(backend));
    setState('space', await estimateSpace());
  } catch {
    // The counts stay as they were; the next action reports any real trouble.
  }
}

/** An error in a few words for a message. */
export function describe(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return 'this browser has run out of room';
  return typeof message === 'string' && message ? message : String(error);
}
