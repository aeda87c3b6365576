import { getOwner, lazy, onMount, runWithOwner, Show, Suspense, type JSX } from 'solid-js';
import { SaveStatus } from './parts/SaveStatus';
import { StorageNotice } from './parts/StorageNotice';
import { InvitationDrop } from './parts/InvitationDrop';
import { withBase } from '../utils/url';
import { createHydrated } from './hydrated';
import { addInterview, planner, startPlanner } from './store';
import './planner.css';

// Loaded only once there is an interview to show, so a first visit stays light
// (the planner's budget is 25 KB of JavaScript before the first click).
const Workspace = lazy(() => import('./parts/Workspace'));

/**
 * The new interview's first step, at its own address (as `planner-route.ts` writes it, which a first
 * visit does not load; it hears of the change through the popstate event).
 */
function openNew(id: string) {
  history.pushState(null, '', `?interview=${id}&step=details`);
  dispatchEvent(new PopStateEvent('popstate'));
}

/**
 * The planner page: your interviews, and every tool for the one you are working on.
 * `intro` (the empty planner's words) and `children` (the invitation field) come from the
 * page as static HTML, so they cost its first visit no JavaScript.
 */
export default function PlannerApp(props: { intro?: JSX.Element; children?: JSX.Element }) {
  onMount(startPlanner);
  const hydrated = createHydrated();
  // The invitation field is static HTML from the page (its words cost no JavaScript). It is made
  // once, after hydration (the server never rendered it), owned by this component so it outlives
  // the empty planner, and moved from there to the workspace's list of interviews.
  const owner = getOwner();
  let made: JSX.Element | undefined;
  const invitation = () => (made ??= runWithOwner(owner, () => <InvitationDrop>{props.children}</InvitationDrop>));
  return (
    <div class="planner">
      <div class="save-bar">
        <SaveStatus />
        <a href={withBase('/data/')}>Export or back up</a>
      </div>
      <StorageNotice />
      <Show when={hydrated() && planner.status === 'ready'}>
        <Show
          when={planner.interviews.length > 0}
          fallback={
            <>
              <section class="tool" aria-labelledby="interviews-heading">
                <h2 id="interviews-heading">Your interviews</h2>
                {props.intro}
                <div class="actions">
                  <button type="button" onClick={() => openNew(addInterview())}>
                    Add interview
                  </button>
                </div>
                {invitation()}
              </section>
            </>
          }
        >
          <Suspense fallback={<p class="status">Opening your interviews…</p>}>
            <Workspace invitation={invitation()} />
          </Suspense>
        </Show>
      </Show>
    </div>
  );
}
