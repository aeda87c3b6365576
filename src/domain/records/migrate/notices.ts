/**
 * Sentences for the person about choices of theirs that migration had to
 * change (a repair log line is for developers; these are shown in the
 * planner). Today one: a number of check-ins outside what Nudge now plans.
 */
import { CHECK_IN_LIMIT_RANGE } from '../constants';
import type { Interview } from '../model';
import { own } from './fields';

/**
 * What the person should be told about `interview`, read from `raw`.
 *
 * @example changeNotices({ checkInLimit: 8 }, { ...interview, company: 'Acme', checkInLimit: 6 }) //=> ['Acme: you had chosen 8 check-ins before a closing note. Nudge now plans 1 to 6, so it is set to 6; change it under Follow-ups.']
 */
export function changeNotices(raw: Record<string, unknown>, interview: Pick<Interview, 'company' | 'checkInLimit'>): string[] {
  const stored = own(raw, 'checkInLimit');
  if (typeof stored !== 'number' || !Number.isFinite(stored) || stored === interview.checkInLimit) return [];
  const { min, max } = CHECK_IN_LIMIT_RANGE;
  if (stored >= min && stored <= max) return [];
  const name = interview.company.trim() || 'An interview';
  return [
    `${name}: you had chosen ${stored} check-ins before a closing note. Nudge now plans ${min} to ${max}, so it is set to ${interview.checkInLimit}; change it under Follow-ups.`,
  ];
}
