/**
 * What the person is told about a record, or a backup, saved by a newer
 * version of Nudge than the one running in this tab. Such a record is shown
 * read-only and never written, moved or deleted here (`migrate/migrate.ts`
 * says why: it may hold what this version would drop); reloading the page
 * brings the newest version, which reads it.
 */

/** The one sentence for a record or a file from a newer version. */
export const NEWER_VERSION = 'This was saved by a newer version of Nudge: reload to see and edit it';

/**
 * The refusal of a file holding records of a newer schema version (or a newer export format).
 *
 * @example newerFileReason('schema version 4', 'schema version 3') //=> 'This was saved by a newer version of Nudge: reload to see and edit it. Then import the file again (it holds schema version 4; this version of Nudge reads up to schema version 3).'
 */
export function newerFileReason(holds: string, reads: string): string {
  return `${NEWER_VERSION}. Then import the file again (it holds ${holds}; this version of Nudge reads up to ${reads}).`;
}
