/**
 * Spotting that another tab replaced what this tab typed (issue 10).
 *
 * A tab remembers the last value it wrote to each field (its "own edits").
 * When it re-reads a record another tab saved, a field whose value is no
 * longer its own was overwritten there: the tab says so next to the field
 * and offers its version back. Fields this tab never touched just follow the
 * other tab, as before.
 */
import type { Path } from './patch';

/** One field where another tab's text replaced this tab's. */
export interface EditConflict {
  /** The record's storage key, e.g. `interview:k3x` or `profile`. */
  key: string;
  path: Path;
  /** What this tab had written. */
  mine: unknown;
  /** What is stored now. */
  theirs: unknown;
}

/**
 * A field's path as one string, for keying maps: `['interviewers', 0, 'name']` → `interviewers.0.name`.
 *
 * @example pathKey(['notes', 'learned']) //=> 'notes.learned'
 */
export function pathKey(path: Path): string {
  return path.join('.');
}

/**
 * The value at `path` in `record`, or undefined when the path does not lead anywhere.
 *
 * @example getIn({ notes: { learned: 'Growth' } }, ['notes', 'learned']) //=> 'Growth'
 */
export function getIn(record: unknown, path: Path): unknown {
  let value = record;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Whether two saved values say the same thing. A draft's `updatedAt` is left
 * out: two tabs saving the same words at different moments do not conflict.
 *
 * @example sameContent({ subject: 'Hi', body: 'x', updatedAt: '1' }, { subject: 'Hi', body: 'x', updatedAt: '2' }) //=> true
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
}

function comparable(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { updatedAt: _ignored, ...rest } = value as Record<string, unknown>;
  return rest;
}

/**
 * The fields of `record` (as re-read from storage, with this tab's unsaved
 * edits laid on top) where this tab's own last edit was replaced. Only text
 * and lists of text count: a tick box or a choice simply follows the other
 * tab. A field whose container is gone (an interviewer removed elsewhere) is
 * not reported, as there is no field left to show the notice beside.
 *
 * @example findConflicts('profile', [{ path: ['name'], value: 'Ana' }], { name: 'Anna' }) //=> [{ key: 'profile', path: ['name'], mine: 'Ana', theirs: 'Anna' }]
 */
export function findConflicts(key: string, ownEdits: readonly { path: Path; value: unknown }[], record: unknown): EditConflict[] {
  return ownEdits.flatMap(({ path, value }) => {
    if (!isText(value) || path.length === 0) return [];
    const parent = getIn(record, path.slice(0, -1));
    if (typeof parent !== 'object' || parent === null) return [];
    const theirs = getIn(record, path);
    return sameContent(theirs, value) ? [] : [{ key, path, mine: value, theirs }];
  });
}

function isText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string');
  // A draft: { subject, body, updatedAt }.
  return typeof value === 'object' && value !== null && typeof (value as { body?: unknown }).body === 'string';
}

/**
 * Text to show for a saved value in a conflict notice: the text itself, a
 * list's lines, or a draft's subject and body.
 *
 * @example conflictText({ subject: 'Thanks', body: 'Dear Jane,', updatedAt: '…' }) //=> 'Thanks\n\nDear Jane,'
 */
export function conflictText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join('\n');
  if (typeof value === 'object' && value !== null) {
    const { subject, body } = value as { subject?: unknown; body?: unknown };
    return [subject, body].filter((part): part is string => typeof part === 'string' && part !== '').join('\n\n');
  }
  return '';
}
