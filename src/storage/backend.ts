/**
 * Where the planner's records live: one IndexedDB database, `nudge`, with one
 * object store, `records`, through idb-keyval. Keys: `profile`,
 * `interview:<id>`, and `set-aside:<key>:<time>` for stored records that
 * could not be read (kept so nothing is silently dropped).
 *
 * When IndexedDB is unavailable or fails (private windows, blocked, quota),
 * `memoryBackend` keeps the same interface in memory for the life of the tab.
 */
import { clear, createStore, del, entries, getMany, setMany, update, type UseStore } from 'idb-keyval';

/** The few storage operations the planner needs. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  entries(): Promise<[string, unknown][]>;
  getMany(keys: string[]): Promise<unknown[]>;
  /** Atomic read-modify-write of one key; the updater must be synchronous. */
  update(key: string, updater: (old: unknown) => unknown): Promise<void>;
  /** Writes every entry or none. */
  setMany(items: [string, unknown][]): Promise<void>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'nudge';
const STORE_NAME = 'records';

/**
 * idb-keyval caches its connection and never reopens it, but browsers close
 * connections (iOS Safari after a while in the background; a deletion of the
 * database from another tab). This store opens a fresh connection when the
 * old one was closed, and retries the operation once.
 */
function resilientStore(): UseStore {
  let current: UseStore | undefined;
  const open = (): UseStore => {
    const store = createStore(DB_NAME, STORE_NAME);
    // Let another tab delete or upgrade the database: close, and reopen on next use.
    store('readonly', (objectStore) => {
      const db = objectStore.transaction.db;
      db.onversionchange = () => {
        db.close();
        if (current === store) current = undefined;
      };
      db.onclose = () => {
        if (current === store) current = undefined;
      };
    }).catch(() => undefined);
    return store;
  };
  return (mode, callback) => {
    current ??= open();
    return current(mode, callback).catch((error: unknown) => {
      if (!isClosedConnection(error)) throw error;
      current = open();
      return current(mode, callback);
    });
  };
}

function isClosedConnection(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'InvalidStateError' || name === 'TransactionInactiveError';
}

/** The IndexedDB backend. */
export function indexedDbBackend(): Backend {
  const store = resilientStore();
  return {
    kind: 'indexeddb',
    entries: () => entries<string, unknown>(store),
    getMany: (keys) => getMany(keys, store),
    update: (key, updater) => update(key, updater, store),
    setMany: (items) => setMany(items, store),
    delete: (key) => del(key, store),
    clear: () => clear(store),
  };
}

/** A backend that keeps records in memory only, for when IndexedDB cannot be used. */
export function memoryBackend(initial: [string, unknown][] = []): Backend {
  const records = new Map(initial);
  return {
    kind: 'memory',
    entries: async () => [...records.entries()],
    getMany: async (keys) => keys.map((key) => records.get(key)),
    update: async (key, updater) => void records.set(key, updater(records.get(key))),
    setMany: async (items) => items.forEach(([key, value]) => records.set(key, value)),
    delete: async (key) => void records.delete(key),
    clear: async () => records.clear(),
  };
}
