import { For, Show } from 'solid-js';
import { withBase } from '../../utils/url';
import { createHydrated } from '../hydrated';
import { planner } from '../store';

/** Says plainly when the browser is not keeping what you type, kept something it could not read, or changed a saved choice. */
export function StorageNotice() {
  const hydrated = createHydrated();
  return (
    <>
      <Show when={hydrated() && planner.storageProblem}>
        <div class="notice bad" role="alert">
          <p>
            <strong>Your changes are not being saved to this browser.</strong> {planner.storageProblem}
          </p>
          <p>
            <a href={withBase('/data/')}>Export your data</a> before you close this tab.
          </p>
        </div>
      </Show>
      <Show when={hydrated() && planner.setAside.length > 0}>
        <div class="notice" role="status">
          <p>
            {planner.setAside.length === 1 ? 'One saved record' : `${planner.setAside.length} saved records`} could not be read, so{' '}
            {planner.setAside.length === 1 ? 'it was' : 'they were'} set aside rather than deleted. Everything else is here as you left it.
          </p>
          <p>
            They stay in this browser and go into your <a href={withBase('/data/')}>data export</a>, so nothing is lost.
          </p>
        </div>
      </Show>
      <Show when={hydrated() && planner.notices.length > 0}>
        <div class="notice" role="status">
          <For each={planner.notices}>{(notice) => <p>{notice}</p>}</For>
        </div>
      </Show>
    </>
  );
}
