/** Small browser facts the store needs, each guarded so a locked-down browser cannot crash the planner. */
import { formatISO } from 'date-fns';

let zone: string | undefined;

/**
 * The browser's IANA time zone, e.g. `Europe/London`; `UTC` if it cannot tell.
 * Asked once per page: each answer costs a new formatter, and the list of
 * interviews asks for every row.
 */
export function browserTimeZone(): string {
  if (zone) return zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    zone = 'UTC';
  }
  return zone;
}

/**
 * Today's date on this device's clock, `YYYY-MM-DD`. The device's clock is the
 * browser's zone, so this needs no time-zone code (which a first visit to the
 * planner does not load). `formatISO`, not `lightFormat`: it has no pattern
 * parser, which keeps the planner's first visit 0.4 KB lighter.
 */
export function browserToday(now: Date): string {
  return formatISO(now, { representation: 'date' });
}

/** A random id for a new record. `randomUUID` needs a secure context, so there is a fallback. */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const SELECTION_KEY = 'nudge:selected-interview';

/** Remembers which interview is open, for the next page of this visit. */
export function rememberSelection(id: string): void {
  try {
    sessionStorage.setItem(SELECTION_KEY, id);
  } catch {
    // Storage blocked: the planner opens the newest interview instead.
  }
}

/** The interview that was open on the previous page of this visit, if any. */
export function recallSelection(): string {
  try {
    return sessionStorage.getItem(SELECTION_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Says in plain words what a storage error means for the person. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'QuotaExceededError') {
    return 'This browser has run out of room for Nudge, so your latest changes are kept in this tab only. Export your data to keep a copy.';
  }
  return 'This browser will not let Nudge save (a private window or blocked storage, perhaps). Your changes are kept in this tab only until you close it: export your data to keep a copy.';
}
