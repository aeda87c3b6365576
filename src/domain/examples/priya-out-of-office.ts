/**
 * A "what if" of Priya's story (`priya.ts`), for the guide's page on other
 * kinds of silence: had her second check-in email brought Jane's
 * out-of-office reply instead of an answer, she would mark it done and enter
 * Jane's return date as "They said: by …", and the planner would move her
 * next check-in to the first working day after it.
 */
import type { Interview } from '../records/model';
import { priyaInterview } from './priya';

/** The day Jane's out-of-office says she is back: the Tuesday after Easter Monday. */
export const PRIYA_JANE_BACK_ON = '2026-04-07';

/**
 * Priya's interview with her second check-in marked done and Jane's return date entered.
 *
 * @example priyaOutOfOffice().followUps['check-in-2']?.saidBy //=> '2026-04-07'
 */
export function priyaOutOfOffice(): Interview {
  const interview = priyaInterview();
  return { ...interview, followUps: { ...interview.followUps, 'check-in-2': { status: 'done', saidBy: PRIYA_JANE_BACK_ON } } };
}
