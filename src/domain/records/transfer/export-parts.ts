/**
 * An export as files that Import takes back. Export and import share one
 * limit, `MAX_IMPORT_BYTES`: when everything fits, that is one file; when it
 * does not, the interviews are spread over several files, each a complete
 * export within the limit (the profile and any set-aside records go in the
 * first), so every file written can be imported, in any order. Only an
 * interview that alone is over the limit cannot be exported; the person is
 * told which, before anything is written.
 */
import { countInterviews, interviewLabel } from '../interview-label';
import type { Interview, Profile } from '../model';
import { buildExport, serializeExport, type ExportFile, type SetAsideEntry } from './export-file';
import { formatBytes, MAX_IMPORT_BYTES, utf8Length } from './import-size';

/** One file of an export: its content, its text and the text's size in bytes. */
export interface ExportPart {
  file: ExportFile;
  text: string;
  bytes: number;
}

/** The files of an export, or why it cannot be written. */
export type ExportPlan = { ok: true; parts: ExportPart[] } | { ok: false; reason: string };

/** What goes into an export (as `buildExport` takes it). */
export interface ExportInput {
  profile: Profile | null;
  interviews: readonly Interview[];
  now: Date;
  setAside?: readonly SetAsideEntry[];
}

function part(file: ExportFile): ExportPart {
  const text = serializeExport(file);
  return { file, text, bytes: utf8Length(text) };
}

/**
 * The bytes an interview adds to an export's text: its JSON as
 * `serializeExport` writes it inside the list (each line indented four more
 * spaces), and the comma and line break between items.
 */
function bytesInList(interview: Interview): number {
  const text = JSON.stringify(interview, null, 2);
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return utf8Length(text) + 4 * lines + 2;
}

/**
 * The export of `input` as files of at most `maxBytes` each (default: what
 * Import reads). Interviews keep the export's order, oldest first. Inputs are
 * not changed.
 *
 * @example planExport({ profile: null, interviews: [a, b], now }, 20_000) //=> { ok: true, parts: [{ file: { interviews: [a], … }, … }, { file: { interviews: [b], … }, … }] }
 */
export function planExport(input: ExportInput, maxBytes: number = MAX_IMPORT_BYTES): ExportPlan {
  const whole = part(buildExport(input));
  if (whole.bytes <= maxBytes) return { ok: true, parts: [whole] };
  const first = (interviews: Interview[]) => buildExport({ ...input, interviews });
  const later = (interviews: Interview[]) => buildExport({ profile: null, interviews, now: input.now });
  const groups: Interview[][] = [];
  let group: Interview[] = [];
  // A list's brackets and line breaks take a few bytes more once it has items.
  const SLACK = 16;
  const opening = part(first([]));
  if (opening.bytes > maxBytes) {
    return { ok: false, reason: `Your profile and the records kept aside alone come to ${formatBytes(opening.bytes)}, more than the ${formatBytes(maxBytes)} an export file can hold, so Nudge could not export your data.` };
  }
  let room = maxBytes - opening.bytes - SLACK;
  const emptyLater = part(later([])).bytes + SLACK;
  // The first file may hold just the profile and the records kept aside, when an interview does not fit beside them.
  const firstMayBeEmpty = input.profile !== null || (input.setAside?.length ?? 0) > 0;
  for (const interview of whole.file.interviews) {
    const size = bytesInList(interview);
    if (size > room && (group.length > 0 || (groups.length === 0 && firstMayBeEmpty))) {
      groups.push(group);
      group = [];
      room = maxBytes - emptyLater;
    }
    if (size > room) {
      const label = interviewLabel(interview);
      return {
        ok: false,
        reason: `The interview “${label.length > 60 ? `${label.slice(0, 60)}…` : label}” alone is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} an export file can hold, so Nudge could not export your data. Shorten its notes or drafts, then export again.`,
      };
    }
    group.push(interview);
    room -= size;
  }
  groups.push(group);
  const parts = groups.map((interviews, index) => part(index === 0 ? first(interviews) : later(interviews)));
  // The sizes above are exact; this guards the promise that Import takes every file.
  if (parts.some((candidate) => candidate.bytes > maxBytes)) return { ok: false, reason: 'The export could not be split into files Import can read, so nothing was saved.' };
  return { ok: true, parts };
}

/**
 * A file name for part `index` (from 1) of `count`, or the plain name when there is one file.
 *
 * @example partFileName('nudge-export-2026-03-04.json', 2, 3) //=> 'nudge-export-2026-03-04-part-2-of-3.json'
 */
export function partFileName(fileName: string, index: number, count: number): string {
  return count === 1 ? fileName : fileName.replace(/\.json$/, `-part-${index}-of-${count}.json`);
}

/**
 * What the person is told after an export in several files.
 *
 * @example partsMessage(5000, true, ['a-part-1-of-2.json', 'a-part-2-of-2.json'], 41_943_040) //=> 'Exported 5000 interviews and your profile in 2 files, a-part-1-of-2.json and a-part-2-of-2.json: one file can hold at most 40 MB. Import both to restore everything; each can be imported on its own.'
 */
export function partsMessage(interviews: number, withProfile: boolean, fileNames: readonly string[], maxBytes: number = MAX_IMPORT_BYTES): string {
  const names = fileNames.length === 2 ? fileNames.join(' and ') : `${fileNames.slice(0, -1).join(', ')} and ${fileNames.at(-1)}`;
  const all = fileNames.length === 2 ? 'both' : `all ${fileNames.length}`;
  return `Exported ${countInterviews(interviews)}${withProfile ? ' and your profile' : ''} in ${fileNames.length} files, ${names}: one file can hold at most ${formatBytes(maxBytes)}. Import ${all} to restore everything; each can be imported on its own.`;
}
