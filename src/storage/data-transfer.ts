/**
 * Export, import and delete-all against the backend, for the data page.
 * Nothing here touches the DOM: the page downloads the texts it is given and
 * tells other tabs about the keys it is given.
 *
 * An import is written with one `setMany` (one IndexedDB transaction: all or
 * nothing), together with a backup of everything as it was (`meta:backup`).
 */
import { buildExport, exportedMessage, exportFileName, serializeExport, setAsideText, type ExportFile, type SetAsideEntry } from '../domain/records/transfer/export-file';
import { partFileName, partsMessage, planExport } from '../domain/records/transfer/export-parts';
import { checkSize, utf8Length } from '../domain/records/transfer/import-size';
import { readImportText, type ImportData } from '../domain/records/transfer/import-file';
import { importedMessage, previewImport, type ImportPreview } from '../domain/records/transfer/import-preview';
import type { MigrateContext } from '../domain/records/migrate/migrate';
import { withUnknownFields } from '../domain/records/unknown-fields';
import type { Interview, Profile } from '../domain/records/model';
import { interviewLabel } from '../domain/records/interview-label';
import { NEWER_VERSION } from '../domain/records/newer-version';
import type { Backend } from './backend';
import { BACKUP_KEY } from './data-meta';
import { PROFILE_KEY, interviewKey, isParkedKey, isSetAsideKey } from './keys';
import { readRecordEntries } from './keys';
import { readRecord } from './read-records';
import { clearLeavingWrites } from './leave-journal';

/** Everything stored, read into the current shapes without writing anything back. */
export interface StoredData {
  profile: Profile | null;
  interviews: Interview[];
  setAside: SetAsideEntry[];
  /** Records saved by a newer version (also in `setAside`), by key, each with the name to show for it. */
  newer: Map<string, string>;
}

/** What the page needs besides the backend: migration context and the person's date (`YYYY-MM-DD`). */
export interface TransferContext {
  migrate: MigrateContext;
  today: string;
}

/**
 * Reads every record. A record the planner could not read (kept aside, or not
 * yet) is carried as text, so an export still holds it.
 */
export async function readStoredData(backend: Backend, context: MigrateContext): Promise<StoredData> {
  const data: StoredData = { profile: null, interviews: [], setAside: [], newer: new Map() };
  for (const [key, raw] of await readRecordEntries(backend)) {
    if (isParkedKey(key)) {
      // Edits an older tab could not save (parked-edits.ts): the export carries them as they are.
      data.setAside.push({ key, reason: 'Changes made in an older tab of Nudge that it could not save; a newer version adds them when it loads.', text: setAsideText(raw) });
      continue;
    }
    if (isSetAsideKey(key)) {
      const kept = (typeof raw === 'object' && raw !== null ? raw : {}) as { reason?: unknown; raw?: unknown };
      data.setAside.push({ key, reason: String(kept.reason ?? 'unreadable'), text: setAsideText(kept.raw) });
      continue;
    }
    const result = readRecord(key, raw, context);
    // Fields this version does not know leave with the record, for the version that wrote them.
    if (result.kind === 'profile') data.profile = withUnknownFields(result.profile, result.unknown);
    else if (result.kind === 'interview') data.interviews.push(withUnknownFields(result.interview, result.unknown));
    else if (result.kind === 'unreadable') data.setAside.push({ key, reason: result.reason, text: setAsideText(raw) });
    // A newer version's record goes along as it is stored; this version cannot check it, so Import leaves it out.
    else if (result.kind === 'newer') {
      data.setAside.push({ key, reason: NEWER_VERSION, text: setAsideText(raw) });
      data.newer.set(key, result.interview ? interviewLabel(result.interview) : key === PROFILE_KEY ? 'Your profile' : 'An interview');
    }
  }
  return data;
}

/** A checked export ready to download (one file, or several when one would be over the import limit), or why there is none. */
export type ExportResult =
  | { ok: true; files: { text: string; fileName: string }[]; interviews: number; message: string }
  | { ok: false; reason: string };

/**
 * Builds the export of everything stored, in files that Import takes back
 * (`records/transfer/export-parts.ts`), and reads each back with the import
 * validator; only files that pass are returned.
 */
export async function exportStoredData(backend: Backend, context: TransferContext): Promise<ExportResult> {
  const data = await readStoredData(backend, context.migrate);
  if (data.interviews.length === 0 && data.profile === null && data.setAside.length === 0) {
    return { ok: false, reason: 'There is nothing to export yet: this browser holds no interviews and no profile.' };
  }
  const plan = planExport({ ...data, now: context.migrate.now });
  if (!plan.ok) return { ok: false, reason: `${plan.reason} Your data is unchanged.` };
  const problem = checkRoundTrip(plan.parts.map((item) => item.text), data, context.migrate);
  if (problem) return { ok: false, reason: `The export did not pass its own check (${problem}), so no file was saved. Your data is unchanged.` };
  const count = plan.parts.length;
  const files = plan.parts.map((item, index) => ({ text: item.text, fileName: partFileName(exportFileName(context.today), index + 1, count) }));
  const withProfile = data.profile !== null;
  const message =
    count === 1
      ? exportedMessage(data.interviews.length, withProfile, files[0]!.fileName)
      : partsMessage(data.interviews.length, withProfile, files.map((file) => file.fileName));
  return { ok: true, files, interviews: data.interviews.length, message };
}

