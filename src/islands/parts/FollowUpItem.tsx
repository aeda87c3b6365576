import { createSignal, For, Show } from 'solid-js';
import { followUpEvent, type EventTexts } from '../../domain/calendar/follow-up-events';
import { googleCalendarLink } from '../../domain/calendar/google-calendar-link';
import type { FollowUpStatus, Interview } from '../../domain/records/model';
import { dueState, type FollowUp } from '../../domain/schedule/schedule';
import { twoClocks } from '../format';
import { editInterview } from '../store';
import { setFollowUpStatus } from '../store-notices';
import { Field } from './Field';

const TITLES: Record<FollowUp['kind'], (followUp: FollowUp) => string> = {
  'thank-you': () => 'Thank-you email',
  'check-in': (followUp) => `Check-in ${followUp.number}: ${followUp.channel === 'call' ? 'a short call' : 'an email'}`,
  closing: () => 'A closing note, then move on',
};
const PILLS = { overdue: 'Overdue', today: 'Due today', upcoming: '' } as const;

/** One follow-up: when, what, and marking it done, skipping or moving it. */
export function FollowUpItem(props: { interview: Interview; followUp: FollowUp; texts: EventTexts }) {
  const [moving, setMoving] = createSignal(false);
  const [newTime, setNewTime] = createSignal('');
  const clocks = () => twoClocks(props.followUp.due, props.interview.timeZone);
  const state = () => (props.followUp.status === 'pending' ? dueState(props.followUp, new Date(), props.interview.timeZone) : 'upcoming');
  const setStatus = (status: FollowUpStatus) => setFollowUpStatus(props.interview.id, props.followUp.id, status);
  const startMove = () => {
    setNewTime(`${props.followUp.dueWallTime.date}T${props.followUp.dueWallTime.time}`);
    setMoving(true);
  };
  const saveMove = () => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(newTime())) return;
    editInterview(props.interview.id, ['followUps', props.followUp.id], { status: props.followUp.status, movedTo: newTime() });
    setMoving(false);
  };
  // Repeated on every follow-up, so each control names its follow-up for screen readers.
  const which = () => <span class="visually-hidden"> ({TITLES[props.followUp.kind](props.followUp)})</span>;
  const googleLink = () => {
    const { followUpId: _id, ...event } = followUpEvent(props.interview, props.followUp, props.texts);
    return googleCalendarLink(event);
  };
  return (
    <li class={`follow-up ${props.followUp.status}`}>
      <div class="tool-head">
        <h4>{TITLES[props.followUp.kind](props.followUp)}</h4>
        <Show when={props.followUp.status !== 'pending'} fallback={<Show when={PILLS[state()]}><span class={`pill ${state()}`}>{PILLS[state()]}</span></Show>}>
          <span class="pill done">{props.followUp.status === 'done' ? 'Done' : 'Skipped'}</span>
        </Show>
      </div>
      <p class="when">
        {clocks().theirs}
        <Show when={clocks().yours}>
          <span class="hint"> · your time: {clocks().yours}</span>
        </Show>
      </p>
      <For each={props.followUp.adjustments}>{(note) => <p class="hint">{note}</p>}</For>
      <Show when={moving()}>
        <div class="actions">
          <Field label="New date and time, on their clock" type="datetime-local" value={newTime()} onInput={setNewTime} />
          <button type="button" onClick={saveMove}>
            Save new time
          </button>
          <button type="button" class="quiet" onClick={() => setMoving(false)}>
            Cancel
          </button>
        </div>
      </Show>
      <div class="actions">
        <Show
          when={props.followUp.status === 'pending'}
          fallback={
            <button type="button" class="secondary" onClick={() => setStatus('pending')}>
              Undo
              {which()}
            </button>
          }
        >
          <button type="button" class="secondary" onClick={() => setStatus('done')}>
            Mark done
            {which()}
          </button>
          <button type="button" class="quiet" onClick={() => setStatus('skipped')}>
            Skip
            {which()}
          </button>
          <Show when={!moving()}>
            <button type="button" class="quiet" onClick={startMove}>
              Move
              {which()}
            </button>
          </Show>
          <a class="quiet-link" href={googleLink()} target="_blank" rel="noopener noreferrer">
            Add to Google Calendar
            {which()}
            <span class="visually-hidden"> (opens in a new tab)</span>
          </a>
        </Show>
      </div>
    </li>
  );
}
