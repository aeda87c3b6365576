/**
 * Where the planner's records live: one IndexedDB database, `nudge`, with one
 * object store, `records`, through idb-keyval. Keys: `profile`,
 * `interview:<id>`, `set-aside:<key>:<time>` for stored records that could
 * not be read (kept so nothing is silently dropped), and
 * `unsaved:<key>:<time>` for edits a tab could not write because a newer
 * version had saved the record (`parked-edits.ts`).
 *
 * When IndexedDB is unavailable or fails (private windows, blocked, quota),
 * `memoryBackend` keeps the same interface in memory for the life of the tab.
 */
import { clear, createStore, del, entries, getMany, promisifyRequest, setMany, update, type UseStore } from 'idb-keyval';

/** The few storage operations the planner needs. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  entries(): Promise<[string, unknown][]>;
  /**
   * The entries whose keys start with one of `prefixes`, read in one
   * transaction, two requests per prefix: the planner reads its records
   * without the data page's notes (a kept backup can be megabytes).
   */
  entriesWithPrefixes(prefixes: readonly string[]): Promise<[string, unknown][]>;
  getMany(keys: string[]): Promise<unknown[]>;
  /** Atomic read-modify-write of one key; the updater must be synchronous. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
  /** Writes every entry or none. */
  setMany(items: [string, unknown][]): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
  /**
   * Writes and deletes in one transaction started right now, synchronously,
   * and commits it: for `pagehide`, after which no promise callback runs.
   * It first aborts the read-modify-writes still waiting for this page to run
   * their second step: a closing page never runs it, and a transaction queued
   * behind them would be dropped with them. So `puts` must cover their records.
   * Returns undefined when that is not possible (no open connection yet),
   * else a promise of the transaction's end (which a closing page never sees).
   */
  writeNow(puts: [string, unknown][], deletes: string[]): Promise<void> | undefined;
}

const DB_NAME = 'nudge';
const STORE_NAME = 'records';

/**
 * idb-keyval caches its connection and never reopens it, but browsers close
 * connections (iOS Safari after a while in the background; a deletion of the
 * database from another tab). This store opens a fresh connection when the
 * old one was closed, and retries the operation once.
 */
function resilientStore(): { store: UseStore; openDatabase: () => IDBDatabase | undefined } {
  let current: UseStore | undefined;
  let database: IDBDatabase | undefined;
  const open = (): UseStore => {
    const store = createStore(DB_NAME, STORE_NAME);
    // Let another tab delete or upgrade the database: close, and reopen on next use.
    store('readonly', (objectStore) => {
      const db = objectStore.transaction.db;
      database = db;
      const forget = () => {
        if (current === store) current = undefined;
        if (database === db) database = undefined;
      };
      db.onversionchange = () => {
        db.close();
        forget();
      };
      db.onclose = forget;
    }).catch(() => undefined);
    return store;
  };
  const store: UseStore = (mode, callback) => {
    current ??= open();
    return current(mode, callback).catch((error: unknown) => {
      if (!isClosedConnection(error)) throw error;
      current = open();
      return current(mode, callback);
    });
  };
  return { store, openDatabase: () => database };
}

function isClosedConnection(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'InvalidStateError' || name === 'TransactionInactiveError';
}

/** The IndexedDB backend. */
export function indexedDbBackend(): Backend {
  const { store, openDatabase } = resilientStore();
  const unfinished = new Set<IDBTransaction>();
  const tracked: UseStore = (mode, callback) =>
    store(mode, (objectStore) => {
      const transaction = objectStore.transaction;
      unfinished.add(transaction);
      const settle = () => unfinished.delete(transaction);
      for (const event of ['complete', 'abort', 'error']) transaction.addEventListener(event, settle);
      return callback(objectStore);
    });
  return {
    kind: 'indexeddb',
    entries: () => entries<string, unknown>(store),
    entriesWithPrefixes: (prefixes) =>
      // Hand-written: idb-keyval reads by key range only in full (`entries`) or one request per key
      // (`getMany`), and a thousand requests cost more than the records they read (issue 10).
      store('readonly', (objectStore) =>
        Promise.all(
          prefixes.map(async (prefix) => {
            const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
            const [found, values] = await Promise.all([promisifyRequest(objectStore.getAllKeys(range)), promisifyRequest(objectStore.getAll(range))]);
            return found.map((key, index) => [String(key), values[index]] as [string, unknown]);
          }),
        ).then((lists) => lists.flat()),
      ),
    getMany: (keys) => getMany(keys, store),
    update: (key, updater) => update(key, updater, tracked),
    setMany: (items) => setMany(items, store),
    delete: (key) => del(key, store),
    clear: () => clear(store),
    writeNow(puts, deletes) {
      // Hand-written: idb-keyval starts every transaction a promise turn
      // later, and a page being unloaded never gets that turn.
      const db = openDatabase();
      if (!db) return undefined;
      for (const transaction of unfinished) {
        try {
          transaction.abort();
        } catch {
          // Already finished: nothing to abort.
        }
      }
      unfinished.clear();
      try {
        const transaction = db.transaction(STORE_NAME, 'readwrite');
        const objectStore = transaction.objectStore(STORE_NAME);
        for (const [key, value] of puts) objectStore.put(value, key);
        for (const key of deletes) objectStore.delete(key);
        // Without an explicit commit, Chromium drops a transaction begun in pagehide.
        transaction.commit?.();
        return promisifyRequest(transaction);
      } catch {
        return undefined;
      }
    },
  };
}

/** A backend that keeps records in memory only, for when IndexedDB cannot be used. */
export function memoryBackend(initial: [string, unknown][] = []): Backend {
  const records = new Map(initial);
  return {
    kind: 'memory',
    entries: async () => [...records.entries()],
    entriesWithPrefixes: async (prefixes) => [...records.entries()].filter(([key]) => prefixes.some((prefix) => key.startsWith(prefix))),
    getMany: async (keys) => keys.map((key) => records.get(key)),
    update: async (key, updater) => void records.set(key, updater(records.get(key))),
    setMany: async (items) => items.forEach(([key, value]) => records.set(key, value)),
    delete: async (key) => void records.delete(key),
    clear: async () => records.clear(),
    writeNow(puts, deletes) {
      puts.forEach(([key, value]) => records.set(key, value));
      deletes.forEach((key) => records.delete(key));
      return Promise.resolve();
    },
  };
}
