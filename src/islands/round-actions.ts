/**
 * "Add the next round": the store's new interview for the next round of an
 * application (`domain/records/next-round.ts`), opened at its first step.
 * Loaded with the workspace, never on a first visit.
 */
import { unwrap } from 'solid-js/store';
import { nextRoundOf } from '../domain/records/next-round';
import { browserToday, newId } from './browser';
import { goTo } from './planner-route';
import { insertInterview, planner } from './store';

/**
 * Adds the round after interview `id` and opens its Details step; returns why
 * not when it cannot (and adds nothing).
 *
 * @example addNextRound(interview.id) //=> { ok: true, round: 2 }
 */
export function addNextRound(id: string): { ok: true; round: number } | { ok: false; reason: string } {
  const source = planner.interviews.find((item) => item.id === id);
  if (!source) return { ok: false, reason: 'That interview is no longer in this browser.' };
  const now = new Date();
  const result = nextRoundOf(unwrap(source), { id: newId(), now, today: browserToday(now) });
  if (!result.ok) return result;
  insertInterview(result.interview);
  goTo({ interviewId: result.interview.id, step: 'details' });
  return { ok: true, round: result.interview.round };
}
