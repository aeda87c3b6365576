/**
 * Which view of the planner is on screen: its top (what is next, your
 * interviews), or one step of one interview. The address says it
 * (`domain/shared/planner-address.ts`), so links, the back button and
 * calendar events open the same view; this module keeps the address and a
 * signal in step. Loaded with the workspace, never on a first visit.
 */
import { createRoot, createSignal } from 'solid-js';
import { readStepAddress, stepAddress, type PlannerStep, type StepTarget } from '../domain/shared/planner-address';
import { withBase } from '../utils/url';

/** The planner page's own address, with the site's base. */
export const PLANNER_PATH = withBase('/planner/');

const here = (): StepTarget => (typeof location === 'undefined' ? {} : readStepAddress(location.search));

const { route, setRoute } = createRoot(() => {
  const [route, setRoute] = createSignal<StepTarget>(here(), { equals: (a, b) => JSON.stringify(a) === JSON.stringify(b) });
  return { route, setRoute };
});

if (typeof window !== 'undefined') window.addEventListener('popstate', () => setRoute(here()));

/** Where the planner is: `{}` for its top, else an interview and a step. */
export { route as plannerRoute };

/**
 * Goes to `target`, as a new entry in the browser's history (the back button
 * comes back here), or in place of this one with `replace`.
 *
 * @example goTo({ interviewId: interview.id, step: 'schedule' })
 */
export function goTo(target: StepTarget, options: { replace?: boolean } = {}): void {
  const address = stepAddress(PLANNER_PATH, target);
  if (`${location.pathname}${location.search}` !== address) history[options.replace ? 'replaceState' : 'pushState'](null, '', address);
  setRoute(readStepAddress(new URL(address, location.href).search));
}

/** The address of a step, for a link's `href`. */
export function addressOf(interviewId: string, step: PlannerStep, followUpId?: string): string {
  return stepAddress(PLANNER_PATH, { interviewId, step, followUpId });
}

/**
 * A link's click handler that goes to its address without reloading the page;
 * a click with a modifier (new tab, new window) is left to the browser.
 */
export function followLink(target: StepTarget) {
  return (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo(target);
  };
}
