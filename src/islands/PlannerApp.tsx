import { lazy, onMount, Show, Suspense } from 'solid-js';
import { SaveStatus } from './parts/SaveStatus';
import { StorageNotice } from './parts/StorageNotice';
import { InvitationField } from './parts/InvitationField';
import { withBase } from '../utils/url';
import { createHydrated } from './hydrated';
import { addInterview, planner, startPlanner } from './store';
import './planner.css';

// Loaded only once there is an interview to show, so a first visit stays light
// (the planner's budget is 25 KB of JavaScript before the first click).
const Workspace = lazy(() => import('./parts/Workspace'));

/** The planner page: your interviews, and every tool for the one you are working on. */
export default function PlannerApp() {
  onMount(startPlanner);
  const hydrated = createHydrated();
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
                <p>No interviews yet. Add the one you just had: it takes a minute, and everything stays in this browser.</p>
                <p class="hint">Then fill in what you know: the notes checklist, your emails and the follow-up dates build themselves from it.</p>
                <div class="actions">
                  <button type="button" onClick={() => addInterview()}>
                    Add interview
                  </button>
                </div>
                <InvitationField />
              </section>
            </>
          }
        >
          <Suspense fallback={<p class="status">Opening your interviews…</p>}>
            <Workspace />
          </Suspense>
        </Show>
      </Show>
    </div>
  );
}
