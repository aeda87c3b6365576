/**
 * Saves edits a moment after the typing stops (debounced), all at once when
 * the page is hidden or closed (`pagehide`, `visibilitychange`; `beforeunload`
 * is not reliable on phones), and reports whether everything is saved.
 *
 * Edits are kept as patches per record and re-applied to the latest stored
 * record inside one IndexedDB transaction (`Backend.update`), so another tab's
 * edits to other fields of the same record are kept. Failed writes stay queued
 * and are retried with the next edit or flush.
 *
 * Whatever is written keeps the fields this version does not know
 * (`read-records.ts`, `keepUnknown`), and nothing is ever written over a
 * record a newer version saved: its edits go back to the page (`onNewer`).
 */
import { applyPatches, type Patch } from '../domain/records/patch';
import { isFromNewerVersion } from '../domain/records/record-version';
import type { Backend } from './backend';
import { forgetLeavingWrite, journalLeavingWrite } from './leave-journal';
import { loadedReader } from './load-records';

/** What the person is told about their edits. */
export type SaveState = 'saved' | 'unsaved' | 'saving' | 'error';

type Operation =
  | { type: 'patch'; patch: Patch }
  /** `marker` is written in the record's place (see `records/tombstone.ts`); without one the key is deleted. */
  | { type: 'delete'; marker?: unknown }
  /** The whole record, written over whatever is stored, a deletion marker included: a restore. */
  | { type: 'put'; value: unknown };

export interface SaveQueue {
  /** Queues an edit; `path: []` replaces (or creates) the whole record. */
  patch(key: string, patch: Patch): void;
  /** Queues the deletion of a record, dropping its queued edits; `marker` is left in its place. */
  remove(key: string, marker?: unknown): void;
  /** Queues writing `value` as the record, even over a deletion marker (undoing a deletion). */
  restore(key: string, value: unknown): void;
  /** Whether a deletion of this record is queued or being written. */
  deleting(key: string): boolean;
  /** Drops the edits queued or being written for a record, unwritten (it was deleted elsewhere, or a newer version saved it). */
  discard(key: string): void;
  /** Writes everything queued now. */
  flush(): Promise<void>;
  /** The edits queued for a record and not yet written, to re-apply over a newer stored copy. */
  pendingPatches(key: string): Patch[];
  /** Every record's unwritten edits right now (see `pendingPatches`). */
  pendingSnapshot(): Map<string, Patch[]>;
  /**
   * Notes every edit written from now until `stop`: a re-read of storage may
   * have read a record just before this tab's write of it landed, and must
   * lay that edit over what it read (else the tab takes its own save for
   * another tab's).
   */
  watchWrites(): { written(key: string): Patch[]; stop(): void };
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
  /** Whether a stored value marks a deleted record: edits are then not written over it. */
  isDeleted: (stored: unknown) => boolean;
  /** Called when edits were not written because the record was deleted (in another tab). */
  onDeletedElsewhere: (key: string) => void;
  /** Called with the edits not written because a newer version of Nudge saved the record meanwhile. */
  onNewer: (key: string, patches: Patch[]) => void;
}

/** `written`, about to replace `stored`, with the fields this version does not know put back (none read yet: as it is). */
function keepUnknown(key: string, written: unknown, stored?: unknown): unknown {
  return loadedReader()?.keepUnknown(key, written, stored) ?? written;
}

/** What operations change, as patches (a restore counts as an edit of the whole record, so a re-read keeps it). */
function patchesOf(operations: readonly Operation[]): Patch[] {
  return operations.flatMap((operation) =>
    operation.type === 'patch' ? [operation.patch] : operation.type === 'put' ? [{ path: [], value: operation.value }] : [],
  );
}

