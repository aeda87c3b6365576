/**
 * The address of one step of one interview in the planner, e.g.
 * `/planner/?interview=3f2a…&step=emails`: what a calendar event, the agenda
 * or a guide page links to so the planner opens right there.
 *
 * It holds a record id and nothing typed by the person (no name, company or
 * date), since an address ends up in browser history, calendar files and
 * screenshots. It is a query, not a `#fragment`: the service worker matches
 * `/planner/` whatever its query (`ignoreURLParametersMatching` in
 * `src/integrations/service-worker.ts`), so every step opens offline, while a
 * fragment would fight the page's own skip links.
 */

/** The steps of an open interview, in the order a person goes through them. */
export const PLANNER_STEPS = ['details', 'notes', 'emails', 'call', 'schedule', 'outcome'] as const;

export type PlannerStep = (typeof PLANNER_STEPS)[number];

/** Where in the planner to go. */
export interface StepTarget {
  /** The interview's record id; absent for the planner's top, or for "the interview open last". */
  interviewId?: string;
  /** Default `details` when an interview is named. */
  step?: PlannerStep;
  /** On the schedule step, the follow-up to show: `thank-you`, `check-in-2`, `closing`. */
  followUpId?: string;
}

// Record ids are UUIDs or hex (`islands/browser.ts`); follow-up ids are short slugs.
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const FOLLOW_UP_ID = /^[a-z0-9-]{1,40}$/;

/**
 * The address of `target` under `plannerUrl` (the planner page's own
 * address, with the site's base: `/planner/`, or an absolute one for a
 * calendar file). Ids that could not be record ids are left out.
 *
 * @example stepAddress('/planner/', { interviewId: 'a1b2', step: 'emails' }) //=> '/planner/?interview=a1b2&step=emails'
 * @example stepAddress('https://nudge.example/planner/', { interviewId: 'a1b2', step: 'schedule', followUpId: 'check-in-1' }) //=> 'https://nudge.example/planner/?interview=a1b2&step=schedule&follow-up=check-in-1'
 * @example stepAddress('/planner/', {}) //=> '/planner/'
 */
export function stepAddress(plannerUrl: string, target: StepTarget): string {
  const query = new URLSearchParams();
  if (target.interviewId !== undefined && ID.test(target.interviewId)) query.set('interview', target.interviewId);
  if (target.step) query.set('step', target.step);
  if (target.followUpId !== undefined && FOLLOW_UP_ID.test(target.followUpId)) query.set('follow-up', target.followUpId);
  const text = query.toString();
  return text ? `${plannerUrl}?${text}` : plannerUrl;
}

/**
 * Where an address's query (`location.search`) asks to go. Anything that is
 * not a step or could not be an id is ignored, so a mangled link opens the
 * planner's top rather than failing.
 *
 * @example readStepAddress('?interview=a1b2&step=call') //=> { interviewId: 'a1b2', step: 'call' }
 * @example readStepAddress('?interview=a1b2') //=> { interviewId: 'a1b2', step: 'details' }
 * @example readStepAddress('?step=bogus') //=> {}
 */
export function readStepAddress(search: string): StepTarget {
  const query = new URLSearchParams(search);
  const interviewId = query.get('interview') ?? '';
  const step = query.get('step') ?? '';
  const followUpId = query.get('follow-up') ?? '';
  const target: StepTarget = {};
  if (ID.test(interviewId)) target.interviewId = interviewId;
  if ((PLANNER_STEPS as readonly string[]).includes(step)) target.step = step as PlannerStep;
  else if (target.interviewId) target.step = 'details';
  if (target.step === 'schedule' && FOLLOW_UP_ID.test(followUpId)) target.followUpId = followUpId;
  return target;
}
