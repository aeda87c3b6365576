/**
 * What the data page shows on arrival, read without loading the import
 * validator: how many records this browser holds, when they were last
 * exported, and whether a backup from before the last import is kept.
 *
 * Two keys of their own in the same store as the records (backend.ts):
 * `meta:last-export` holds `{ at, fileName, interviews }`, and `meta:backup`
 * holds `{ savedAt, day, file }` (an export of everything as it was just before the
 * last import). The planner ignores both: they are not `profile` or `interview:`.
 */
import type { Backend } from './backend';
import { PROFILE_KEY, interviewIdOf, isSetAsideKey } from './keys';

/** Where the last export is noted. */
export const LAST_EXPORT_KEY = 'meta:last-export';
/** Where the backup from before the last import is kept. */
export const BACKUP_KEY = 'meta:backup';

/** The note kept after each export. */
export interface LastExport {
  /** ISO instant. */
  at: string;
  fileName: string;
  interviews: number;
}

/** What this browser holds, counted. */
export interface DataSummary {
  interviews: number;
  hasProfile: boolean;
  /** Records the planner could not read, kept aside. */
  setAside: number;
  lastExport?: LastExport;
  /** ISO instant the kept backup was made, if there is one. */
  backupSavedAt?: string;
}

/**
 * Counts what storage holds. Values are only looked at, never migrated or written.
 *
 * @example await readDataSummary(memoryBackend([['interview:a', {…}], ['profile', {…}]])) //=> { interviews: 1, hasProfile: true, setAside: 0 }
 */
export async function readDataSummary(backend: Backend): Promise<DataSummary> {
  const summary: DataSummary = { interviews: 0, hasProfile: false, setAside: 0 };
  for (const [key, value] of await backend.entries()) {
    if (key === PROFILE_KEY) summary.hasProfile = true;
    else if (interviewIdOf(key) !== undefined) summary.interviews += 1;
    else if (isSetAsideKey(key)) summary.setAside += 1;
    else if (key === LAST_EXPORT_KEY && isLastExport(value)) summary.lastExport = value;
    else if (key === BACKUP_KEY) summary.backupSavedAt = textField(value, 'savedAt');
  }
  return summary;
}

/** Notes an export, so the page can say when the last one was. */
export function recordExport(backend: Backend, note: LastExport): Promise<void> {
  return backend.setMany([[LAST_EXPORT_KEY, note]]);
}

/** Whether any record (not just a note) is stored. */
export function hasRecords(summary: DataSummary): boolean {
  return summary.interviews > 0 || summary.hasProfile || summary.setAside > 0;
}

function isLastExport(value: unknown): value is LastExport {
  return textField(value, 'at') !== undefined && textField(value, 'fileName') !== undefined && typeof (value as LastExport).interviews === 'number';
}

function textField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  const text = (value as Record<string, unknown>)[key];
  return typeof text === 'string' ? text : undefined;
}
