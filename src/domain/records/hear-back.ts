/**
 * The date they said you would hear back by, as it stands now. The interview
 * records the first one (`hearBackBy`); each check-in marked done can record
 * a new one ("They said: by …", `FollowUpState.saidBy`), which moves it. A
 * check-in is judged against the latest of them, never the first.
 *
 * Imports only types and the ground floor, so the composer can use it without the schemas.
 */
import type { Interview } from './model';
import { isWallDate } from '../shared/wall-time';

/**
 * The latest valid `YYYY-MM-DD` among the interview's hear-back date and the
 * dates given on check-ins marked done, or `''` when there is none.
 *
 * @example latestHearBackBy({ hearBackBy: '2026-03-13', followUps: { 'check-in-1': { status: 'done', saidBy: '2026-03-27' } } }) //=> '2026-03-27'
 */
export function latestHearBackBy(interview: Pick<Interview, 'hearBackBy' | 'followUps'>): string {
  const said = Object.values(interview.followUps)
    .filter((state) => state.status === 'done')
    .map((state) => state.saidBy);
  // ISO dates compare correctly as strings; an impossible one (2026-02-30) is not a date anyone gave.
  const dates = [interview.hearBackBy, ...said].filter(isWallDate);
  return dates.reduce((latest, date) => (date > latest ? date : latest), '');
}
