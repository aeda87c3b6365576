/**
 * The bridge between the store's edit conflicts and a form field: what the
 * field's notice shows and what its buttons do.
 */
import { conflictText, type EditConflict } from '../domain/records/edit-conflicts';
import type { Path } from '../domain/records/patch';
import { PROFILE_KEY, interviewKey } from '../storage/keys';
import type { FieldConflict } from './parts/ConflictNotice';
import { conflictAt, dismissConflict, restoreMine } from './store-notices';

function asField(conflict: EditConflict | undefined): FieldConflict | undefined {
  if (!conflict) return undefined;
  return { mine: conflictText(conflict.mine), restore: () => restoreMine(conflict), dismiss: () => dismissConflict(conflict) };
}

/**
 * The notice for a field of an interview, when another tab replaced what this tab typed there.
 *
 * @example interviewFieldConflict('k3x', ['company']) //=> { mine: 'Acme', restore, dismiss } (or undefined)
 */
export function interviewFieldConflict(interviewId: string, path: Path): FieldConflict | undefined {
  return asField(conflictAt(interviewKey(interviewId), path));
}

/**
 * The notice for a field of your profile, when another tab replaced what this tab typed there.
 *
 * @example profileFieldConflict('name') //=> { mine: 'Priya Shah', restore, dismiss } (or undefined)
 */
export function profileFieldConflict(field: 'name' | 'email' | 'mobile' | 'dayStart' | 'dayEnd'): FieldConflict | undefined {
  return asField(conflictAt(PROFILE_KEY, [field]));
}
