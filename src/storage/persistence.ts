/**
 * Asks the browser to keep Nudge's storage ("persistent storage"), so it is
 * not cleared when space runs low, and reads how much space is used. Both are
 * guarded: older browsers, some private windows and some embedded views have
 * no `navigator.storage`, or reject the calls.
 * https://storage.spec.whatwg.org/#persistence
 */

/** What the browser says about keeping the data. */
export type Persistence = 'persisted' | 'not-persisted' | 'unavailable';

/** The part of `StorageManager` used here, so tests can pass a fake. */
export type StorageLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function browserStorage(): Partial<StorageLike> | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks for persistent storage unless it is already granted. Chrome and Edge
 * decide without asking the person (by how much the site is used); Firefox
 * may show a prompt; Safari grants it to sites added to the home screen.
 *
 * @example await ensurePersistence() //=> 'persisted'
 */
export async function ensurePersistence(storage: Partial<StorageLike> | undefined = browserStorage()): Promise<Persistence> {
  if (typeof storage?.persisted !== 'function' || typeof storage.persist !== 'function') return 'unavailable';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unavailable';
  }
}

/** Space used by this site and the space it may use, in bytes. */
export interface SpaceEstimate {
  usage: number;
  quota: number;
}

/**
 * How much space this site uses, or undefined when the browser will not say.
 * Browsers round and pad these numbers on purpose, so they are estimates.
 *
 * @example await estimateSpace() //=> { usage: 24576, quota: 299977904128 }
 */
export async function estimateSpace(storage: Partial<StorageLike> | undefined = browserStorage()): Promise<SpaceEstimate | undefined> {
  if (typeof storage?.estimate !== 'function') return undefined;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : undefined;
  } catch {
    return undefined;
  }
}
