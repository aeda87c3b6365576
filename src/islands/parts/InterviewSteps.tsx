import { createEffect, For, lazy, on, onMount, Show, Suspense, type JSX } from 'solid-js';
import { interviewLabel } from '../../domain/records/interview-label';
import type { Interview } from '../../domain/records/model';
import { PLANNER_STEPS, type PlannerStep } from '../../domain/shared/planner-address';
import { addressOf, followLink, PLANNER_PATH, plannerRoute } from '../planner-route';
import { planner } from '../store';
import { DeletedElsewhereNotice } from './DeletedElsewhereNotice';
import { InterviewForm } from './InterviewForm';
import { NotesFields } from './NotesFields';
import { OutcomePanel } from './OutcomePanel';
import { PanelError } from './PanelError';
import { ProfileForm } from './ProfileForm';
import { ReadOnly } from './ReadOnly';
import { interviewKey, PROFILE_KEY } from '../../storage/keys';

// Each heavier tool is its own chunk, fetched when its step is opened.
const ComposerPanel = lazy(() => import('./ComposerPanel').then((module) => ({ default: module.ComposerPanel })));
const CallScriptPanel = lazy(() => import('./CallScriptPanel').then((module) => ({ default: module.CallScriptPanel })));
const FollowUpPanel = lazy(() => import('./FollowUpPanel').then((module) => ({ default: module.FollowUpPanel })));

/** What each step is called in the list of steps. */
export const STEP_LABELS: Record<PlannerStep, string> = {
  details: 'Details',
  notes: 'Notes',
  emails: 'Emails',
  call: 'Call',
  schedule: 'Schedule',
  outcome: 'Outcome',
};

const clip = (text: string, chars: number) => (text.length > chars ? `${text.slice(0, chars).trimEnd()}…` : text);

/**
 * One interview, one step at a time (Details, Notes, Emails, Call, Schedule,
 * Outcome), each at its own address: a phone shows one short page, the back
 * button goes to the step before, and a link from a calendar event or the
 * agenda opens the right one. The steps' list stays on top; the next and
 * previous steps are linked at the bottom.
 */
export function InterviewSteps(props: { interview: Interview; step: PlannerStep; invitation?: JSX.Element }) {
  let top: HTMLElement | undefined;
  let heading: HTMLHeadingElement | undefined;
  const label = () => clip(interviewLabel(props.interview), 120);
  const at = () => PLANNER_STEPS.indexOf(props.step);
  const before = () => PLANNER_STEPS[at() - 1];
  const after = () => PLANNER_STEPS[at() + 1];
  const title = (): string =>
    ({
      details: props.interview.company.trim() ? `Interview at ${props.interview.company.trim()}` : 'The interview',
      notes: 'Notes checklist',
      emails: 'Emails',
      call: 'Call script',
      schedule: 'Follow-up schedule',
      outcome: 'What you heard',
    })[props.step];
  // A new step is a new page to the person: its name in the tab, its heading for screen readers and the
  // keyboard, and the list of steps just under the sticky "Saved" bar. A follow-up asked for by its
  // address (a calendar event's link) is taken to instead, once the schedule shows it.
  const arrive = () => {
    document.title = `${STEP_LABELS[props.step]}: ${label()} · Planner · Nudge`;
    const followUp = plannerRoute().followUpId;
    if (followUp && props.step === 'schedule') return;
    top?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  onMount(arrive);
  createEffect(on(() => props.step, arrive, { defer: true }));
  return (
    <>
      <nav class="step-nav" aria-label="This interview" ref={top}>
        <a class="back-link" href={PLANNER_PATH} onClick={followLink({})}>
          ← All interviews
        </a>
        <p class="step-of user-text">
          {label()}
          <Show when={props.interview.round > 1}> · Round {props.interview.round}</Show>
        </p>
        <ol class="steps">
          <For each={PLANNER_STEPS}>
            {(step) => (
              <li>
                <a href={addressOf(props.interview.id, step)} aria-current={step === props.step ? 'page' : undefined} onClick={followLink({ interviewId: props.interview.id, step })}>
                  {STEP_LABELS[step]}
                </a>
              </li>
            )}
          </For>
        </ol>
      </nav>
      <Show when={planner.deletedElsewhere.includes(props.interview.id)}>
        <DeletedElsewhereNotice interview={props.interview} />
      </Show>
      <section class="tool step" id={props.step} aria-labelledby={`${props.step}-heading`}>
        <h2 id={`${props.step}-heading`} ref={heading} tabindex="-1">
          {title()}
        </h2>
        <PanelError>
          <ReadOnly when={planner.readOnly.includes(interviewKey(props.interview.id))} label="This interview, saved by a newer version of Nudge">
          <Suspense fallback={<p class="status">Loading…</p>}>
            {
              {
                details: () => (
                  <>
                    <InterviewForm interview={props.interview} />
                    {props.invitation}
                  </>
                ),
                notes: () => <NotesFields interview={props.interview} />,
                emails: () => (
                  <>
                    {/* Emails are signed with these: at hand where they are written, folded once filled in. */}
                    <details class="profile-details" open={!planner.profile.name.trim() || !planner.profile.mobile.trim()}>
                      <summary>Your name, email and mobile</summary>
                      <ReadOnly when={planner.readOnly.includes(PROFILE_KEY)} label="Your details, saved by a newer version of Nudge">
                        <ProfileForm />
                      </ReadOnly>
                    </details>
                    <ComposerPanel interview={props.interview} dates={{ answerBy: props.interview.answerBy }} />
                  </>
                ),
                call: () => <CallScriptPanel interview={props.interview} />,
                schedule: () => <FollowUpPanel interview={props.interview} />,
                outcome: () => <OutcomePanel interview={props.interview} />,
              }[props.step]()
            }
          </Suspense>
          </ReadOnly>
        </PanelError>
        {/* These links stay as the step changes (a Show keeps its child while there is a step either side),
            so each reads its step when clicked. */}
        <nav class="step-pager" aria-label="Steps before and after">
          <Show when={before()}>
            {(step) => (
              <a href={addressOf(props.interview.id, step())} rel="prev" onClick={(event) => followLink({ interviewId: props.interview.id, step: step() })(event)}>
                ← {STEP_LABELS[step()]}
              </a>
            )}
          </Show>
          <Show when={after()}>
            {(step) => (
              <a href={addressOf(props.interview.id, step())} rel="next" class="next" onClick={(event) => followLink({ interviewId: props.interview.id, step: step() })(event)}>
                {STEP_LABELS[step()]} →
              </a>
            )}
          </Show>
        </nav>
      </section>
    </>
  );
}
