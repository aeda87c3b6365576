/**
 * Keeps open tabs of the planner in step. After a write, a tab announces the
 * keys it wrote on a BroadcastChannel; the others re-read those records.
 * Delivery is not guaranteed (a tab asleep in the background can miss it),
 * so a tab also re-reads everything when it becomes visible or gets focus.
 */

const CHANNEL_NAME = 'nudge-records';

export interface TabSync {
  /** Tells the other tabs that these keys changed. */
  announce(keys: string[]): void;
}

/**
 * Starts listening; `onChange` gets the changed keys, or `'all'` after the tab
 * comes back into view.
 */
export function createTabSync(onChange: (keys: string[] | 'all') => void): TabSync {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  channel?.addEventListener('message', (event: MessageEvent<{ keys?: unknown }>) => {
    const keys = event.data?.keys;
    if (Array.isArray(keys)) onChange(keys.filter((key): key is string => typeof key === 'string'));
  });
  let lastCheck = 0;
  const recheck = () => {
    // focus and visibilitychange usually arrive together: one re-read is enough.
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < 500) return;
    lastCheck = Date.now();
    onChange('all');
  };
  addEventListener('focus', recheck);
  document.addEventListener('visibilitychange', recheck);
  return { announce: (keys) => channel?.postMessage({ keys }) };
}
