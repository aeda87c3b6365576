/**
 * What the data page's buttons do: export, import (check, then write), and
 * delete all. Each action reports in its own section's `status` or `error`.
 */
import { batch } from 'solid-js';
import type { ImportData } from '../../domain/records/transfer/import-file';
import { checkSize } from '../../domain/records/transfer/import-size';
import { recordExport } from '../../storage/data-meta';
import { downloadText } from '../download';
import {
  announce,
  describe,
  loadTransfer,
  none,
  refreshSummary,
  setDataPage as setState,
  storageBackend,
  transferContext as context,
  UNCHANGED,
} from './data-store';

// Kept out of the store: records go to IndexedDB, and structured clone cannot copy store proxies.
let pendingData: ImportData | undefined;

/** Downloads one checked file of everything, and notes when. */
export async function exportAll(): Promise<void> {
  setState('export', none());
  const backend = storageBackend();
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
    for (const file of result.files) downloadText(file.text, file.fileName, 'application/json');
    let status = result.message;
    const fileName = result.files.length === 1 ? result.files[0]!.fileName : `${result.files.length} files, ${result.files[0]!.fileName} …`;
    try {
      await recordExport(backend, { at: new Date().toISOString(), fileName, interviews: result.interviews });
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
  const backend = storageBackend();
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
  const backend = storageBackend();
  if (!backend || !data) return;
  setState('busy', 'import');
  try {
    const result = await (await loadTransfer()).applyImport(backend, data, context());
    announce(result.keys);
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
  const backend = storageBackend();
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
  const backend = storageBackend();
  if (!backend) return false;
  setState({ busy: 'delete', delete: none() });
  try {
    const keys = await (await loadTransfer()).deleteAllData(backend);
    announce(keys);
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
