/** The storage keys of the planner's records (see backend.ts). */

export const PROFILE_KEY = 'profile';
const INTERVIEW_PREFIX = 'interview:';
const SET_ASIDE_PREFIX = 'set-aside:';

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

/** How the keys of the records the planner reads begin (not the data page's `meta:` notes). */
export const RECORD_KEY_PREFIXES: readonly string[] = [PROFILE_KEY, INTERVIEW_PREFIX, SET_ASIDE_PREFIX];
