import { createEffect, createMemo, Show, type JSX } from 'solid-js';
import { plannerRoute } from '../planner-route';
import { planner, selectInterview } from '../store';
import { PROFILE_KEY } from '../../storage/keys';
import { InterviewList } from './InterviewList';
import { InterviewSteps } from './InterviewSteps';
import { ProfileForm } from './ProfileForm';
import { ReadOnly } from './ReadOnly';
import { Agenda } from './Agenda';

/**
 * The planner once there are interviews: its top (what is due, your
 * interviews, about you), or one step of the interview its address names
 * (`planner-route.ts`). An address without an interview but with a step (a
 * guide page's "open your schedule") opens the interview worked on last.
 */
export default function Workspace(props: { invitation?: JSX.Element }) {
  const openId = () => plannerRoute().interviewId ?? (plannerRoute().step ? planner.selectedId : undefined);
  const open = createMemo(() => {
    const id = openId();
    return id ? planner.interviews.find((item) => item.id === id) : undefined;
  });
  // The interview on screen is the one the guide's tools work on too, on this page and the next.
  createEffect(() => {
    const interview = open();
    if (interview && interview.id !== planner.selectedId) selectInterview(interview.id);
  });
  const missing = () => openId() !== undefined && open() === undefined;
  return (
    <Show
      when={open()}
      keyed
      fallback={
        <>
          <Show when={missing()}>
            <p class="notice" role="status">
              That interview is not in this browser: it may have been deleted, or planned in another browser or on another device. Your interviews here are below.
            </p>
          </Show>
          <section class="tool" aria-labelledby="interviews-heading">
            <h2 id="interviews-heading">Your interviews</h2>
            <div class="stack">
              <Agenda />
              <InterviewList />
            </div>
            {props.invitation}
          </section>
          <section class="tool" aria-labelledby="about-you">
            <h2 id="about-you">About you</h2>
            <ReadOnly when={planner.readOnly.includes(PROFILE_KEY)} label="Your details, saved by a newer version of Nudge">
              <ProfileForm />
            </ReadOnly>
          </section>
        </>
      }
    >
      {(interview) => <InterviewSteps interview={interview} step={plannerRoute().step ?? 'details'} invitation={props.invitation} />}
    </Show>
  );
}
