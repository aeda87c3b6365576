/**
 * The data page's state and actions (export, import, delete all, storage
 * facts), after the planner's store.ts: views read `dataPage` and call these
 * actions; the work against storage is in `src/storage/data-transfer.ts`.
 *
 * The transfer code (and with it valibot and the migrations) is loaded on the
 * first export, import or delete, so the page itself stays light.
 */
import { batch } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { ImportData } from '../../domain/import-file';
import type { ImportPreview } from '../../domain/import-preview';
import { checkSize } from '../../domain/import-size';
import { indexedDbBackend, type Backend } from '../../storage/backend';
import { readDataSummary, recordExport, type DataSummary } from '../../storage/data-meta';
import { ensurePersistence, estimateSpace, type Persistence, type SpaceEstimate } from '../../storage/persistence';
import { createTabSync, type TabSync } from '../../storage/tab-sync';
import { browserTimeZone, browserToday, newId } from '../browser';
import { downloadText } from '../download';

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

// A fresh object each time: the store merges into objects it holds, so one shared `none` would tie the sections together.
const none = (): Outcome => ({ status: '', error: '' });
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

let backend: Backend | undefined;
let sync: TabSync | undefined;
// Kept out of the store: records go to IndexedDB, and structured clone cannot copy store proxies.
let pendingData: ImportData | undefined;
let started = false;

const loadTransfer = () => import('../../storage/data-transfer');

function context() {
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

async function refreshSummary() {
  if (!backend) return;
  try {
    setState('summary', await readDataSummary(backend));
    setState('space', await estimateSpace());
  } catch {
    // The counts stay as they were; the next action reports any real trouble.
  }
}

/** Downloads one checked file of everything, and notes when. */
export async function exportAll(): Promise<void> {
  setState('export', none());
  if (!backend) {
    setState('export', { status: 'There is nothing to export: this browser’s storage cannot be opened, and this page holds no data of its own.', error: '' });
    return;
  }
  setState('busy', 'export');
  try {
    const result = await (await loadTransfer()).exportStoredData(backend, context());
    if (!result.ok) {
      setState('export', result.reason.startsWith('There is nothing') ? { status: result.reason, error: '' } : { status: '', error: result.reason });
      return;
    }
    downloadText(result.text, result.fileName, 'application/json');
    let status = result.message;
    try {
      await recordExport(backend, { at: new Date().toISOString(), fileName: result.fileName, interviews: result.interviews });
    } catch {
      status += ' (Nudge could not note the date of this export.)';
    }
    setState('export', { status, error: '' });
    await refreshSummary();
  } catch (error) {
    setState('export', { status: '', error: `The export failed (${describe(error)}). Your data is unchanged; try again.` });
  } finally {
    setState('busy', '');
  }
}

/** Checks a chosen file and shows what importing it would do. Writes nothing. */
export async function chooseImportFile(file: File): Promise<void> {
  cancelPending();
  setState('import', none());
  // File.size is known without reading the file: a huge one is refused unread.
  const sizeProblem = checkSize(file.size);
  if (sizeProblem) return refuseImport(sizeProblem);
  if (!backend) return refuseImport('This browser’s storage cannot be opened, so there is nowhere to import into.');
  setState('busy', 'import');
  try {
    const text = await file.text();
    const prepared = await (await loadTransfer()).prepareImport(backend, text, context().migrate);
    if (!prepared.ok) return refuseImport(prepared.reason);
    pendingData = prepared.data;
    const { repaired, setAside } = prepared.data;
    setState('pending', { fileName: file.name, preview: prepared.preview, repaired, setAside });
  } catch (error) {
    refuseImport(`Nudge could not read this file (${describe(error)}).`);
  } finally {
    setState('busy', '');
  }
}

function refuseImport(reason: string) {
  setState('import', { status: '', error: `${reason} ${UNCHANGED}` });
}

/** Writes the checked file: backup first (kept and downloaded), then every record at once. */
export async function confirmImport(): Promise<void> {
  const data = pendingData;
  if (!backend || !data) return;
  setState('busy', 'import');
  try {
    const result = await (await loadTransfer()).applyImport(backend, data, context());
    sync?.announce(result.keys);
    if (result.backup) downloadText(result.backup.text, result.backup.fileName, 'application/json');
    const backupNote = result.backup
      ? ` What you had before is kept in this browser as a backup and was downloaded as ${result.backup.fileName}.`
      : '';
    // In one batch, so the file input is enabled again before focus returns to it.
    batch(() => {
      cancelPending();
      setState({ busy: '', import: { status: `${result.message}${backupNote}`, error: '' } });
    });
    await refreshSummary();
  } catch (error) {
    setState('import', { status: '', error: `The import could not be written (${describe(error)}). ${UNCHANGED}` });
  } finally {
    setState('busy', '');
  }
}

/** Drops the checked file without writing anything. */
export function cancelImport(): void {
  cancelPending();
  setState('import', { status: 'Import cancelled. Nothing was changed.', error: '' });
}

function cancelPending() {
  pendingData = undefined;
  setState('pending', undefined);
}

/** Downloads the backup kept from before the last import. */
export async function downloadBackup(): Promise<void> {
  if (!backend) return;
  try {
    const backup = await (await loadTransfer()).readBackup(backend);
    if (backup) downloadText(backup.text, backup.fileName, 'application/json');
    setState('import', backup ? { status: `Downloaded ${backup.fileName}.`, error: '' } : { status: 'There is no backup in this browser.', error: '' });
  } catch (error) {
    setState('import', { status: '', error: `The backup could not be read (${describe(error)}).` });
  }
}

/** Deletes everything Nudge keeps in this browser and tells open planner tabs. */
export async function deleteAll(): Promise<boolean> {
  if (!backend) return false;
  setState({ busy: 'delete', delete: none() });
  try {
    const keys = await (await loadTransfer()).deleteAllData(backend);
    sync?.announce(keys);
    cancelPending();
    setState('delete', { status: 'Deleted everything Nudge kept in this browser. Any planner tab that is open is now empty.', error: '' });
    await refreshSummary();
    return true;
  } catch (error) {
    setState('delete', { status: '', error: `Nothing was deleted: storage refused (${describe(error)}). Try again, or close other Nudge tabs first.` });
    return false;
  } finally {
    setState('busy', '');
  }
}

function describe(error: unknown): string {
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  if (name === 'QuotaExceededError') return 'this browser has run out of room';
  return typeof message === 'string' && message ? message : String(error);
}
