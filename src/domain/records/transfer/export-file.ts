/**
 * The export file: everything Nudge keeps, in one versioned JSON file that
 * the Import on the data page reads back.
 *
 * ```json
 * { "format": "nudge-export", "version": 1, "schemaVersion": 3,
 *   "exportedAt": "2026-03-04T09:30:00.000Z",
 *   "profile": { … } | null, "interviews": [ … ], "setAside": [ … ] }
 * ```
 *
 * `version` is the envelope's version (raise it when these top-level fields
 * change); `schemaVersion` is the records' (records/model.ts). `profile` is
 * null when none was ever saved. `setAside` appears only when storage holds
 * records the planner could not read: each is kept as JSON text, so the person
 * takes it with them, and Import ignores it.
 */
import * as v from 'valibot';
import { countInterviews } from '../interview-label';
import { SCHEMA_VERSION } from '../constants';
import { InterviewSchema, ProfileSchema, type Interview, type Profile } from '../model';

/** The `format` of every Nudge export. */
export const EXPORT_FORMAT = 'nudge-export';
/** The version of the export envelope this code writes and reads. */
export const EXPORT_VERSION = 1;

/** A record the planner could not read, carried along as text. */
export const SetAsideEntrySchema = v.object({
  /** The storage key it was kept under. */
  key: v.string(),
  /** Why it could not be read. */
  reason: v.string(),
  /** The stored value as JSON text (or plain text when it was not JSON-able). */
  text: v.string(),
});

/** The whole export file as Nudge writes it. */
export const ExportFileSchema = v.object({
  format: v.literal(EXPORT_FORMAT),
  version: v.literal(EXPORT_VERSION),
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** ISO instant of the export. */
  exportedAt: v.string(),
  profile: v.nullable(ProfileSchema),
  interviews: v.array(InterviewSchema),
  setAside: v.optional(v.array(SetAsideEntrySchema)),
});

export type SetAsideEntry = v.InferOutput<typeof SetAsideEntrySchema>;
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

/**
 * The export of the given records. Interviews are listed oldest first, so two
 * exports of the same data are the same file. Inputs are not changed.
 *
 * @example buildExport({ profile: null, interviews: [], now: new Date('2026-03-04T09:30:00Z') }) //=> { format: 'nudge-export', version: 1, schemaVersion: 3, exportedAt: '2026-03-04T09:30:00.000Z', profile: null, interviews: [] }
 */
export function buildExport(input: {
  profile: Profile | null;
  interviews: readonly Interview[];
  now: Date;
  setAside?: readonly SetAsideEntry[];
}): ExportFile {
  const interviews = [...input.interviews].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: input.now.toISOString(),
    profile: input.profile,
    interviews,
  };
  return input.setAside && input.setAside.length > 0 ? { ...file, setAside: [...input.setAside] } : file;
}

/**
 * The file's text: indented, so a person can read it, and ending in a newline.
 *
 * @example serializeExport(file).startsWith('{\n  "format": "nudge-export"') //=> true
 */
export function serializeExport(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name for an export made on `today` (`YYYY-MM-DD`, the person's own date).
 *
 * @example exportFileName('2026-03-04') //=> 'nudge-export-2026-03-04.json'
 * @example exportFileName('2026-03-04', 'nudge-backup') //=> 'nudge-backup-2026-03-04.json'
 */
export function exportFileName(today: string, prefix = 'nudge-export'): string {
  return `${prefix}-${today}.json`;
}

/**
 * A stored value that could not be read, as text for the export.
 *
 * @example setAsideText({ id: 7 }) //=> '{"id":7}'
 */
export function setAsideText(raw: unknown): string {
  try {
    return JSON.stringify(raw) ?? String(raw);
  } catch {
    // A BigInt or a cycle: keep what can be shown.
    return String(raw);
  }
}

/**
 * What the person is told once the export is checked and downloaded.
 *
 * @example exportedMessage(3, true, 'nudge-export-2026-03-04.json') //=> 'Exported 3 interviews and your profile to nudge-export-2026-03-04.json.'
 */
export function exportedMessage(interviews: number, withProfile: boolean, fileName: string): string {
  return `Exported ${countInterviews(interviews)}${withProfile ? ' and your profile' : ''} to ${fileName}.`;
}
