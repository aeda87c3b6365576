/**
 * Saves edits a moment after the typing stops (debounced), all at once when
 * the page is hidden or closed (`pagehide`, `visibilitychange`; `beforeunload`
 * is not reliable on phones), and reports whether everything is saved.
 *
 * Edits are kept as patches per record and re-applied to the latest stored
 * record inside one IndexedDB transaction (`Backend.update`), so another tab's
 * edits to other fields of the same record are kept. Failed writes stay queued
 * and are retried with the next edit or flush.
 */
import { applyPatches, type Patch } from '../domain/records/patch';
import type { Backend } from './backend';
import { forgetLeavingWrite, journalLeavingWrite } from './leave-journal';

/** What the person is told about their edits. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

type Operation = { type: 'patch'; patch: Patch } | { type: 'delete' };

export interface SaveQueue {
  /** Queues an edit; `path: []` replaces (or creates) the whole record. */
  patch(key: string, patch: Patch): void;
  /** Queues the deletion of a record, dropping its queued edits. */
  remove(key: string): void;
  /** Writes everything queued now. */
  flush(): Promise<void>;
  /** The edits queued for a record and not yet written, to re-apply over a newer stored copy. */
  pendingPatches(key: string): Patch[];
  /** Every record's unwritten edits right now (see `pendingPatches`). */
  pendingSnapshot(): Map<string, Patch[]>;
  /** Whether a deletion of the record is queued or being written: a re-read may still find its old copy. */
  deleting(key: string): boolean;
}

export interface SaveQueueOptions {
  backend: () => Backend;
  /** Wait this long after the last edit before writing. */
  delayMs: number;
  /**
   * This tab's copy of a record, written in full when the stored one is gone
   * (the database was deleted or cleared meanwhile), so typing is never lost.
   */
  current: (key: string) => unknown;
  /** Stamps the record on each write (e.g. sets `updatedAt`). */
  stamp: (record: unknown) => unknown;
  onState: (state: SaveState, error?: unknown) => void;
  /** Called with the keys just written, e.g. to tell other tabs. */
  onWritten: (keys: string[]) => void;
}

/** Creates the save queue for one page. */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const queued = new Map<string, Operation[]>();
  // Being written right now: still "pending" for anyone re-reading the stored record meanwhile.
  const inFlight = new Map<string, Operation[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    options.onState('unsaved');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), options.delayMs);
  };

  const writeOne = async (key: string, operations: Operation[]) => {
    const backend = options.backend();
    if (operations.some((operation) => operation.type === 'delete')) return backend.delete(key);
    const patches = operations.flatMap((operation) => (operation.type === 'patch' ? [operation.patch] : []));
    const fallback = options.current(key);
    // Never write a fragment of a record: without this tab's copy there is nothing to patch.
    if (fallback === undefined && !patches.some((patch) => patch.path.length === 0)) return;
    await backend.update(key, (stored) => options.stamp(applyPatches(stored ?? fallback, patches)));
  };

  // Bumped when the page writes everything on its way out; writes of an earlier round are then covered by that one.
  let leavingRound = 0;

  const flush = async (): Promise<void> => {
    clearTimeout(timer);
    if (queued.size === 0) return;
    const round = leavingRound;
    const batch = [...queued.entries()];
    queued.clear();
    for (const [key, operations] of batch) inFlight.set(key, [...(inFlight.get(key) ?? []), ...operations]);
    options.onState('saving');
    // Every write starts now, in parallel: when the page is being hidden or
    // closed there is no later turn to start one in. IndexedDB runs
    // read-write transactions on the same key in the order they were started.
    const results = await Promise.allSettled(batch.map(([key, operations]) => writeOne(key, operations)));
    const written: string[] = [];
    let failure: unknown;
    results.forEach((result, index) => {
      const [key, operations] = batch[index]!;
      const remaining = (inFlight.get(key) ?? []).filter((operation) => !operations.includes(operation));
      if (remaining.length > 0) inFlight.set(key, remaining);
      else inFlight.delete(key);
      if (result.status === 'fulfilled') written.push(key);
      else if (round === leavingRound) {
        failure = result.reason;
        // Keep the edits, ahead of any made since, for the next attempt.
        queued.set(key, [...operations, ...(queued.get(key) ?? [])]);
      }
    });
    if (written.length > 0) options.onWritten(written);
    if (failure) options.onState('error', failure);
    else if (inFlight.size === 0) options.onState(queued.size > 0 ? 'unsaved' : 'saved');
  };

  /**
   * The last write before the page goes away. A read-modify-write needs more
   * turns of the event loop than a closing page gets, so this writes this
   * tab's whole copy of each edited record, in one transaction started and
   * committed at once. Another tab's unsaved edits survive it: that tab lays
   * them over what it re-reads.
   */
  const flushBeforeLeaving = () => {
    clearTimeout(timer);
    if (queued.size === 0 && inFlight.size === 0) return;
    const puts: [string, unknown][] = [];
    const deletes: string[] = [];
    for (const key of new Set([...inFlight.keys(), ...queued.keys()])) {
      const operations = [...(inFlight.get(key) ?? []), ...(queued.get(key) ?? [])];
      const record = options.current(key);
      if (operations.some((operation) => operation.type === 'delete') || record === undefined) deletes.push(key);
      else puts.push([key, options.stamp(record)]);
    }
    journalLeavingWrite(puts, deletes);
    // This covers the writes still in flight too: writeNow aborts them, as they would hold it back.
    const writing = options.backend().writeNow(puts, deletes);
    if (!writing) return void flush();
    leavingRound += 1;
    queued.clear();
    options.onState('saving');
    writing.then(
      () => {
        forgetLeavingWrite();
        options.onWritten([...puts.map(([key]) => key), ...deletes]);
        if (queued.size === 0 && inFlight.size === 0) options.onState('saved');
      },
      (error: unknown) => {
        // Still here after all (the tab was only hidden): queue the records again and say so.
        for (const [key, record] of puts) if (!queued.has(key)) queued.set(key, [{ type: 'patch', patch: { path: [], value: record } }]);
        options.onState('error', error);
      },
    );
  };

  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', flushBeforeLeaving);
    // On phones, "hidden" may be the last event a page gets before it is frozen or discarded.
    addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') flushBeforeLeaving();
    });
  }

  function pendingPatches(key: string): Patch[] {
    const operations = [...(inFlight.get(key) ?? []), ...(queued.get(key) ?? [])];
    return operations.flatMap((operation) => (operation.type === 'patch' ? [operation.patch] : []));
  }

  return {
    patch(key, patch) {
      const operations = queued.get(key) ?? [];
      queued.set(key, [...operations.filter((operation) => operation.type !== 'delete'), { type: 'patch', patch }]);
      schedule();
    },
    remove(key) {
      queued.set(key, [{ type: 'delete' }]);
      schedule();
    },
    flush,
    pendingPatches,
    pendingSnapshot() {
      return new Map([...new Set([...inFlight.keys(), ...queued.keys()])].map((key) => [key, pendingPatches(key)]));
    },
    deleting(key) {
      return [...(inFlight.get(key) ?? []), ...(queued.get(key) ?? [])].some((operation) => operation.type === 'delete');
    },
  };
}
