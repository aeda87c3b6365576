/**
 * The choices a stored field allows, as lists: how the interview took place,
 * where things stand, who a contact is, where a contact's clock came from…
 * The schemas in `model.ts`, the migrations and the planner's forms read
 * them. Not in `constants.ts`, which the planner's first visit loads (a new
 * interview's defaults): that visit reads none of these lists, and its
 * JavaScript has a budget (25,600 B gzipped, `tests/e2e/budgets.spec.ts`).
 * Imports nothing.
 */

/** How the interview took place. */
export const FORMATS = ['in-person', 'video', 'phone'] as const;
/** Where things stand; anything but `waiting` stops the follow-up schedule. */
export const OUTCOMES = ['waiting', 'next-round', 'offer', 'rejected', 'withdrawn'] as const;
/** The two views on when to send the thank-you email (the guide explains both). */
export const THANK_YOU_TIMINGS = ['same-day', 'next-morning'] as const;
/** How a check-in is made. */
export const CHANNELS = ['call', 'email'] as const;
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
