/**
 * The store's actions that only the workspace (an open interview) needs:
 * answering the notices about another tab's changes (a field it overwrote, an
 * interview it deleted), marking follow-ups from the list, and opening a tool
 * from "This week". Apart from `store.ts` so a first visit does not load them.
 */
import { batch } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { pathKey, type EditConflict } from '../domain/records/edit-conflicts';
import type { EmailKind, FollowUpStatus } from '../domain/records/model';
import type { Path } from '../domain/records/patch';
import { PROFILE_KEY, interviewIdOf, interviewKey } from '../storage/keys';
import { goTo } from './planner-route';
import { editInterview, editProfile, forget, newest, planner, selectInterview, storeInternals, type ToolRequest } from './store';

const { setState, queue } = storeInternals;

/** Saves an interview another tab deleted, as this tab shows it, so it is back everywhere. */
export function restoreDeletedInterview(id: string): void {
  const interview = planner.interviews.find((item) => item.id === id);
  if (!interview) return;
  setState('deletedElsewhere', (list) => list.filter((other) => other !== id));
  queue.restore(interviewKey(id), structuredClone(unwrap(interview)));
}

/** Lets go of an interview another tab deleted: it leaves this tab too. */
export function dismissDeletedInterview(id: string): void {
  batch(() => {
    // Through the proxies, as in `removeInterview`: a raw list would be unwrapped deeply.
    setState('interviews', planner.interviews.filter((item) => item.id !== id));
    forget(id);
    if (planner.selectedId === id) selectInterview(newest(planner.interviews)?.id ?? '');
  });
}

/** Marks a follow-up done, skipped or pending again, keeping any new date it was moved to. */
export function setFollowUpStatus(id: string, followUpId: string, status: FollowUpStatus): void {
  const interview = planner.interviews.find((item) => item.id === id);
  if (interview) editInterview(id, ['followUps', followUpId], { ...(unwrap(interview.followUps[followUpId]) ?? { saidBy: '' }), status });
}

/** Opens an interview at one of its steps, e.g. the check-in email, from "This week" (a new entry in the browser's history). */
export function openTool(id: string, section: ToolRequest['section'], kind?: EmailKind): void {
  batch(() => {
    goTo({ interviewId: id, step: section });
    selectInterview(id);
    setState('request', { interviewId: id, section, kind, serial: (planner.request?.serial ?? 0) + 1 });
  });
}

/** The notice for one field, if another tab replaced what this tab typed there. */
export function conflictAt(key: string, path: Path): EditConflict | undefined {
  const wanted = pathKey(path);
  return planner.conflicts.find((conflict) => conflict.key === key && pathKey(conflict.path) === wanted);
}

/** Puts this tab's version of a field back (and saves it), ending its conflict. */
export function restoreMine(conflict: EditConflict): void {
  const value = structuredClone(unwrap(conflict.mine));
  if (conflict.key === PROFILE_KEY) editProfile(conflict.path[0] as 'name' | 'email' | 'mobile' | 'dayStart' | 'dayEnd', value as string);
  else {
    const id = interviewIdOf(conflict.key);
    const draft = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (id !== undefined) editInterview(id, conflict.path, draft ? { ...value, updatedAt: new Date().toISOString() } : value);
  }
  dismissConflict(conflict);
}

/** Keeps the other tab's version of a field, ending its conflict. */
export function dismissConflict(conflict: EditConflict): void {
  setState('conflicts', (list) => list.filter((other) => !(other.key === conflict.key && pathKey(other.path) === pathKey(conflict.path))));
}
