import { createEffect, For, onMount, Show } from 'solid-js';
import { backToEvents, closeInvitationPanel, invitationPanel as panel, pickEvent, readInvitationFile, undoInvitation } from './invitation-actions';
import { InvitationPreview } from './InvitationPreview';
import { startText } from './start-text';

/**
 * What the invitation holds: why it was refused, its events to pick from,
 * the preview of one, or what was filled with Undo. Every message is a
 * live region, so a screen reader hears each as it appears.
 */
export default function InvitationPanel(props: { file: File; onClose: () => void }) {
  // Each file given (a second one while this is open, too) is read afresh.
  createEffect(() => void readInvitationFile(props.file));
  const close = () => {
    closeInvitationPanel();
    props.onClose();
  };
  let region: HTMLDivElement | undefined;
  onMount(() => region?.focus());
  return (
    <div class="import-panel stack" tabindex="-1" ref={region} aria-label="From the invitation">
      <div role="alert">
        <Show when={panel.error}>
          <p class="notice bad">{panel.error}</p>
        </Show>
      </div>
      <p class="status ok" role="status">
        {panel.busy ? 'Reading the invitation…' : panel.done}
      </p>
      <Show when={panel.events.length > 1 && !panel.proposal}>
        <fieldset>
          <legend>This invitation holds {panel.events.length} events: which is the interview?</legend>
          <For each={panel.fileNotes}>{(note) => <p class="hint">{note}</p>}</For>
          <ul class="plain-list stack">
            <For each={panel.events}>
              {(event) => (
                <li>
                  <button type="button" class="secondary event-choice" onClick={() => pickEvent(event.key)}>
                    <span class="user-text">{event.summary || 'Untitled event'}</span>
                    <span class="meta">{startText(event)}</span>
                  </button>
                </li>
              )}
            </For>
          </ul>
        </fieldset>
      </Show>
      <Show when={panel.proposal}>{(proposal) => <InvitationPreview proposal={proposal()} several={panel.events.length > 1} onBack={backToEvents} onCancel={close} />}</Show>
      <div class="actions">
        <Show when={panel.canUndo}>
          <button type="button" class="secondary" onClick={undoInvitation}>
            Undo
          </button>
        </Show>
        <Show when={!panel.proposal && !panel.busy}>
          <button type="button" class="quiet" onClick={close}>
            {panel.done ? 'Done' : 'Close'}
          </button>
        </Show>
      </div>
    </div>
  );
}
