/**
 * Whether a stored value was saved by a version of Nudge newer than this one:
 * such a record must never be written over, moved or deleted here (it may
 * hold what this version would drop). Apart from `migrate/` so the save queue
 * can ask without loading the migration code.
 */
import { SCHEMA_VERSION } from './constants';

/**
 * @example isFromNewerVersion({ schemaVersion: 4, id: 'a' }) //=> true (with SCHEMA_VERSION 3)
 * @example isFromNewerVersion({ schemaVersion: 3, id: 'a' }) //=> false
 */
export function isFromNewerVersion(stored: unknown): boolean {
  const version = (stored as { schemaVersion?: unknown } | null | undefined)?.schemaVersion;
  return typeof version === 'number' && version > SCHEMA_VERSION;
}
