import { For, Show } from 'solid-js';
import type { InvitationProposal } from '../../domain/calendar/invitation/invitation-fill';
import { choose, fillFromInvitation, invitationPanel as panel } from './invitation-actions';
import { isBlankInterview } from '../../domain/calendar/invitation/invitation-fill';
import { CONTACT_ROLE_LABELS } from '../../domain/records/contacts';
import { selectedInterview } from '../store';
import { startText } from './start-text';

const REASONS = { you: 'you', room: 'a room', resource: 'equipment or a shared resource', group: 'a group or list' } as const;
const FORMATS = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' } as const;
const SOURCES = { title: 'from the invitation’s title', email: 'from the organiser’s email address' } as const;

/** A join link short enough to read on a phone: its host and the start of its path; the field gets it whole. */
function shortLink(url: string): string {
  const bare = url.replace(/^https:\/\//u, '');
  return bare.length > 48 ? `${bare.slice(0, 45)}…` : bare;
}

/**
 * One event, before anything is saved: what it will fill, what was left out,
 * the company and role as suggestions to tick, and notes to check.
 */
export function InvitationPreview(props: { proposal: InvitationProposal; several: boolean; onBack: () => void; onCancel: () => void }) {
  const event = () => props.proposal.event;
  const blankOpen = () => {
    const open = selectedInterview();
    return open !== undefined && isBlankInterview(open);
  };
  return (
    <section class="preview stack" aria-labelledby="invitation-preview-heading">
      <h3 id="invitation-preview-heading">Read from the invitation</h3>
      <p class="user-text">{event().summary || 'Untitled event'}</p>
      <dl class="read-list">
        <dt>When</dt>
        <dd>{startText(event())}</dd>
        <Show when={event().place.format}>
          {(format) => (
            <>
              <dt>Format</dt>
              <dd>
                {FORMATS[format()]}
                {event().place.service ? ` (${event().place.service})` : ''}
              </dd>
            </>
          )}
        </Show>
        <Show when={event().place.videoLink}>
          <dt>Link</dt>
          <dd class="user-text" title={event().place.videoLink}>
            {shortLink(event().place.videoLink)}
          </dd>
        </Show>
        <Show when={event().place.address}>
          <dt>Address</dt>
          <dd class="user-text">{event().place.address}</dd>
        </Show>
      </dl>
      <For each={props.proposal.notes}>{(note) => <p class="notice">{note}</p>}</For>
      <Show when={props.proposal.interviewers.length > 0}>
        <fieldset class="choice-list">
          <legend>Contacts to add</legend>
          <For each={props.proposal.interviewers}>
            {(person, index) => (
              <div>
                <label class="check">
                  <input type="checkbox" checked={panel.choices.interviewers[index()] ?? false} onChange={(change) => choose(index(), change.currentTarget.checked)} />
                  <span class="user-text">
                    {person.name || person.email}
                    <Show when={person.name && person.email}>
                      <span class="meta"> {person.email}</span>
                    </Show>
                    <span class="meta"> · {CONTACT_ROLE_LABELS[person.role]}</span>
                  </span>
                </label>
                <Show when={person.why}>
                  <p class="hint">{person.why}</p>
                </Show>
              </div>
            )}
          </For>
        </fieldset>
      </Show>
      <Show when={props.proposal.company || props.proposal.role}>
        <fieldset class="choice-list">
          <legend>Suggestions: tick the ones that are right</legend>
          <Show when={props.proposal.company}>
            {(company) => (
              <label class="check">
                <input type="checkbox" checked={panel.choices.company} onChange={(change) => choose('company', change.currentTarget.checked)} />
                <span>
                  Company: <strong class="user-text">{company().value}</strong> <span class="hint">({SOURCES[company().from]})</span>
                </span>
              </label>
            )}
          </Show>
          <Show when={props.proposal.role}>
            {(role) => (
              <label class="check">
                <input type="checkbox" checked={panel.choices.role} onChange={(change) => choose('role', change.currentTarget.checked)} />
                <span>
                  Role: <strong class="user-text">{role().value}</strong> <span class="hint">({SOURCES[role().from]})</span>
                </span>
              </label>
            )}
          </Show>
        </fieldset>
      </Show>
      <Show when={props.proposal.leftOut.length > 0}>
        <div>
          <p class="label">Left out</p>
          <ul>
            <For each={props.proposal.leftOut}>
              {(item) => (
                <li>
                  <span class="user-text">{item.label}</span>: {REASONS[item.reason]}
                </li>
              )}
            </For>
          </ul>
        </div>
      </Show>
      <p class="hint">
        {blankOpen() ? 'It fills the interview you just added, which is still blank.' : 'It fills a new interview.'} Nothing is saved until you press
        Fill in the interview, and you can undo it afterwards.
      </p>
      <div class="actions">
        <button type="button" onClick={fillFromInvitation}>
          Fill in the interview
        </button>
        <Show when={props.several}>
          <button type="button" class="secondary" onClick={() => props.onBack()}>
            Pick another event
          </button>
        </Show>
        <button type="button" class="quiet" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </section>
  );
}
