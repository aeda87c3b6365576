/**
 * Loads the planner's records. With nothing stored (a first visit) that is
 * one read; otherwise `read-records.ts`, with the migration code behind it,
 * is fetched and reads them (older or damaged records migrated and written
 * back, unreadable ones set aside, a newer version's left as they are).
 */
import { emptyProfile } from '../domain/records/defaults';
import type { MigrateContext } from '../domain/records/migrate/context';
import type { Interview, Profile } from '../domain/records/model';
import type { Backend } from './backend';
import { readRecordEntries } from './keys';

export { readRecordEntries };

/** A record that could not be read, kept under its own key for recovery. */
export interface SetAsideRecord {
  key: string;
  reason: string;
}

export interface LoadedRecords {
  profile: Profile;
  interviews: Interview[];
  setAside: SetAsideRecord[];
  /** Sentences for the person about saved choices that had to change (e.g. a number of check-ins out of range). */
  notices: string[];
  /** Keys of records a newer version saved: shown, never written here. */
  readOnly: string[];
}

/** The reading code, as `loadReader` delivers it. */
export type Reader = typeof import('./read-records');

let reader: Reader | undefined;

/**
 * The reading code (and the migrations behind it), fetched on first need: a
 * first visit has no records to read, and the planner's first screen stays
 * within its size budget.
 */
export async function loadReader(): Promise<Reader> {
  return (reader ??= await import('./read-records'));
}

/** The reading code if it was fetched, else undefined (then no record was ever read, and none holds unknown fields). */
export function loadedReader(): Reader | undefined {
  return reader;
}

/** Loads every record, migrating and setting aside as needed. */
export async function loadRecords(backend: Backend, context: MigrateContext): Promise<LoadedRecords> {
  const stored = await readRecordEntries(backend);
  if (stored.length === 0) return { profile: emptyProfile(), interviews: [], setAside: [], notices: [], readOnly: [] };
  return (await loadReader()).readStoredRecords(backend, stored, context);
}
