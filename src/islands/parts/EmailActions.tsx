import { createMemo, createSignal, Show } from 'solid-js';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../domain/messages/mailto';
import { findPlaceholders, listPlaceholders } from '../../domain/messages/placeholders';
import { copyText } from '../clipboard';

type Action = 'copy' | 'open';

/**
 * "Copy email" and "Open in email app", with what happened said out loud.
 * While placeholders such as `[your mobile number]` are still in the draft,
 * either button first says which ones are left, in the page, and the person
 * can keep editing or go ahead anyway (no `window.confirm`, which phones
 * show badly and screen readers announce out of context).
 */
export function EmailActions(props: { to: string; subject: string; body: string; onKeepEditing?: () => void }) {
  const [message, setMessage] = createSignal('');
  const [pending, setPending] = createSignal<Action>();
  const mailto = createMemo(() => buildMailto({ to: props.to, subject: props.subject, body: props.body }));
  const left = createMemo(() => findPlaceholders(`${props.subject}\n${props.body}`));
  let notice: HTMLParagraphElement | undefined;
  let copyButton: HTMLButtonElement | undefined;
  let openLink: HTMLAnchorElement | undefined;
  // The notice holds the focused button; when it goes, focus goes back to the button that opened it, not to the page.
  const close = (returnTo?: HTMLElement) => {
    setPending(undefined);
    returnTo?.focus();
  };

  const copy = async () => {
    if (pending()) close(copyButton);
    const copied = await copyText(`Subject: ${props.subject}\n\n${props.body}`);
    setMessage(copied ? 'Copied: subject and email are on your clipboard.' : 'Your browser blocked the clipboard. Select the email above and copy it yourself.');
  };
  const ask = (action: Action) => {
    setMessage('');
    setPending(action);
    queueMicrotask(() => notice?.focus());
  };
  const keepEditing = () => {
    close(props.onKeepEditing ? undefined : copyButton);
    props.onKeepEditing?.();
  };
  const count = () => (left().length === 1 ? '1 placeholder' : `${left().length} placeholders`);

  return (
    <div class="stack">
      <div class="actions">
        <button type="button" ref={copyButton} onClick={() => (left().length > 0 ? ask('copy') : void copy())}>
          Copy email
        </button>
        <Show when={!mailto().tooLong}>
          <a
            class="button secondary"
            ref={openLink}
            href={mailto().href}
            onClick={(event) => {
              if (left().length === 0) return setMessage('');
              event.preventDefault();
              ask('open');
            }}
          >
            Open in email app
          </a>
        </Show>
      </div>
      <Show when={pending() && left().length > 0}>
        <div class="notice stack" role="alert" onKeyDown={(event) => event.key === 'Escape' && keepEditing()}>
          <p ref={notice} tabindex="-1" class="user-text">
            <strong>Still to fill in:</strong> your email has {count()}: {listPlaceholders(left(), 5)}. Replace each with your own words, or delete it,
            before you send.
          </p>
          <div class="actions">
            <button type="button" onClick={keepEditing}>
              Keep editing
            </button>
            <Show
              when={pending() === 'open'}
              fallback={
                <button type="button" class="secondary" onClick={() => void copy()}>
                  Copy anyway
                </button>
              }
            >
              <a class="button secondary" href={mailto().href} onClick={() => close(openLink)}>
                Open anyway
              </a>
            </Show>
          </div>
        </div>
      </Show>
      <Show when={mailto().tooLong}>
        <p class="status warn">
          This email is too long to hand to an email app as a link ({mailto().length.toLocaleString()} characters; mail apps accept about{' '}
          {MAILTO_MAX_LENGTH.toLocaleString()}). Use Copy email and paste it into a new message.
        </p>
      </Show>
      <Show when={!mailto().tooLong && mailto().recipientDropped && props.to.trim() !== ''}>
        <p class="status warn">The interviewer's email address doesn't look right, so the email app will ask who to send it to.</p>
      </Show>
      <p class="status ok" role="status" aria-live="polite">
        {message()}
      </p>
    </div>
  );
}
