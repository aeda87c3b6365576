/**
 * Which fields of an interview no schedule rule reads. The planner rebuilds
 * an interview's follow-ups only when another field changes, so typing a
 * note or a draft never rebuilds a schedule (issue 10). Every other field,
 * including any new one, counts as an input by default; a rule that starts
 * reading a field listed here must take it out. Imports nothing, so the
 * planner's first screen can use it.
 */

/**
 * Top-level fields of `Interview` that `buildSchedule` never reads.
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
 * A text that changes exactly when a schedule input of `interview` changes.
 *
 * @example scheduleSignature({ ...interview, company: 'Other' }) === scheduleSignature(interview) //=> true
 */
export function scheduleSignature(interview: object): string {
  const inputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(interview)) if (!NOT_SCHEDULE_INPUTS.has(key)) inputs[key] = value;
  return JSON.stringify(inputs);
}
