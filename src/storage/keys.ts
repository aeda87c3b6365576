/** The storage keys of the planner's records (see backend.ts). */
import type { Backend } from './backend';

export const PROFILE_KEY = 'profile';
const INTERVIEW_PREFIX = 'interview:';
const SET_ASIDE_PREFIX = 'set-aside:';
const PARKED_PREFIX = 'unsaved:';

/** @example interviewKey('k3x') //=> 'interview:k3x' */
export function interviewKey(id: string): string {
  return `${INTERVIEW_PREFIX}${id}`;
}

/** The interview id in a key, or undefined when the key is not an interview's. */
export function interviewIdOf(key: string): string | undefined {
  return key.startsWith(INTERVIEW_PREFIX) ? key.slice(INTERVIEW_PREFIX.length) : undefined;
}

/** Where an unreadable record is kept, so it can be recovered instead of lost. */
export function setAsideKey(key: string, now: Date): string {
  return `${SET_ASIDE_PREFIX}${key}:${now.toISOString()}`;
}

/** Whether a key holds a set-aside record. */
export function isSetAsideKey(key: string): boolean {
  return key.startsWith(SET_ASIDE_PREFIX);
}

/**
 * Where edits a tab could not save are parked: the record had meanwhile been
 * saved by a newer version, which this tab must not write over (`parked-edits.ts`).
 *
 * @example parkedKey('interview:k3x', new Date('2026-03-03T15:00:00Z')) //=> 'unsaved:interview:k3x:2026-03-03T15:00:00.000Z'
 */
export function parkedKey(key: string, now: Date): string {
  return `${PARKED_PREFIX}${key}:${now.toISOString()}`;
}

/** Whether a key holds parked edits. */
export function isParkedKey(key: string): boolean {
  return key.startsWith(PARKED_PREFIX);
}

/** How the keys of the records the planner reads begin (not the data page's `meta:` notes). */
export const RECORD_KEY_PREFIXES: readonly string[] = [PROFILE_KEY, INTERVIEW_PREFIX, SET_ASIDE_PREFIX, PARKED_PREFIX];

/**
 * The stored records (profile, interviews, set-aside, parked edits), without
 * the data page's notes: the backup kept from before an import can be as big
 * as all the records together, and the planner never needs it.
 */
export function readRecordEntries(backend: Pick<Backend, 'entriesWithPrefixes'>): Promise<[string, unknown][]> {
  return backend.entriesWithPrefixes(RECORD_KEY_PREFIXES);
}
