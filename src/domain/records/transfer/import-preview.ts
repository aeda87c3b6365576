/**
 * What an import will do, shown before it is done: which interviews are new,
 * which replace one this browser has (same id), and whether the profile changes.
 */
import type { ImportData } from './import-file';
import { countInterviews, interviewLabel } from '../interview-label';
import type { Interview, Profile } from '../model';

/** One interview of the file, as the preview lists it. */
export interface PreviewItem {
  id: string;
  label: string;
  /** True when the copy in this browser was changed after the file's copy: replacing it loses those changes. */
  newerHere: boolean;
}

/** What the import will do. */
export interface ImportPreview {
  added: PreviewItem[];
  replaced: PreviewItem[];
  /** `replace`: the file's profile will overwrite yours; `same`: it is identical; `keep`: the file has none (or a blank one). */
  profile: 'replace' | 'same' | 'keep';
}

/**
 * Compares the file with what this browser holds. Inputs are not changed.
 *
 * @example previewImport(data, { profile: null, interviews: [globex] }) //=> { added: [{ id: 'a', label: 'Acme — Data Analyst', newerHere: false }], replaced: [{ id: 'g', label: 'Globex', newerHere: false }], profile: 'replace' }
 */
export function previewImport(
  data: Pick<ImportData, 'profile' | 'interviews'>,
  current: { profile: Profile | null; interviews: readonly Interview[] },
): ImportPreview {
  const mine = new Map(current.interviews.map((interview) => [interview.id, interview]));
  const added: PreviewItem[] = [];
  const replaced: PreviewItem[] = [];
  for (const interview of data.interviews) {
    const here = mine.get(interview.id);
    const item = { id: interview.id, label: interviewLabel(interview), newerHere: here !== undefined && here.updatedAt > interview.updatedAt };
    (here ? replaced : added).push(item);
  }
  return { added, replaced, profile: profileChange(data.profile, current.profile) };
}

function profileChange(incoming: Profile | null, mine: Profile | null): ImportPreview['profile'] {
  if (incoming === null || isBlank(incoming)) return 'keep';
  if (mine && mine.name === incoming.name && mine.email === incoming.email && mine.mobile === incoming.mobile) return 'same';
  return 'replace';
}

function isBlank(profile: Profile): boolean {
  return [profile.name, profile.email, profile.mobile].every((text) => text.trim() === '');
}

/**
 * The preview's opening sentence.
 *
 * @example previewSummary({ added: [a, b], replaced: [c], profile: 'replace' }) //=> 'This file has 3 interviews: 2 new and 1 that will replace the one you have.'
 * @example previewSummary({ added: [a], replaced: [], profile: 'keep' }) //=> 'This file has 1 interview: 1 new.'
 */
export function previewSummary(preview: ImportPreview): string {
  const total = preview.added.length + preview.replaced.length;
  if (total === 0) return 'This file has no interviews.';
  const parts = [
    preview.added.length > 0 ? `${preview.added.length} new` : '',
    preview.replaced.length === 1 ? '1 that will replace the one you have' : '',
    preview.replaced.length > 1 ? `${preview.replaced.length} that will replace the ones you have` : '',
  ].filter(Boolean);
  return `This file has ${countInterviews(total)}: ${parts.join(' and ')}.`;
}

/**
 * The line about the profile.
 *
 * @example profileLine('replace') //=> 'Your profile (name, email, mobile) will be replaced: yes.'
 */
export function profileLine(change: ImportPreview['profile']): string {
  if (change === 'replace') return 'Your profile (name, email, mobile) will be replaced: yes.';
  if (change === 'same') return 'Your profile will be replaced: no (the file’s is the same as yours).';
  return 'Your profile will be replaced: no (the file has none).';
}

/**
 * What the person is told once the import is written.
 *
 * @example importedMessage(3, true) //=> 'Imported 3 interviews and your profile.'
 */
export function importedMessage(interviews: number, withProfile: boolean): string {
  if (interviews === 0) return withProfile ? 'Imported your profile.' : 'Nothing needed importing.';
  return `Imported ${countInterviews(interviews)}${withProfile ? ' and your profile' : ''}.`;
}
