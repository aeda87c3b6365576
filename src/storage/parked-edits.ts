/**
 * Edits a tab could not save because, meanwhile, a newer version of Nudge
 * saved the same record (in another tab, after an update). The older tab
 * must not write over that record, as it would drop what it does not know,
 * so it parks its edits beside it, under `unsaved:<key>:<time>`:
 *
 * ```json
 * { "key": "interview:k3x", "schemaVersion": 3, "at": "2026-03-03T15:00:00.000Z",
 *   "label": "Acme — Data Analyst", "patches": [{ "path": ["notes", "learned"], "value": "…" }] }
 * ```
 *
 * The next page that can read the record (the newer version, once the tab
 * reloads) applies them to it, in order, and says so; parked edits whose
 * record is still from a version newer than the reader's stay parked. A
 * version that renames a field must map the old paths of parked edits (their
 * `schemaVersion` says which shape they were made against).
 */
import { SCHEMA_VERSION } from '../domain/records/constants';
import { isPlainObject } from '../domain/records/migrate/fields';
import { applyPatches, type Patch } from '../domain/records/patch';
import { isFromNewerVersion } from '../domain/records/record-version';
import { isTombstone } from '../domain/records/tombstone';
import type { Backend } from './backend';
import { isParkedKey, parkedKey } from './keys';

/** Parked edits as stored. */
export interface ParkedEdits {
  key: string;
  schemaVersion: number;
  /** ISO instant they were parked. */
  at: string;
  /** The record's name when they were parked, for the notice. */
  label: string;
  patches: Patch[];
}

/** Writes `patches` for `key` beside the record (never to it). */
export async function parkEdits(backend: Backend, key: string, patches: readonly Patch[], label: string, now: Date): Promise<void> {
  if (patches.length === 0) return;
  const parked: ParkedEdits = { key, schemaVersion: SCHEMA_VERSION, at: now.toISOString(), label, patches: [...patches] };
  await backend.setMany([[parkedKey(key, now), parked]]);
}

function isParked(value: unknown): value is ParkedEdits {
  return isPlainObject(value) && typeof value.key === 'string' && Array.isArray(value.patches) && typeof value.label === 'string';
}

/**
 * Applies every parked edit in `stored` (a read of the records) whose record
 * this version can write, oldest first, and removes it. A record deleted
 * meanwhile stays deleted; one still from a newer version keeps its edits parked.
 *
 * @returns the record keys changed, and a sentence per record for the person.
 */
export async function applyParkedEdits(backend: Backend, stored: readonly [string, unknown][], now: Date): Promise<{ changed: string[]; notices: string[] }> {
  const parked = stored
    .filter(([key]) => isParkedKey(key))
    .sort(([a], [b]) => a.localeCompare(b));
  const changed: string[] = [];
  const notices: string[] = [];
  for (const [parkKey, value] of parked) {
    if (!isParked(value)) {
      await backend.delete(parkKey);
      continue;
    }
    let applied = false;
    let gone = false;
    await backend.update(value.key, (record) => {
      if (isFromNewerVersion(record)) return record;
      gone = record === undefined || isTombstone(record);
      if (gone) return record;
      applied = true;
      const edited = applyPatches(record, value.patches) as Record<string, unknown>;
      return value.key.startsWith('interview:') ? { ...edited, updatedAt: now.toISOString() } : edited;
    });
    if (!applied && !gone) continue;
    await backend.delete(parkKey);
    if (applied) {
      changed.push(value.key);
      notices.push(`${value.label}: what you changed in an older tab of Nudge, and it could not save then, is saved now.`);
    } else {
      notices.push(`${value.label}: what you changed in an older tab of Nudge could not be saved, because it was deleted since.`);
    }
  }
  return { changed, notices };
}
