/**
 * The saved data's constants: its schema version, the choices its fields
 * allow and their defaults. The schemas in `model.ts` are built from them and
 * the factories in `defaults.ts` fill records with them.
 *
 * This module imports nothing, on purpose: the planner's first screen creates
 * records (`defaults.ts`) and reads these lists without loading the schemas
 * and valibot, which only a stored record or an import needs.
 */

/** The version of the record shapes in model.ts. Raise it with a migration in `records/migrate/`. */
export const SCHEMA_VERSION = 3;

/** How the interview took place. */
export const FORMATS = ['in-person', 'video', 'phone'] as const;
/** Where things stand; anything but `waiting` stops the follow-up schedule. */
export const OUTCOMES = ['waiting', 'next-round', 'offer', 'rejected', 'withdrawn'] as const;
/** The two views on when to send the thank-you email (the guide explains both). */
export const THANK_YOU_TIMINGS = ['same-day', 'next-morning'] as const;
/** How a check-in is made. */
export const CHANNELS = ['call', 'email'] as const;
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
/**
 * Who a contact is to you: someone who interviewed you, the employer's HR or
 * interview coordinator, or a recruiter at an agency that put you forward.
 * The drafts and the call script are worded for each.
 */
export const CONTACT_ROLES = ['interviewer', 'coordinator', 'recruiter'] as const;
/**
 * Where a contact's time zone or country was stored from: `you` (chosen in
 * the planner), `card` (their contact card's TZ or address), `invitation`
 * (the invitation they sent), or `''` when nothing is stored and the planner
 * works it out each time (their phone number, the interview, your own zone).
 */
export const CONTACT_CLOCK_SOURCES = ['', 'you', 'card', 'invitation'] as const;
/** What can happen to a scheduled follow-up. */
export const FOLLOW_UP_STATUSES = ['pending', 'done', 'skipped'] as const;

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

