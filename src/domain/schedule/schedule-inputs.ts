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
 * one flag of the notes, which `scheduleSignature` adds back: whether the
 * person proposed the hear-back date (`notes.proposedDate`).
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
 * Whether an edit at `path` (as `editInterview` takes it) can change a
 * schedule: any field but those in `NOT_SCHEDULE_INPUTS`, and the one flag
 * of the notes a schedule reads.
 *
 * @example isScheduleInputPath(['notes', 'proposedDate']) //=> true
 * @example isScheduleInputPath(['notes', 'learned']) //=> false
 */
export function isScheduleInputPath(path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return true;
  if (path[0] === 'notes') return path.length === 1 || path[1] === 'proposedDate';
  return !NOT_SCHEDULE_INPUTS.has(String(path[0]));
}

/**
 * A text that changes exactly when a schedule input of `interview` changes.
 *
 * @example scheduleSignature({ ...interview, company: 'Other' }) === scheduleSignature(interview) //=> true
 */
export function scheduleSignature(interview: object): string {
  const inputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(interview)) if (!NOT_SCHEDULE_INPUTS.has(key)) inputs[key] = value;
  // The first check-in falls on a date the person proposed, not after it (follow-up-date.ts).
  const notes: unknown = (interview as { notes?: unknown }).notes;
  inputs['notes.proposedDate'] = typeof notes === 'object' && notes !== null && (notes as { proposedDate?: unknown }).proposedDate === true;
  return JSON.stringify(inputs);
}
