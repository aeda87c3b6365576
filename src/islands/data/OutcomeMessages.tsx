import { Show } from 'solid-js';
import type { Outcome } from './data-store';

/**
 * A section's latest result: good news in a polite `status` region, trouble
 * in an `alert`. Both regions stay in the page, empty when there is nothing
 * to say, so screen readers announce each new message when it appears.
 */
export function OutcomeMessages(props: { outcome: Outcome }) {
  return (
    <>
      <p class="status ok outcome" role="status">
        {props.outcome.status}
      </p>
      <div role="alert" class="outcome">
        <Show when={props.outcome.error}>
          <p class="notice bad">{props.outcome.error}</p>
        </Show>
      </div>
    </>
  );
}
