import { createSignal, Show } from 'solid-js';
import { deleteAll } from './data-actions';
import { dataPage } from './data-store';
import { OutcomeMessages } from './OutcomeMessages';

/**
 * Delete all data, in two steps: the first button only opens a confirmation
 * (focus moves to its warning, and Cancel is one Tab away), the second deletes.
 */
export function DeleteSection() {
  const [asking, setAsking] = createSignal(false);
  let start: HTMLButtonElement | undefined;
  const finish = () => {
    setAsking(false);
    start?.focus();
  };
  return (
    <section class="tool" aria-labelledby="delete-heading">
      <h2 id="delete-heading">Delete all data</h2>
      <p>Removes every interview, your profile, the export date and the import backup from this browser. Files you exported are not touched.</p>
      <Show
        when={asking()}
        fallback={
          <div class="actions">
            <button type="button" class="danger" ref={start} onClick={() => setAsking(true)} disabled={dataPage.storage !== 'ready' || dataPage.busy !== ''}>
              Delete all data…
            </button>
          </div>
        }
      >
        <div class="notice bad confirm-delete">
          <p tabindex="-1" ref={(element) => queueMicrotask(() => element.focus())}>
            <strong>Delete everything Nudge keeps in this browser?</strong> This cannot be undone. Export first if you may want it back.
          </p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void deleteAll().then(finish)} disabled={dataPage.busy !== ''}>
              Yes, delete everything
            </button>
            <button type="button" class="secondary" onClick={finish}>
              Cancel
            </button>
          </div>
        </div>
      </Show>
      <OutcomeMessages outcome={dataPage.delete} />
    </section>
  );
}
