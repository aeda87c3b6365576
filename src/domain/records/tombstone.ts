/**
 * What is left where an interview was deleted: a small marker under the same
 * storage key, holding no text, so another tab still editing that interview
 * cannot bring it back by saving (issue 10). Its save sees the marker instead
 * of a record, keeps the deletion and tells the person, who can then choose
 * to restore it. A missing record, by contrast, means the database itself was
 * deleted, and the next save rebuilds it (nothing typed is lost).
 *
 * Markers are kept for `TOMBSTONE_DAYS`, far longer than any tab would hold
 * unsaved edits, then dropped when the planner loads.
 */

/** The marker left under `interview:<id>` when the interview is deleted. */
export interface Tombstone {
  deleted: 'interview';
  id: string;
  /** ISO instant of the deletion. */
  deletedAt: string;
}

/** How long a marker is kept, in days. */
export const TOMBSTONE_DAYS = 30;

/**
 * The marker for an interview deleted at `now`.
 *
 * @example tombstoneFor('a', new Date('2026-03-03T15:00:00Z')) //=> { deleted: 'interview', id: 'a', deletedAt: '2026-03-03T15:00:00.000Z' }
 */
export function tombstoneFor(id: string, now: Date): Tombstone {
  return { deleted: 'interview', id, deletedAt: now.toISOString() };
}

/**
 * Whether a stored value is a deletion marker.
 *
 * @example isTombstone({ deleted: 'interview', id: 'a', deletedAt: '2026-03-03T15:00:00.000Z' }) //=> true
 * @example isTombstone({ id: 'a', company: 'Acme' }) //=> false
 */
export function isTombstone(value: unknown): value is Tombstone {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return Object.hasOwn(record, 'deleted') && record.deleted === 'interview' && typeof record.deletedAt === 'string';
}

/**
 * Whether a marker is old enough to drop at `now` (an unreadable date counts as old).
 *
 * @example isExpired(tombstoneFor('a', new Date('2026-01-01T00:00:00Z')), new Date('2026-03-03T00:00:00Z')) //=> true
 */
export function isExpired(tombstone: Tombstone, now: Date): boolean {
  const at = Date.parse(tombstone.deletedAt);
  return !(now.getTime() - at < TOMBSTONE_DAYS * 86_400_000);
}
