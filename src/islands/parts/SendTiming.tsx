import { createMemo, For, Show } from 'solid-js';
import { THANK_YOU_TIMINGS } from '../../domain/records/choices';
import type { EmailKind, Interview, ThankYouTiming } from '../../domain/records/model';
import { buildSchedule, type FollowUp } from '../../domain/schedule/schedule';
import { thankYouSendTimes } from '../../domain/schedule/send-time';
import { isValidDate, isValidTimeZone } from '../../domain/records/validate/fields';
import { twoClocks, type TwoClocks } from '../format';
import { scheduleContext } from '../holidays';
import { editInterview, planner } from '../store';

const TIMING_LABELS: Record<ThankYouTiming, string> = {
  'same-day': 'The same day, in the evening',
  'next-morning': 'Next morning, just before their working day starts',
};

function Clocks(props: { clocks: TwoClocks }) {
  return (
    <>
      {/* Your clock first: the time you act. */}
      {props.clocks.yours ?? props.clocks.theirs}
      <Show when={props.clocks.yours}>
        {' '}
        <span class="hint">(their time: {props.clocks.theirs})</span>
      </Show>
    </>
  );
}

/** What the schedule says about sending this email: a time proposed again, or "Schedule send" at night. */
function SendNotes(props: { followUp: FollowUp; timeZone: string }) {
  const remind = () => twoClocks(props.followUp.remindAt, props.timeZone);
  return (
    <>
      <For each={props.followUp.adjustments}>{(note) => <p class="notice" role="status">{note}</p>}</For>
      <Show when={props.followUp.scheduleSend}>
        <p class="notice">
          <strong>Send it with "Schedule send":</strong> <Clocks clocks={twoClocks(props.followUp.due, props.timeZone)} /> is during your night.
          Write it while you are awake (Nudge reminds you at {remind().yours ?? remind().theirs}) and schedule it in your email app: Gmail,
          Outlook and Apple Mail all have "Schedule send".
        </p>
      </Show>
    </>
  );
}

/** When to send: the two thank-you options on both clocks, or the next check-in's (or the closing note's) date. */
export function SendTiming(props: { interview: Interview; kind: EmailKind }) {
  const ready = () => isValidDate(props.interview.date) && isValidTimeZone(props.interview.timeZone);
  const context = createMemo(() => (ready() ? scheduleContext(props.interview, planner.profile) : undefined));
  const times = createMemo(() => {
    const ctx = context();
    return ctx ? thankYouSendTimes(props.interview, ctx.holidays, ctx.clock) : undefined;
  });
  const schedule = createMemo(() => {
    const ctx = context();
    return ctx ? buildSchedule(props.interview, ctx) : [];
  });
  const thankYou = () => schedule().find((followUp) => followUp.kind === 'thank-you' && followUp.status === 'pending');
  // The recipient's clock (a recruiter's, say), the interview's own by default.
  const zone = () => context()?.clock?.timeZone ?? props.interview.timeZone;
  // The closing note has its own date in the schedule; a check-in's is the next one still to do.
  const nextCheckIn = () => schedule().find((followUp) => followUp.kind === (props.kind === 'closing' ? 'closing' : 'check-in') && followUp.status === 'pending');
  return (
    <Show when={ready()} fallback={<p class="hint">Add the interview date and the interviewer's time zone to see when to send.</p>}>
      <Show when={times()} fallback={<p class="status" role="status">Checking public holidays…</p>}>
        <Show
          when={props.kind === 'thank-you'}
          fallback={
            <Show when={nextCheckIn()}>
              {(followUp) => (
                <>
                  <p>
                    <strong>Send it:</strong> <Clocks clocks={twoClocks(followUp().due, followUp().timeZone)} />, if you have not heard by then.
                  </p>
                  <SendNotes followUp={followUp()} timeZone={followUp().timeZone} />
                </>
              )}
            </Show>
          }
        >
          <fieldset class="choice-row">
            <legend class="label">When to send it</legend>
            <For each={THANK_YOU_TIMINGS}>
              {(timing) => (
                <label class="check">
                  <input
                    type="radio"
                    name={`timing-${props.interview.id}`}
                    checked={props.interview.thankYouTiming === timing}
                    onChange={() => editInterview(props.interview.id, ['thankYouTiming'], timing)}
                  />
                  <span>
                    {TIMING_LABELS[timing]}: <Clocks clocks={twoClocks(timing === 'same-day' ? times()!.sameDay : times()!.nextMorning, zone())} />
                  </span>
                </label>
              )}
            </For>
          </fieldset>
          <Show when={thankYou()}>{(followUp) => <SendNotes followUp={followUp()} timeZone={followUp().timeZone} />}</Show>
        </Show>
      </Show>
    </Show>
  );
}
