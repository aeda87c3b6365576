import { createMemo, For, Show } from 'solid-js';
import { THANK_YOU_TIMINGS } from '../../domain/records/constants';
import type { EmailKind, Interview, ThankYouTiming } from '../../domain/records/model';
import { buildSchedule } from '../../domain/schedule/schedule';
import { thankYouSendTimes } from '../../domain/schedule/send-time';
import { isValidDate, isValidTimeZone } from '../../domain/records/validate/fields';
import { twoClocks, type TwoClocks } from '../format';
import { editInterview } from '../store';

const TIMING_LABELS: Record<ThankYouTiming, string> = {
  'same-day': 'The same day, by the evening',
  'next-morning': 'Next morning, just before their working day starts',
};

function Clocks(props: { clocks: TwoClocks }) {
  return (
    <>
      {props.clocks.theirs}
      <Show when={props.clocks.yours}>
        {' '}
        <span class="hint">(your time: {props.clocks.yours})</span>
      </Show>
    </>
  );
}

/** When to send: the two thank-you options on both clocks, or the next check-in's date. */
export function SendTiming(props: { interview: Interview; kind: EmailKind }) {
  const ready = () => isValidDate(props.interview.date) && isValidTimeZone(props.interview.timeZone);
  const times = createMemo(() => (ready() ? thankYouSendTimes(props.interview) : undefined));
  const nextCheckIn = createMemo(() =>
    ready() ? buildSchedule(props.interview).find((followUp) => followUp.kind === 'check-in' && followUp.status === 'pending') : undefined,
  );
  return (
    <Show when={ready()} fallback={<p class="hint">Add the interview date and the interviewer's time zone to see when to send.</p>}>
      <Show
        when={props.kind === 'thank-you'}
        fallback={
          <Show when={nextCheckIn()}>
            {(followUp) => (
              <p>
                <strong>Send it:</strong> <Clocks clocks={twoClocks(followUp().due, props.interview.timeZone)} />, if you have not heard by then.
              </p>
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
                  {TIMING_LABELS[timing]}: <Clocks clocks={twoClocks(timing === 'same-day' ? times()!.sameDay : times()!.nextMorning, props.interview.timeZone)} />
                </span>
              </label>
            )}
          </For>
        </fieldset>
      </Show>
    </Show>
  );
}
