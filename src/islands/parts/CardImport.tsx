import { createSignal, createUniqueId, Show } from 'solid-js';
import type { CardOutcome, CardTarget } from '../import/card-actions';

// The readers load only when a card is given: none of this is on the planner's first screen.
const actions = () => import('../import/card-actions');

/**
 * "Contact card (.vcf)" and "Photo of their card's QR code" for one
 * interviewer, with what they filled and Undo. Either file can also be
 * dropped on this box. On a phone the photo field offers the camera.
 */
export function CardImport(props: { target: CardTarget; who: string }) {
  const id = createUniqueId();
  const [busy, setBusy] = createSignal(false);
  const [message, setMessage] = createSignal('');
  const [error, setError] = createSignal('');
  const [undo, setUndo] = createSignal<(() => string | undefined) | undefined>();
  const read = async (file: File | undefined, kind: 'card' | 'photo') => {
    if (!file) return;
    setBusy(true);
    setMessage('');
    setError('');
    setUndo(undefined);
    let outcome: CardOutcome;
    try {
      const module = await actions();
      outcome = await (kind === 'card' ? module.readCardFile(file, props.target) : module.readCardPhoto(file, props.target));
    } catch {
      outcome = { ok: false, reason: 'Nudge could not load what reads cards (are you offline on a first visit?). Nothing was changed.' };
    }
    setBusy(false);
    if (!outcome.ok) return setError(outcome.reason);
    setMessage(outcome.message);
    setUndo(() => outcome.undo);
  };
  const kindOf = (file: File) => (/\.vcf$|\.vcard$/iu.test(file.name) || /vcard/iu.test(file.type) ? 'card' : 'photo');
  return (
    <div
      class="card-import stack"
      onDragOver={(event) => event.dataTransfer?.types.includes('Files') && event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        const file = event.dataTransfer?.files[0];
        if (file) void read(file, kindOf(file));
      }}
    >
      <p class="hint">Have their card? Fill this interviewer from it, or drop the file or photo here. You can undo it.</p>
      <div class="card-files">
        <div class="field">
          <label for={`${id}-vcf`}>Contact card (.vcf)</label>
          <p class="hint" id={`${id}-vcf-hint`}>
            A card they sent you, or one saved from your phone’s contacts.
          </p>
          <input
            id={`${id}-vcf`}
            type="file"
            accept=".vcf,.vcard,text/vcard,text/x-vcard"
            aria-describedby={`${id}-vcf-hint`}
            disabled={busy()}
            onChange={(event) => {
              void read(event.currentTarget.files?.[0], 'card');
              event.currentTarget.value = '';
            }}
          />
        </div>
        <div class="field">
          <label for={`${id}-qr`}>Photo of their card's QR code</label>
          <p class="hint" id={`${id}-qr-hint`}>
            Take or choose a photo with only their code in it. It is read on this device and not kept.
          </p>
          <input
            id={`${id}-qr`}
            type="file"
            accept="image/*"
            capture="environment"
            aria-describedby={`${id}-qr-hint`}
            disabled={busy()}
            onChange={(event) => {
              void read(event.currentTarget.files?.[0], 'photo');
              event.currentTarget.value = '';
            }}
          />
        </div>
      </div>
      <p class="status ok" role="status">
        {busy() ? `Reading the card for ${props.who}…` : message()}
      </p>
      <div role="alert">
        <Show when={error()}>
          <p class="notice bad">{error()}</p>
        </Show>
      </div>
      <Show when={undo()}>
        {(action) => (
          <div class="actions">
            <button
              type="button"
              class="secondary"
              onClick={() => {
                const done = action()();
                if (done === undefined) return;
                setMessage(done);
                setUndo(undefined);
              }}
            >
              Undo<span class="visually-hidden"> the card for {props.who}</span>
            </button>
          </div>
        )}
      </Show>
    </div>
  );
}
