/**
 * Which fields of an interview no schedule rule reads. The planner rebuilds
 * an interview's follow-ups only when another field changes, so typing a
 * note or a draft never rebuilds a schedule (issue 10). Every other field,
 * including any new one, counts as an input by default; a rule that starts
 * reading a field listed here must take it out. Imports nothing, so the
 * planner's first screen can use it.
 */

/**
 * Top-level fields of `Interview` that `buildSchedule` never reads, but for
 * parts `scheduleSignature` adds back: whether the person proposed the
 * hear-back date (`notes.proposedDate`), and each contact's clock (the
 * follow-ups are timed for whoever they go to).
 *
 * @example NOT_SCHEDULE_INPUTS.has('notes') //=> true
 * @example NOT_SCHEDULE_INPUTS.has('date') //=> false
 */
export const NOT_SCHEDULE_INPUTS: ReadonlySet<string> = new Set([
  'notes',
  'drafts',
  'calendar',
  'interviewers',
  'company',
  'role',
  'createdAt',
  'updatedAt',
]);

/**
 * The fields of a contact a schedule reads: whose clock and calendar the
 * follow-ups go by (`recipient-clock.ts`). Typing a contact's name or email
 * rebuilds nothing.
 *
 * @example CONTACT_CLOCK_FIELDS.includes('phone') //=> true
 */
export const CONTACT_CLOCK_FIELDS: readonly string[] = ['id', 'contactRole', 'phone', 'timeZone', 'timeZoneFrom', 'country', 'countryFrom'];

/**
 * Whether an edit at `path` (as `editInterview` takes it) can change a
 * schedule: any field but those in `NOT_SCHEDULE_INPUTS`, the one flag of
 * the notes a schedule reads, and a contact's clock.
 *
 * @example isScheduleInputPath(['notes', 'proposedDate']) //=> true
 * @example isScheduleInputPath(['notes', 'learned']) //=> false
 * @example isScheduleInputPath(['interviewers', 1, 'phone']) //=> true
 */
export function isScheduleInputPath(path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  if (path[0] === 'notes') return path.length === 1 || path[1] === 'proposedDate';
  if (path[0] === 'interviewers') return path.length <= 2 || CONTACT_CLOCK_FIELDS.includes(String(path[2]));
  return !NOT_SCHEDULE_INPUTS.has(String(path[0]));
}
