import { Show } from 'solid-js';

/** What a field needs to say that another tab replaced its text, and to put it back. */
export interface FieldConflict {
  /** This tab's version, as text. */
  mine: string;
  restore: () => void;
  dismiss: () => void;
}

/** Long versions are shown in part; "Put my version back" restores all of it. */
const SHOWN_CHARS = 300;

/**
 * Next to a field: another tab saved different text over what this tab typed.
 * The person gets their own version back with one click, or keeps the other.
 */
export function ConflictNotice(props: { id: string; conflict: FieldConflict }) {
  const shown = () => (props.conflict.mine.length > SHOWN_CHARS ? `${props.conflict.mine.slice(0, SHOWN_CHARS)}…` : props.conflict.mine);
  return (
    <div class="notice conflict" id={props.id} role="status">
      <p>
        <strong>Another tab saved different text here,</strong> replacing what you typed in this tab.
      </p>
      <Show when={props.conflict.mine.trim() !== ''} fallback={<p>Your version here was empty.</p>}>
        <p>
          Your version: <q class="user-text">{shown()}</q>
        </p>
      </Show>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => props.conflict.restore()}>
          Put my version back
        </button>
        <button type="button" class="quiet" onClick={() => props.conflict.dismiss()}>
          Keep the other tab's
        </button>
      </div>
    </div>
  );
}
