/**
 * Field-level edits ("patches") to a stored record. The planner saves what
 * changed, not the whole record, so two tabs editing different fields of the
 * same interview both keep their edits: each write re-applies its patches to
 * the latest stored record inside one IndexedDB transaction.
 */

/** A path into a record, e.g. `['notes', 'points']` or `['interviewers', 0, 'email']`. */
export type Path = readonly (string | number)[];

/** One edit: put `value` at `path`. */
export interface Patch {
  path: Path;
  value: unknown;
}

// Keys that would reach Object.prototype if written through; never followed or written.
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Returns a copy of `record` with `value` at `path`, copying only the objects
 * along the path. Missing objects on the way are created; a path through a
 * forbidden key (`__proto__`, `constructor`, `prototype`) leaves the record as it is.
 *
 * @example setIn({ notes: { learned: '' } }, ['notes', 'learned'], 'Growth plans') //=> { notes: { learned: 'Growth plans' } }
 */
export function setIn<T>(record: T, path: Path, value: unknown): T {
  if (path.some((key) => typeof key === 'string' && FORBIDDEN_KEYS.has(key))) return record;
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = record as unknown as Record<string | number, unknown> | unknown[] | undefined;
  const current = container == null ? undefined : (container as Record<string | number, unknown>)[key];
  const next = setIn(current, rest, value);
  if (Array.isArray(container)) {
    const copy = [...container];
    copy[key as number] = next;
    return copy as T;
  }
  return { ...(container ?? {}), [key]: next } as T;
}

/**
 * Applies patches in order.
 *
 * @example applyPatches({ a: 1, b: 1 }, [{ path: ['a'], value: 2 }, { path: ['b'], value: 3 }]) //=> { a: 2, b: 3 }
 */
export function applyPatches<T>(record: T, patches: readonly Patch[]): T {
  return patches.reduce((result, patch) => setIn(result, patch.path, patch.value), record);
}