/** Creates the save queue for one page. */
export function createSaveQueue(options: SaveQueueOptions): SaveQueue {
  const queued = new Map<string, Operation[]>();
  // Being written right now: still "pending" for anyone re-reading the stored record meanwhile.
  const inFlight = new Map<string, Operation[]>();
  const watchers = new Set<Map<string, Patch[]>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const schedule = () => {
    options.onState('unsaved');
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), options.delayMs);
  };

  /** Writes one record's operations; says why when they were not written (deleted elsewhere, or saved by a newer version). */
  const writeOne = async (key: string, operations: Operation[]): Promise<'deleted' | 'newer' | undefined> => {
    const backend = options.backend();
    let refused: 'deleted' | 'newer' | undefined;
    const deletion = operations.find((operation) => operation.type === 'delete');
    if (deletion) {
      if (deletion.marker === undefined) await backend.delete(key);
      else await backend.update(key, (stored) => (isFromNewerVersion(stored) ? ((refused = 'newer'), stored) : deletion.marker));
      return refused;
    }
    // A restore writes its record whatever is stored; edits made after it go on top.
    const lastPut = operations.map((operation) => operation.type).lastIndexOf('put');
    const base = lastPut >= 0 ? (operations[lastPut] as { value: unknown }).value : undefined;
    const patches = operations.slice(lastPut + 1).flatMap((operation) => (operation.type === 'patch' ? [operation.patch] : []));
    const fallback = options.current(key);
    // Never write a fragment of a record: without this tab's copy there is nothing to patch.
    if (base === undefined && fallback === undefined && !patches.some((patch) => patch.path.length === 0)) return undefined;
    await backend.update(key, (stored) => {
      // A newer version saved it: this version would drop what it does not know.
      if (isFromNewerVersion(stored)) return ((refused = 'newer'), stored);
      if (base !== undefined) return options.stamp(keepUnknown(key, applyPatches(base, patches), stored));
      // Deleted in another tab: typing here must not bring it back (the person may restore it).
      if (options.isDeleted(stored) && !patches.some((patch) => patch.path.length === 0)) return ((refused = 'deleted'), stored);
      return options.stamp(keepUnknown(key, applyPatches(stored ?? fallback, patches), stored));
    });
    return refused;
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
    const refused: string[] = [];
    const newer: [string, Patch[]][] = [];
    let failure: unknown;
    results.forEach((result, index) => {
      const [key, operations] = batch[index]!;
      const remaining = (inFlight.get(key) ?? []).filter((operation) => !operations.includes(operation));
      if (remaining.length > 0) inFlight.set(key, remaining);
      else inFlight.delete(key);
      if (result.status === 'fulfilled') {
        if (result.value === 'newer') newer.push([key, patchesOf(operations)]);
        else (result.value ? refused : written).push(key);
      } else if (round === leavingRound) {
        failure = result.reason;
        // Keep the edits, ahead of any made since, for the next attempt.
        queued.set(key, [...operations, ...(queued.get(key) ?? [])]);
      }
    });
    for (const watcher of watchers) {
      for (const key of written) watcher.set(key, [...(watcher.get(key) ?? []), ...patchesOf(batch.find(([batchKey]) => batchKey === key)![1])]);
    }
    if (written.length > 0) options.onWritten(written);
    for (const key of refused) options.onDeletedElsewhere(key);
    for (const [key, patches] of newer) options.onNewer(key, patches);
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
      const deletion = operations.find((operation) => operation.type === 'delete');
      if (deletion?.marker !== undefined) puts.push([key, deletion.marker]);
      else if (deletion || record === undefined) deletes.push(key);
      else puts.push([key, options.stamp(keepUnknown(key, record))]);
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
    if (!inFlight.has(key) && !queued.has(key)) return [];
    return patchesOf([...(inFlight.get(key) ?? []), ...(queued.get(key) ?? [])]);
  }

  return {
    patch(key, patch) {
      const operations = queued.get(key) ?? [];
      queued.set(key, [...operations.filter((operation) => operation.type !== 'delete'), { type: 'patch', patch }]);
      schedule();
    },
    remove(key, marker) {
      queued.set(key, [{ type: 'delete', marker }]);
      schedule();
    },
    restore(key, value) {
      queued.set(key, [{ type: 'put', value }]);
      schedule();
    },
    discard(key) {
      // In flight too: the write on its way out must not cover it (its transaction refuses on its own).
      queued.delete(key);
      inFlight.delete(key);
    },
    deleting(key) {
      // Asked for every record at each re-read: no copies.
      const isDelete = (operation: Operation) => operation.type === 'delete';
      return Boolean(inFlight.get(key)?.some(isDelete) || queued.get(key)?.some(isDelete));
    },
    flush,
    pendingPatches,
    pendingSnapshot() {
      return new Map([...new Set([...inFlight.keys(), ...queued.keys()])].map((key) => [key, pendingPatches(key)]));
    },
    watchWrites() {
      const watcher = new Map<string, Patch[]>();
      watchers.add(watcher);
      return { written: (key) => watcher.get(key) ?? [], stop: () => watchers.delete(watcher) };
    },
  };
}
