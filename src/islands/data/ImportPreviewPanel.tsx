import { createSignal, For, onMount, Show } from 'solid-js';
import { previewSummary, profileLine, type PreviewItem } from '../../domain/records/transfer/import-preview';
import { cancelImport, confirmImport } from './data-actions';
import { dataPage, type DataPageState } from './data-store';

/**
 * What importing the checked file will do, before anything is written. Names
 * are rendered as text (Solid escapes them), so a name holding HTML is shown,
 * not run. Focus moves to the heading so a screen reader reads what follows.
 */
export function ImportPreviewPanel(props: { pending: NonNullable<DataPageState['pending']> }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const preview = () => props.pending.preview;
  return (
    <section class="import-preview" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading" tabindex="-1" ref={heading}>
        Before you import <bdi class="user-text">{props.pending.fileName}</bdi>
      </h3>
      <p>{previewSummary(preview())}</p>
      <Show when={preview().added.length > 0}>
        <p class="label">New:</p>
        <Names items={preview().added} />
      </Show>
      <Show when={preview().replaced.length > 0}>
        <p class="label">Will replace the one in this browser:</p>
        <Names items={preview().replaced} />
      </Show>
      <p>{profileLine(preview().profile)}</p>
      <Show when={props.pending.repaired.length > 0}>
        <p class="hint">
          Nudge brought {props.pending.repaired.length === 1 ? '1 interview' : `${props.pending.repaired.length} interviews`} up to date as it read{' '}
          {props.pending.repaired.length === 1 ? 'it' : 'them'} (older or damaged fields), as the planner does when it loads.
        </p>
      </Show>
      <Show when={props.pending.setAside > 0}>
        <p class="hint">The file also carries {props.pending.setAside} unreadable record(s) kept as text; they are not imported.</p>
      </Show>
      <p class="hint">Interviews already in this browser that are not in the file stay as they are.</p>
      <div class="actions">
        <button type="button" onClick={() => void confirmImport()} disabled={dataPage.busy !== ''}>
          Import
        </button>
        <button type="button" class="secondary" onClick={cancelImport} disabled={dataPage.busy !== ''}>
          Cancel
        </button>
      </div>
    </section>
  );
}

/** Names listed before "Show all": a backup of a long search holds thousands. */
const NAMES_SHOWN = 20;

function Names(props: { items: PreviewItem[] }) {
  const [all, setAll] = createSignal(false);
  // Those whose copy here is newer come first: replacing them loses changes, so they are never hidden.
  const ordered = () => [...props.items.filter((item) => item.newerHere), ...props.items.filter((item) => !item.newerHere)];
  const shown = () => (all() ? ordered() : ordered().slice(0, Math.max(NAMES_SHOWN, props.items.filter((item) => item.newerHere).length)));
  return (
    <>
      <ul class="import-names">
        <For each={shown()}>
          {(item) => (
            <li>
              <bdi class="user-text">{item.label}</bdi>
              <Show when={item.newerHere}>
                {' '}
                <span class="status warn">(the copy in this browser was changed more recently)</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={shown().length < props.items.length}>
        <button type="button" class="quiet" onClick={() => setAll(true)}>
          Show all {props.items.length.toLocaleString()} ({(props.items.length - shown().length).toLocaleString()} more)
        </button>
      </Show>
    </>
  );
}
