import { createEffect, on, Show } from 'solid-js';
import { formatBytes, MAX_IMPORT_BYTES } from '../../domain/records/transfer/import-size';
import { chooseImportFile, downloadBackup } from './data-actions';
import { dataPage } from './data-store';
import { ImportPreviewPanel } from './ImportPreviewPanel';
import { OutcomeMessages } from './OutcomeMessages';

/**
 * Import data: choose a file, see what it will do, then Import or Cancel.
 * The input is cleared after each choice, so choosing the same file again
 * (after fixing it, say) checks it again.
 */
export function ImportSection() {
  let input: HTMLInputElement | undefined;
  // When the preview closes (imported or cancelled), focus goes back to the file input, not to the page's top.
  createEffect(on(() => Boolean(dataPage.pending), (open, wasOpen) => wasOpen && !open && input?.focus(), { defer: true }));
  const onChange = (event: Event & { currentTarget: HTMLInputElement }) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) void chooseImportFile(file);
  };
  return (
    <section class="tool" aria-labelledby="import-heading">
      <h2 id="import-heading">Import from a file</h2>
      <p>
        Bring back a file made by <em>Export all data</em>. Nudge checks the whole file first and shows what it will add or replace; nothing
        changes until you press Import.
      </p>
      <p class="hint">
        Before it writes anything, Nudge downloads a backup of what you have now and keeps the latest one in this browser. To go back, delete
        all data and import that backup.
      </p>
      <div class="field">
        <label for="import-file">Import data</label>
        <p class="hint" id="import-file-hint">
          Choose a .json file exported by Nudge (up to {formatBytes(MAX_IMPORT_BYTES)}).
        </p>
        <input
          id="import-file"
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          onChange={onChange}
          disabled={dataPage.storage !== 'ready' || dataPage.busy !== ''}
        />
      </div>
      <Show when={dataPage.busy === 'import'}>
        <p class="status">Checking…</p>
      </Show>
      <Show when={dataPage.pending}>{(pending) => <ImportPreviewPanel pending={pending()} />}</Show>
      <OutcomeMessages outcome={dataPage.import} />
      <Show when={dataPage.summary.backupSavedAt}>
        {(savedAt) => (
          <p class="hint">
            A backup from before your last import ({new Date(savedAt()).toLocaleString()}) is kept in this browser.{' '}
            <button type="button" class="quiet" onClick={() => void downloadBackup()}>
              Download the backup
            </button>
          </p>
        )}
      </Show>
    </section>
  );
}