// The files must read back as exactly the records that went in, each within the import limit.
function checkRoundTrip(texts: readonly string[], data: StoredData, context: MigrateContext): string | undefined {
  const interviews: Interview[] = [];
  let profile: Profile | null = null;
  for (const text of texts) {
    if (checkSize(utf8Length(text)) !== undefined) return 'a file is over the import limit';
    const reading = readImportText(text, context);
    if (!reading.ok) {
      if (data.interviews.length === 0 && data.profile === null) continue;
      return reading.reason;
    }
    interviews.push(...reading.data.interviews);
    profile ??= reading.data.profile;
  }
  const ids = (list: readonly Interview[]) => list.map((interview) => interview.id).sort().join('\n');
  if (ids(interviews) !== ids(data.interviews)) return 'the interviews read back differ';
  if (JSON.stringify(profile) !== JSON.stringify(data.profile)) return 'the profile reads back differently';
  return undefined;
}

/** A valid file with what importing it will do, or why it is refused. */
export type PreparedImport = { ok: true; data: ImportData; preview: ImportPreview } | { ok: false; reason: string };

/** Checks a file's text and compares it with what is stored. Writes nothing. */
export async function prepareImport(backend: Backend, text: string, context: MigrateContext): Promise<PreparedImport> {
  const reading = readImportText(text, context);
  if (!reading.ok) return reading;
  const current = await readStoredData(backend, context);
  const blocked = newerReplaced(reading.data, current);
  if (blocked) return { ok: false, reason: blocked };
  return { ok: true, data: reading.data, preview: previewImport(reading.data, current) };
}

/**
 * Why the import must not be written when it would replace a record a newer
 * version saved here (this version would drop what it does not know), else undefined.
 */
function newerReplaced(data: ImportData, current: StoredData): string | undefined {
  const keys = [...data.interviews.map((interview) => interviewKey(interview.id)), ...(data.profile ? [PROFILE_KEY] : [])];
  const found = keys.find((key) => current.newer.has(key));
  if (found === undefined) return undefined;
  const label = current.newer.get(found)!;
  return `“${label.length > 60 ? `${label.slice(0, 60)}…` : label}” in this browser: ${NEWER_VERSION}. This file would replace it, so Nudge did not import it; reload, then import the file again.`;
}

/** What an import wrote. */
export interface ImportResult {
  /** The record keys written, to announce to other tabs. */
  keys: string[];
  /** "Imported 3 interviews." */
  message: string;
  /** The backup of what was stored before, as a file to download; undefined when nothing was stored. */
  backup?: { text: string; fileName: string };
}

/**
 * Writes a checked file's records in one transaction, with a backup of what
 * was stored before under `meta:backup`. Interviews with the same id are
 * replaced; others stay. The profile is written only when the file's differs.
 */
export async function applyImport(backend: Backend, data: ImportData, context: TransferContext): Promise<ImportResult> {
  const current = await readStoredData(backend, context.migrate);
  // Checked again: a tab on a newer version may have saved since the preview.
  const blocked = newerReplaced(data, current);
  if (blocked) throw new Error(blocked);
  const writeProfile = previewImport(data, current).profile === 'replace' && data.profile !== null;
  const items: [string, unknown][] = data.interviews.map((interview) => [interviewKey(interview.id), interview]);
  if (writeProfile) items.push([PROFILE_KEY, data.profile]);
  const keys = items.map(([key]) => key);
  let backup: ExportFile | undefined;
  if (current.interviews.length > 0 || current.profile !== null || current.setAside.length > 0) {
    backup = buildExport({ ...current, now: context.migrate.now });
    items.push([BACKUP_KEY, { savedAt: context.migrate.now.toISOString(), day: context.today, file: backup }]);
  }
  await backend.setMany(items);
  return {
    keys,
    message: importedMessage(data.interviews.length, writeProfile),
    backup: backup && { text: serializeExport(backup), fileName: exportFileName(context.today, 'nudge-backup-before-import') },
  };
}

/** The backup kept from before the last import, as a file to download, if there is one. */
export async function readBackup(backend: Backend): Promise<{ text: string; fileName: string } | undefined> {
  const [kept] = await backend.getMany([BACKUP_KEY]);
  const { file, day } = (kept ?? {}) as { file?: ExportFile; day?: string };
  return file ? { text: serializeExport(file), fileName: exportFileName(day ?? 'undated', 'nudge-backup-before-import') } : undefined;
}

/** Deletes every key in the store and returns them, to announce to other tabs. */
export async function deleteAllData(backend: Backend): Promise<string[]> {
  const keys = (await backend.entries()).map(([key]) => key);
  await backend.clear();
  // A closing tab's safety copy must not bring anything back.
  clearLeavingWrites();
  return keys;
}
