import { createUniqueId, For, onMount, Show, type JSX } from 'solid-js';
import type { Interview } from '../../domain/records/model';
import { withBase } from '../../utils/url';
import { createHydrated } from '../hydrated';
import { addInterview, planner, selectedInterview, selectInterview, startPlanner } from '../store';
import { PanelError } from './PanelError';
import { ProfileForm } from './ProfileForm';
import { QuickDetails } from './QuickDetails';
import { SaveStatus } from './SaveStatus';
import { StorageNotice } from './StorageNotice';

interface Props {
  title: string;
  /** What the tool is for, in a sentence. */
  intro: string;
  children: (interview: Interview) => JSX.Element;
  /** Show your own details too (emails and call scripts are signed with them). */
  withProfile?: boolean;
}

/**
 * A planner tool embedded in a guide page: which interview it works on (the
 * same one across the page and the planner), and what to do when there is none.
 */
export function ToolFrame(props: Props) {
  onMount(startPlanner);
  const hydrated = createHydrated();
  const headingId = createUniqueId();
  const pickerId = createUniqueId();
  return (
    <section class="tool" aria-labelledby={headingId}>
      <div class="tool-head">
        <h3 id={headingId}>{props.title}</h3>
        <SaveStatus />
      </div>
      <p class="hint">{props.intro}</p>
      <StorageNotice />
      <Show when={hydrated() && planner.status === 'ready'}>
        <Show
          when={planner.interviews.length > 0}
          fallback={
            <div class="actions">
              <button type="button" onClick={() => addInterview()}>
                Add interview
              </button>
              <span class="hint">Everything stays in this browser.</span>
            </div>
          }
        >
          <div class="actions picker">
            <div class="field">
              <label for={pickerId}>Interview</label>
              <select id={pickerId} onChange={(event) => selectInterview(event.currentTarget.value)}>
                <For each={planner.interviews}>
                  {(interview) => (
                    <option value={interview.id} selected={interview.id === planner.selectedId}>
                      {[interview.company.trim() || 'Untitled interview', interview.role.trim()].filter(Boolean).join(' — ')}
                    </option>
                  )}
                </For>
              </select>
            </div>
            <button type="button" class="secondary" onClick={() => addInterview()}>
              Add interview
            </button>
            <a class="quiet-link" href={withBase('/planner/')}>
              All details in the planner
            </a>
          </div>
          <Show when={selectedInterview()} keyed>
            {(interview) => (
              <div class="stack">
                <Show when={interview.company.trim() === ''}>
                  <QuickDetails interview={interview} />
                </Show>
                <Show when={props.withProfile}>
                  <details class="profile-details" open={!planner.profile.name.trim() || !planner.profile.mobile.trim()}>
                    <summary>Your name, email and mobile</summary>
                    <ProfileForm />
                  </details>
                </Show>
                <PanelError>{props.children(interview)}</PanelError>
              </div>
            )}
          </Show>
        </Show>
      </Show>
    </section>
  );
}
