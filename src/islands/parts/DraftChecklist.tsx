import { For, Show } from 'solid-js';
import type { Finding } from '../../domain/messages/email-checks';

const MARK = { ok: '✓', missing: '✗', warning: '!' } as const;
const WORD = { ok: 'Done', missing: 'Missing', warning: 'Check' } as const;

/** What the email has and lacks, beside the draft. */
export function DraftChecklist(props: { findings: Finding[]; /** Said above the list, e.g. which kind of email it was checked as. */ note?: string }) {
  const done = () => props.findings.filter((finding) => finding.status === 'ok').length;
  return (
    <section class="draft-checks" aria-label="Email checklist">
      <p class="label">
        Checklist: {done()} of {props.findings.length} done
      </p>
      <Show when={props.note}>
        <p class="hint">{props.note}</p>
      </Show>
      <ul class="plain-list">
        <For each={props.findings}>
          {(finding) => (
            <li class={`finding ${finding.status}`}>
              <span class="mark" aria-hidden="true">
                {MARK[finding.status]}
              </span>
              <span>
                <span class="visually-hidden">{WORD[finding.status]}: </span>
                {finding.label}
                <Show when={finding.detail}>
                  <span class="detail">{finding.detail}</span>
                </Show>
              </span>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
