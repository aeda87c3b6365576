/**
 * The import validator: an export file's text → the records it holds, or one
 * sentence saying what is wrong with it. All or nothing: if any interview or
 * the profile cannot be read, the whole file is refused, so an import never
 * half-happens.
 *
 * Older records in the file are migrated and damaged fields repaired exactly
 * as when the planner loads them (`records/migrate/migrate.ts`); fields this
 * version does not know are kept on them, and a file (or any record in it)
 * from a newer version is refused whole with `NEWER_VERSION`'s sentence. Pure: the
 * clock, zone and new ids come in `context`. Every message says what is wrong
 * with the file; the page adds that nothing was changed.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFileSchema } from './export-file';
import { interviewLabel } from '../interview-label';
import { parseJsonSafely } from './import-json';
import { migrateInterview, migrateProfile, type MigrateContext } from '../migrate/migrate';
import { isPlainObject, own } from '../migrate/fields';
import { SCHEMA_VERSION } from '../constants';
import { newerFileReason } from '../newer-version';
import { withUnknownFields } from '../unknown-fields';
import type { Interview, Profile } from '../model';

/** What a valid file holds, in the current record shapes. */
export interface ImportData {
  /** When the file says it was exported (ISO instant, as written). */
  exportedAt: string;
  /** Null when the file has no profile. */
  profile: Profile | null;
  interviews: Interview[];
  /** Labels of the interviews whose damaged or older fields were repaired on the way in. */
  repaired: string[];
  /** How many unreadable records the file carries along; they are not imported. */
  setAside: number;
}

/** The file's records, or the reason it is refused. */
export type ImportReading = { ok: true; data: ImportData } | { ok: false; reason: string };

const refuse = (reason: string): ImportReading => ({ ok: false, reason });

/**
 * Reads and checks a whole export file.
 *
 * @example readImportText('{"format":"nudge-export","version":1,"schemaVersion":2,"exportedAt":"…","profile":null,"interviews":[{…"id":"a"…}]}', context) //=> { ok: true, data: { profile: null, interviews: [{ id: 'a', … }], … } }
 * @example readImportText('{"format":"trello"}', context) //=> { ok: false, reason: 'This file is not a Nudge export: its "format" is "trello", not "nudge-export".' }
 */
export function readImportText(text: string, context: MigrateContext): ImportReading {
  const json = parseJsonSafely(text);
  if (!json.ok) return refuse(json.reason);
  const raw = json.value;
  const envelope = checkEnvelope(raw);
  if (typeof envelope === 'string') return refuse(envelope);
  if (json.droppedKeys.length > 0) {
    const keys = json.droppedKeys.map((key) => `"${key}"`).join(', ');
    return refuse(
      `This file holds keys that Nudge never writes (${keys}) and that are used to attack web pages, so it was not made by Nudge's Export or has been tampered with.`,
    );
  }
  const profile = readProfile(own(envelope, 'profile'));
  if (typeof profile === 'string') return refuse(profile);
  const interviews = readInterviews(own(envelope, 'interviews'), context);
  if (typeof interviews === 'string') return refuse(interviews);
  if (interviews.list.length === 0 && profile === null) {
    return refuse('This file has no interviews and no profile, so there is nothing in it to import.');
  }
  const exportedAt = own(envelope, 'exportedAt');
  const setAside = own(envelope, 'setAside');
  const data: ImportData = {
    exportedAt: typeof exportedAt === 'string' ? exportedAt : '',
    profile,
    interviews: interviews.list,
    repaired: interviews.repaired,
    setAside: Array.isArray(setAside) ? setAside.length : 0,
  };
  // A last guard against a bug above: what is imported must be what Export writes.
  const normalized = { format: EXPORT_FORMAT, version: EXPORT_VERSION, schemaVersion: SCHEMA_VERSION, exportedAt: data.exportedAt, profile, interviews: data.interviews };
  if (!v.is(ExportFileSchema, normalized)) return refuse('This file could not be checked completely, so Nudge did not import it.');
  return { ok: true, data };
}

/** The top-level object when its format and versions are ones Nudge reads, else why not. */
function checkEnvelope(raw: unknown): Record<string, unknown> | string {
  if (!isPlainObject(raw)) {
    const what = Array.isArray(raw) ? 'a list' : raw === null ? 'null' : `a ${typeof raw}`;
    return `This file is not a Nudge export: it holds JSON, but ${what} rather than a Nudge export's { "format": "${EXPORT_FORMAT}", … }.`;
  }
  const format = own(raw, 'format');
  if (format !== EXPORT_FORMAT) {
    return typeof format === 'string'
      ? `This file is not a Nudge export: its "format" is "${clip(format)}", not "${EXPORT_FORMAT}".`
      : `This file is not a Nudge export: it has no "format": "${EXPORT_FORMAT}" line.`;
  }
  const version = own(raw, 'version');
  if (typeof version !== 'number') return 'This file has no export version ("version"), so Nudge cannot tell how to read it.';
  if (Number.isInteger(version) && version > EXPORT_VERSION) return newerFileReason(`export version ${version}`, `export version ${EXPORT_VERSION}`);
  if (version !== EXPORT_VERSION) return `This file's export version (${version}) is not one Nudge has ever written.`;
  const schemaVersion = own(raw, 'schemaVersion');
  if (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION) return newerFileReason(`schema version ${schemaVersion}`, `schema version ${SCHEMA_VERSION}`);
  return raw;
}

function readProfile(raw: unknown): Profile | null | string {
  if (raw === undefined || raw === null) return null;
  const result = migrateProfile(raw);
  if (result.ok) return withUnknownFields(result.profile, result.unknown);
  if ('newer' in result) return newerFileReason(`a profile of schema version ${result.newer}`, `schema version ${SCHEMA_VERSION}`);
  return `The profile in this file cannot be read: ${lowerFirst(result.reason)}`;
}

function readInterviews(raw: unknown, context: MigrateContext): { list: Interview[]; repaired: string[] } | string {
  if (!Array.isArray(raw)) return 'This file has no list of interviews ("interviews"), so it is not a complete Nudge export.';
  const list: Interview[] = [];
  const repaired: string[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of raw.entries()) {
    const which = `Interview ${index + 1} of ${raw.length} in this file`;
    const result = migrateInterview(item, context);
    if (!result.ok && 'newer' in result) return newerFileReason(`an interview of schema version ${result.newer}`, `schema version ${SCHEMA_VERSION}`);
    if (!result.ok) {
      const name = isPlainObject(item) ? ` ("${clip(interviewLabel({ company: own(item, 'company'), role: own(item, 'role') }))}")` : '';
      return `${which}${name} cannot be read: ${lowerFirst(result.reason)}`;
    }
    const first = seen.get(result.interview.id);
    if (first !== undefined) {
      return `Interviews ${first + 1} and ${index + 1} in this file have the same id ("${clip(result.interview.id)}"), so one would overwrite the other.`;
    }
    seen.set(result.interview.id, index);
    // Fields this version does not know go in as they came, for the version that wrote them.
    list.push(withUnknownFields(result.interview, result.unknown));
    if (result.migratedFrom !== undefined || result.repaired.length > 0) repaired.push(interviewLabel(result.interview));
  }
  return { list, repaired };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// Keeps a message readable when a file puts a novel where a name should be.
function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
