import { Show, type JSX } from 'solid-js';
import { ReadOnlyNotice } from './ReadOnlyNotice';

/**
 * What a newer version of Nudge saved: the notice, and its fields in a
 * disabled fieldset, so they can be read (and copied) but not changed here.
 */
export function ReadOnly(props: { when: boolean; label: string; children: JSX.Element }) {
  return (
    <Show when={props.when} fallback={props.children}>
      <ReadOnlyNotice />
      <fieldset class="read-only" disabled>
        <legend class="visually-hidden">{props.label}</legend>
        {props.children}
      </fieldset>
    </Show>
  );
}
