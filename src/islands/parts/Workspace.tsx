import { createEffect, lazy, on, Show, Suspense, type JSX } from 'solid-js';
import { PanelError } from './PanelError';
import { planner, selectedInterview } from '../store';
import { interviewKey, PROFILE_KEY } from '../../storage/keys';
import { DeletedElsewhereNotice } from './DeletedElsewhereNotice';
import { InterviewForm } from './InterviewForm';
import { InterviewList } from './InterviewList';
import { NotesFields } from './NotesFields';
import { ProfileForm } from './ProfileForm';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { ThisWeek } from './ThisWeek';

// Each heavier tool is its own chunk, fetched in parallel once an interview is open.
const ComposerPanel = lazy(() => import('./ComposerPanel').then((module) => ({ default: module.ComposerPanel })));
const CallScriptPanel = lazy(() => import('./CallScriptPanel').then((module) => ({ default: module.CallScriptPanel })));
const FollowUpPanel = lazy(() => import('./FollowUpPanel').then((module) => ({ default: module.FollowUpPanel })));

const SECTIONS = [
  { id: 'details', title: 'Details' },
  { id: 'notes', title: 'Notes' },
  { id: 'emails', title: 'Emails' },
  { id: 'call', title: 'Call script' },
  { id: 'follow-ups', title: 'Follow-ups' },
] as const;

function Section(props: { id: string; title: string; children: JSX.Element }) {
  let heading: HTMLHeadingElement | undefined;
  // Asked for from "This week" (write the email, open the call script): take the person there.
  createEffect(
    on(
      () => planner.request?.serial,
      () => {
        if (planner.request?.section !== props.id || planner.request.interviewId !== planner.selectedId) return;
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus({ preventScroll: true });
      },
    ),
  );
  return (
    <section class="tool" id={props.id} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`} ref={heading} tabindex="-1">
        {props.title}
      </h2>
      <PanelError>
        <Suspense fallback={<p class="status">Loading…</p>}>{props.children}</Suspense>
      </PanelError>
    </section>
  );
}

/**
 * What a newer version of Nudge saved: the notice, and its fields in a
 * disabled fieldset, so they can be read (and copied) but not changed here.
 */
function ReadOnly(props: { when: boolean; label: string; children: JSX.Element }) {
  return (
    <Show when={props.when} fallback={props.children}>
      <ReadOnlyNotice />
      <fieldset class="read-only" disabled>
        <legend class="visually-hidden">{props.label}</legend>
        {props.children}
      </fieldset>
    </Show>
  );
}

/** The list of interviews, your details, and every tool for the interview that is open. */
export default function Workspace(props: { invitation?: JSX.Element }) {
  return (
    <>
      <section class="tool" aria-labelledby="interviews-heading">
        <h2 id="interviews-heading">Your interviews</h2>
        <div class="stack">
          <ThisWeek />
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
      <Show when={selectedInterview()} keyed>
        {(interview) => (
          <>
            <nav class="tool section-nav" aria-label="This interview">
              <ul class="section-links">
                {SECTIONS.map((section) => (
                  <li>
                    <a href={`#${section.id}`}>{section.title}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <Show when={planner.deletedElsewhere.includes(interview.id)}>
              <DeletedElsewhereNotice interview={interview} />
            </Show>
            <ReadOnly when={planner.readOnly.includes(interviewKey(interview.id))} label="This interview, saved by a newer version of Nudge">
              <Section id="details" title={interview.company.trim() ? `Interview at ${interview.company.trim()}` : 'The interview'}>
                <InterviewForm interview={interview} />
              </Section>
              <Section id="notes" title="Notes checklist">
                <NotesFields interview={interview} />
              </Section>
              <Section id="emails" title="Emails">
                <ComposerPanel interview={interview} />
              </Section>
              <Section id="call" title="Call script">
                <CallScriptPanel interview={interview} />
              </Section>
              <Section id="follow-ups" title="Follow-up schedule">
                <FollowUpPanel interview={interview} />
              </Section>
            </ReadOnly>
          </>
        )}
      </Show>
    </>
  );
}
