import { lazy, Show, Suspense, type JSX } from 'solid-js';
import { PanelError } from './PanelError';
import { selectedInterview } from '../store';
import { InterviewForm } from './InterviewForm';
import { InterviewList } from './InterviewList';
import { NotesFields } from './NotesFields';
import { ProfileForm } from './ProfileForm';

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
  return (
    <section class="tool" id={props.id} aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.title}</h2>
      <PanelError>
        <Suspense fallback={<p class="status">Loading…</p>}>{props.children}</Suspense>
      </PanelError>
    </section>
  );
}

/** The list of interviews, your details, and every tool for the interview that is open. */
export default function Workspace(props: { invitation?: JSX.Element }) {
  return (
    <>
      <section class="tool" aria-labelledby="interviews-heading">
        <h2 id="interviews-heading">Your interviews</h2>
        <InterviewList />
        {props.invitation}
      </section>
      <section class="tool" aria-labelledby="about-you">
        <h2 id="about-you">About you</h2>
        <ProfileForm />
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
          </>
        )}
      </Show>
    </>
  );
}
