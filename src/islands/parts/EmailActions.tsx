import { createMemo, createSignal, Show } from 'solid-js';
import { buildMailto, MAILTO_MAX_LENGTH } from '../../domain/messages/mailto';
import { copyText } from '../clipboard';

/** "Copy email" and "Open in email app", with what happened said out loud. */
export function EmailActions(props: { to: string; subject: string; body: string }) {
  const [message, setMessage] = createSignal('');
  const mailto = createMemo(() => buildMailto({ to: props.to, subject: props.subject, body: props.body }));
  const copy = async () => {
    const copied = await copyText(`Subject: ${props.subject}\n\n${props.body}`);
    setMessage(copied ? 'Copied: subject and email are on your clipboard.' : 'Your browser blocked the clipboard. Select the email above and copy it yourself.');
  };
  return (
    <div class="stack">
      <div class="actions">
        <button type="button" onClick={copy}>
          Copy email
        </button>
        <Show when={!mailto().tooLong}>
          <a class="button secondary" href={mailto().href}>
            Open in email app
          </a>
        </Show>
      </div>
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
