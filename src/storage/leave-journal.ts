/**
 * A safety copy of the last write a closing page makes.
 *
 * On `pagehide` the save queue writes to IndexedDB in one committed
 * transaction, but a browser may still tear the page down before that write
 * lands (we saw it under heavy CPU load). localStorage is written
 * synchronously, so the same records also go here, one key per tab, and the
 * next page to load puts back any that IndexedDB did not get. A record is put
 * back only if it is newer than the stored one, so a later edit is never undone,
 * and only for a short while: the race it covers lasts seconds, and an old copy
 * must not bring back something deleted since.
 */
import { isFromNewerVersion } from '../domain/records/record-version';
import { isTombstone } from '../domain/records/tombstone';
import type { Backend } from './backend';

const PREFIX = 'nudge:leaving:';
const tabKey = `${PREFIX}${Math.random().toString(36).slice(2)}`;

interface JournalEntry {
  puts: [string, unknown][];
  deletes: string[];
  /** When the tab left, ms since the epoch. */
  at: number;
}

/** Copies older than this are dropped unread. */
const REPLAY_WINDOW_MS = 30_000;

/** Keeps a copy of the records this tab is writing as it leaves. Never throws. */
export function journalLeavingWrite(puts: [string, unknown][], deletes: string[]): void {
  try {
    localStorage.setItem(tabKey, JSON.stringify({ puts, deletes, at: Date.now() } satisfies JournalEntry));
  } catch {
    // No localStorage (blocked, full): IndexedDB's own write is all there is.
  }
}

/** Drops every tab's copy, e.g. when all data is deleted. */
export function clearLeavingWrites(): void {
  try {
    for (const key of journalKeys(true)) localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

function journalKeys(includingThisTab: boolean): string[] {
  const keys: string[] = [];
  for (let index = 0; index < localStorage.length; index += 1) {
    const key = localStorage.key(index);
    if (key?.startsWith(PREFIX) && (includingThisTab || key !== tabKey)) keys.push(key);
  }
  return keys;
}

/** The leaving write reached IndexedDB: the copy is no longer needed. */
export function forgetLeavingWrite(): void {
  try {
    localStorage.removeItem(tabKey);
  } catch {
    // Nothing to forget.
  }
}

/** When a record was last written, for comparing copies; records without a stamp count as oldest. */
function writtenAt(record: unknown): string {
  const stamp = (record as { updatedAt?: unknown } | null | undefined)?.updatedAt;
  return typeof stamp === 'string' ? stamp : '';
}

/**
 * Puts back into storage what closing tabs wrote to their copies and
 * IndexedDB did not keep, then removes the copies. Returns the keys it changed.
 */
export async function replayLeavingWrites(backend: Backend): Promise<string[]> {
  let entries: JournalEntry[] = [];
  let keys: string[] = [];
  try {
    keys = journalKeys(false);
    entries = keys
      .map((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as JournalEntry | null)
      .filter((entry): entry is JournalEntry => entry !== null && Date.now() - entry.at < REPLAY_WINDOW_MS);
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    return [];
  }
  const changed: string[] = [];
  for (const { puts, deletes } of entries) {
    for (const [key, record] of puts) {
      let wrote = false;
      await backend.update(key, (stored) => {
        // A deletion stands: a copy never brings a deleted interview back, and a deletion the closing tab made is replayed.
        // A newer version's record stands too: this copy would drop what that version added.
        if (isTombstone(stored) || isFromNewerVersion(stored)) wrote = false;
        else if (isTombstone(record)) wrote = true;
        // The profile has no stamp: the copy a closing tab kept is the latest we know of.
        else wrote = stored === undefined || writtenAt(stored) === '' || writtenAt(record) >= writtenAt(stored);
        return wrote ? record : stored;
      });
      if (wrote) changed.push(key);
    }
    for (const key of deletes) {
      await backend.delete(key);
      changed.push(key);
    }
  }
  return changed;
}
