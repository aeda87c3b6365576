import { createSignal, For, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import { followUpEvent, type EventTexts } from '../../domain/calendar/follow-up-events';
import { googleCalendarLink } from '../../domain/calendar/google-calendar-link';
import type { FollowUpStatus, Interview } from '../../domain/records/model';
import { dueState, type FollowUp } from '../../domain/schedule/schedule';
import { instantToWallTime, wallTimeToInstant } from '../../domain/schedule/zoned-time';
import { browserTimeZone } from '../browser';
import { twoClocks } from '../format';
import { editInterview } from '../store';
import { setFollowUpStatus } from '../store-notices';
import { Field } from './Field';
import { MoveForm } from './MoveForm';

const TITLES: Record<FollowUp['kind'], (followUp: FollowUp) => string> = {
  'thank-you': () => 'Thank-you email',
  'check-in': (followUp) => `Check-in ${followUp.number}: ${followUp.channel === 'call' ? 'a short call' : 'an email'}`,
  closing: () => 'Closing note, the last one',
};
const PILLS = { overdue: 'Overdue', today: 'Due today', upcoming: '' } as const;

/** One follow-up: when, what, and marking it done, skipping or moving it. */
export function FollowUpItem(props: { interview: Interview; followUp: FollowUp; texts: EventTexts; whose?: string }) {
  const [moving, setMoving] = createSignal(false);
  // Timed on the clock of whoever it goes to (a recruiter's, say), which the panel names above the list.
  const clocks = () => twoClocks(props.followUp.due, props.followUp.timeZone);
  const state = () => (props.followUp.status === 'pending' ? dueState(props.followUp, new Date(), props.followUp.timeZone) : 'upcoming');
  const stored = () => {
    const state = unwrap(props.interview.followUps[props.followUp.id]);
    return { status: props.followUp.status, saidBy: '', ...(state ? { ...state } : {}) };
  };
  const setStatus = (status: FollowUpStatus) => setFollowUpStatus(props.interview.id, props.followUp.id, status);
  const setSaidBy = (saidBy: string) => editInterview(props.interview.id, ['followUps', props.followUp.id], { ...stored(), status: props.followUp.status, saidBy });
  const saidByError = () => {
    const said = props.followUp.saidBy;
    if (said === '') return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(said)) return 'Use a date like 2026-03-27.';
    return said <= props.followUp.dueWallTime.date ? 'Use a date after this check-in: the next one waits until the day after it.' : undefined;
  };
  const remind = () => twoClocks(props.followUp.remindAt, props.followUp.timeZone);
  const startMove = () => setMoving(true);
  const saveMove = (typed: string) => {
    // Typed on either clock (MoveForm gives it on the follow-up's), kept on the interview's (as `movedTo` always has been).
    const [date = '', time = ''] = typed.split('T');
    const kept = instantToWallTime(wallTimeToInstant(date, time, props.followUp.timeZone), props.interview.timeZone);
    editInterview(props.interview.id, ['followUps', props.followUp.id], { ...stored(), status: props.followUp.status, movedTo: `${kept.date}T${kept.time}` });
    setMoving(false);
  };
  // Repeated on every follow-up, so each control names its follow-up for screen readers.
  const which = () => <span class="visually-hidden"> ({TITLES[props.followUp.kind](props.followUp)})</span>;
  const googleLink = () => {
    const { followUpId: _id, ...event } = followUpEvent(props.interview, props.followUp, props.texts, browserTimeZone());
    return googleCalendarLink(event);
  };
  return (
    <li class={`follow-up ${props.followUp.status}`} id={`follow-up-${props.followUp.id}`} tabindex="-1">
      <div class="tool-head">
        <h4>{TITLES[props.followUp.kind](props.followUp)}</h4>
        <Show when={props.followUp.status !== 'pending'} fallback={<Show when={PILLS[state()]}><span class={`pill ${state()}`}>{PILLS[state()]}</span></Show>}>
          {/* Told apart by word, colour and border, not colour alone (WCAG 1.4.1). */}
          <span class={`pill ${props.followUp.status}`}>{props.followUp.status === 'done' ? '✓ Done' : 'Skipped'}</span>
        </Show>
      </div>
      {/* The person's own clock first: she acts on hers, they read it on theirs. */}
      <p class="when">
        <Show when={clocks().yours} fallback={clocks().theirs}>
          Your time: {clocks().yours}
          <span class="hint"> · their time: {clocks().theirs}</span>
        </Show>
      </p>
      <Show when={props.followUp.status === 'pending' && props.followUp.scheduleSend}>
        <p class="notice">
          That is during your night: write it by {remind().yours ?? remind().theirs} and send it with your email app's "Schedule send" (Gmail,
          Outlook and Apple Mail have it). Your calendar reminder comes then.
        </p>
      </Show>
      <Show when={props.followUp.status === 'pending' && props.followUp.outsideYourDay}>
        <p class="notice">No time in their call window falls inside your day, so this is the nearest to it. An email instead is fine.</p>
      </Show>
      <For each={props.followUp.adjustments}>{(note) => <p class="hint">{note}</p>}</For>
      <Show when={props.followUp.kind === 'check-in' && props.followUp.status === 'done'}>
        <Field
          label="They said: by"
          type="date"
          value={props.followUp.saidBy}
          onInput={setSaidBy}
          error={saidByError()}
          hint="The new date they gave, if any. The next check-in waits for the first working day after it."
        />
      </Show>
      <Show when={moving()}>
        <MoveForm due={props.followUp.due} theirZone={props.followUp.timeZone} onSave={saveMove} onCancel={() => setMoving(false)} />
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
