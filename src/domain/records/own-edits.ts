/**
 * What a tab remembers of its own edits to one record: the last value it
 * wrote to each field, so that a re-read showing another value there can be
 * told apart from this tab's own typing (`edit-conflicts.ts`).
 *
 * An edit can replace a whole object (a contact card read over what was
 * typed, a list of points) or one field inside one. The entries must follow:
 * an entry inside a replaced object is superseded by the edit, and an entry
 * around an edited field now holds that field's new value. Otherwise the tab
 * remembers text it no longer has and, at the next re-read, takes its own
 * save for another tab's (issue 22: a name typed just before a card is read).
 *
 * Small and without the schemas: the planner's first screen notes edits.
 */
import { setIn, type Path } from './patch';

/** One remembered edit. */
export interface OwnEdit {
  path: Path;
  value: unknown;
}

/** A record's remembered edits, by path joined with dots (`interviewers.0.name`). */
export type OwnFieldEdits = ReadonlyMap<string, OwnEdit>;

/**
 * Whether `inner` is `outer` or a field inside it.
 *
 * @example isWithin(['interviewers', 0, 'name'], ['interviewers', 0]) //=> true
 */
export function isWithin(inner: Path, outer: Path): boolean {
  return outer.length <= inner.length && outer.every((key, index) => String(key) === String(inner[index]));
}

/**
 * The edits after writing `value` at `path`. Inputs are not changed.
 *
 * @example withOwnEdit(new Map([['interviewers.0.name', { path: ['interviewers', 0, 'name'], value: 'Jurgen' }]]), ['interviewers', 0], card) //=> Map { 'interviewers.0' => { path: ['interviewers', 0], value: card } }
 */
export function withOwnEdit(edits: OwnFieldEdits | undefined, path: Path, value: unknown): Map<string, OwnEdit> {
  const next = new Map<string, OwnEdit>();
  for (const [key, edit] of edits ?? []) {
    if (isWithin(edit.path, path)) continue;
    next.set(key, isWithin(path, edit.path) ? { path: edit.path, value: setIn(edit.value, path.slice(edit.path.length), value) } : edit);
  }
  next.set(path.join('.'), { path, value });
  return next;
}
