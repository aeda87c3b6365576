import { Show } from 'solid-js';
import { withBase } from '../../utils/url';
import { planner } from '../store';

/** Says plainly when the browser is not keeping what you type, and what to do about it. */
export function StorageNotice() {
  return (
    <Show when={planner.storageProblem}>
      <div class="notice bad" role="alert">
        <p>
          <strong>Your changes are not being saved to this browser.</strong> {planner.storageProblem}
        </p>
        <p>
          <a href={withBase('/data/')}>Export your data</a> before you close this tab.
        </p>
      </div>
    </Show>
  );
}
