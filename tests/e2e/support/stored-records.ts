import type { Page } from '@playwright/test';

/**
 * Puts records straight into the planner's database, as another tab or
 * another version of Nudge would have left them. The page must be on the
 * site (any page) and no planner tab open yet.
 */
export async function putRecords(page: Page, entries: [string, unknown][]) {
  await page.evaluate(async (items) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('nudge');
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('records', 'readwrite');
    for (const [key, value] of items) transaction.objectStore('records').put(value, key);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
  }, entries);
}

/** Every key and value in the planner's database, in key order, as the browser stores them. */
export async function storedRecords(page: Page): Promise<[string, unknown][]> {
  return page.evaluate(
    () =>
      new Promise<[string, unknown][]>((resolve, reject) => {
        const request = indexedDB.open('nudge');
        request.onsuccess = () => {
          const store = request.result.transaction('records').objectStore('records');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve(keys.result.map((key, index) => [String(key), values.result[index]]));
            request.result.close();
          };
        };
        request.onerror = () => reject(request.error);
      }),
  );
}

/**
 * Changes one field of a stored record, as another tab saving it would, and
 * tells the planner's open tabs as that tab would (the channel they share).
 */
export async function saveFieldAsAnotherTab(page: Page, key: string, path: (string | number)[], value: unknown) {
  await page.evaluate(
    async ({ key, path, value }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('nudge');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = db.transaction('records', 'readwrite');
      const store = transaction.objectStore('records');
      const read = store.get(key);
      read.onsuccess = () => {
        const record = structuredClone(read.result);
        let at = record;
        for (const step of path.slice(0, -1)) at = at[step];
        at[path.at(-1)!] = value;
        store.put(record, key);
      };
      await new Promise((resolve) => (transaction.oncomplete = resolve));
      db.close();
      new BroadcastChannel('nudge-records').postMessage({ keys: [key] });
    },
    { key, path, value },
  );
}
