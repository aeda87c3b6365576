import { createUniqueId, Index, Show } from 'solid-js';
import { editInterview } from '../store';

/**
 * An interviewer's web pages (their LinkedIn profile, their page on the
 * company site), as read from their card's QR code or typed. Shown only once
 * there is one, or the person adds one.
 */
export function InterviewerLinks(props: { interviewId: string; index: number; links: readonly string[] }) {
  const id = createUniqueId();
  let list: HTMLOListElement | undefined;
  const save = (links: string[]) => editInterview(props.interviewId, ['interviewers', props.index, 'links'], links);
  const add = () => {
    save([...props.links, '']);
    // Straight into the new link, so a keyboard or screen reader user lands where they type.
    queueMicrotask(() => list?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <div class="stack">
      <Show when={props.links.length > 0}>
        <p class="label" id={id}>
          Links
        </p>
        <ol class="plain-list stack" aria-labelledby={id} ref={list}>
          <Index each={props.links}>
            {(link, at) => (
              <li class="actions">
                <input
                  class="point-input"
                  type="url"
                  aria-label={`Link ${at + 1}`}
                  value={link()}
                  onInput={(event) => save(props.links.map((old, index) => (index === at ? event.currentTarget.value : old)))}
                />
                <button type="button" class="quiet" onClick={() => save(props.links.filter((_, index) => index !== at))}>
                  Remove<span class="visually-hidden"> link {at + 1}</span>
                </button>
              </li>
            )}
          </Index>
        </ol>
      </Show>
      <div class="actions">
        <button type="button" class="quiet" onClick={add}>
          Add a link (LinkedIn, web page)
        </button>
      </div>
    </div>
  );
}
