/**
 * The saved data's constants: its schema version, the kinds of email and the
 * fields' defaults. The schemas in `model.ts` are built from them and the
 * factories in `defaults.ts` fill records with them.
 *
 * This module imports nothing, on purpose: the planner's first screen creates
 * records (`defaults.ts`) without loading the schemas and valibot, which only
 * a stored record or an import needs. It is in that first visit's
 * JavaScript, so the lists of choices a field allows, which only the
 * schemas, migrations and forms read, are in `choices.ts`.
 */

/** The version of the record shapes in model.ts. Raise it with a migration in `records/migrate/`. */
export const SCHEMA_VERSION = 3;

/**
 * The emails the composer drafts: the thank-you, the check-in, the closing
 * note after unanswered check-ins, the note about another offer's deadline,
 * and the replies to an outcome (accepting an offer, asking for time to
 * decide, asking about its terms; asking for feedback after a no;
 * withdrawing). Saved drafts are keyed by kind and contact
 * (`draftKey`), so a kind a version does not know is kept like any other key:
 * adding one changes no stored shape.
 */
export const EMAIL_KINDS = ['thank-you', 'check-in', 'closing', 'other-offer', 'offer-accept', 'offer-time', 'offer-terms', 'feedback', 'withdraw'] as const;
/** Default number of check-ins before Nudge suggests a closing note (the user can change it). */
export const DEFAULT_CHECK_IN_LIMIT = 3;
/** The most rounds one application may have: no real process has more, and a stored number past it is damage. */
export const MAX_ROUND = 20;
/** Smallest and largest number of check-ins a person can choose. */
export const CHECK_IN_LIMIT_RANGE = { min: 1, max: 6 } as const;
/** With no date from them, the first check-in comes this many weeks after the interview (the person's choice). */
export const CHECK_IN_AFTER_WEEKS = [1, 2] as const;
/** When the interviewer's working day starts, unless the person says otherwise. */
export const DEFAULT_WORKDAY_START = '09:00';
/** When the interviewer's working day ends, unless the person says otherwise. */
export const DEFAULT_WORKDAY_END = '17:30';
/** The person's own waking day, on their own clock, unless they say otherwise ("About you"). */
export const DEFAULT_DAY = { start: '08:00', end: '21:00' } as const;

