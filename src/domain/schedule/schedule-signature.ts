/**
 * A text that changes exactly when an input of an interview's schedule
 * changes (`schedule-inputs.ts` says which fields are not inputs). The list
 * keeps one schedule per interview and rebuilds it only when this changes.
 * Apart from `schedule-inputs.ts`, so the planner's first screen, which only
 * asks whether an edit is an input, does not carry it.
 */
import { CONTACT_CLOCK_FIELDS, NOT_SCHEDULE_INPUTS } from './schedule-inputs';

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
  // Whose clock the follow-ups go by: each contact's clock fields.
  const people: unknown = (interview as { interviewers?: unknown }).interviewers;
  inputs['interviewers.clock'] = Array.isArray(people)
    ? people.map((person: Record<string, unknown>) => CONTACT_CLOCK_FIELDS.map((key) => (typeof person === 'object' && person !== null ? person[key] : undefined)))
    : [];
  return JSON.stringify(inputs);
}
