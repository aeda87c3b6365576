/**
 * Reads the `schemaVersion` of a stored record, for `migrate.ts`.
 */
import { describe, own } from './fields';
import { SCHEMA_VERSION } from '../constants';

/**
 * The version a stored record was written in. A version newer than this
 * code's is refused (it may hold fields this code would drop); a missing or
 * odd one is guessed from the record's shape by `guess`, and logged.
 *
 * @returns 1 or 2, or the reason the record cannot be read.
 * @example readVersion({ schemaVersion: 3 }, 'an interview', () => undefined, log) //=> 'It was saved by a newer version of Nudge (schema version 3); this version reads up to 2.'
 */
export function readVersion(
  raw: Record<string, unknown>,
  noun: string,
  guess: (raw: Record<string, unknown>) => 1 | 2 | undefined,
  log: string[],
): 1 | 2 | string {
  const stored = own(raw, 'schemaVersion');
  if (typeof stored === 'number' && stored > SCHEMA_VERSION) {
    return `It was saved by a newer version of Nudge (schema version ${stored}); this version reads up to ${SCHEMA_VERSION}.`;
  }
  if (stored === 1 || stored === SCHEMA_VERSION) return stored;
  const guessed = guess(raw);
  if (guessed === undefined) return `It has no schema version and does not look like ${noun}.`;
  log.push(`schemaVersion was ${describe(stored)}; read as version ${guessed}`);
  return guessed;
}
