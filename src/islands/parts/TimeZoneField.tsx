import { createUniqueId, For, onMount, createSignal } from 'solid-js';
import type { FieldConflict } from './ConflictNotice';
import { Field } from './Field';

/**
 * The interviewer's IANA time zone: a text field with the browser's list of
 * zones as suggestions, so typing "Singa" finds Asia/Singapore.
 */
export function TimeZoneField(props: { value: string; onInput: (value: string) => void; error?: string; conflict?: FieldConflict }) {
  const listId = `zones-${createUniqueId()}`;
  const [zones, setZones] = createSignal<string[]>([]);
  // Filled after mount: ~400 options are not worth sending in the HTML.
  onMount(() => setZones(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []));
  return (
    <>
      <Field
        label="Interviewer time zone"
        value={props.value}
        onInput={props.onInput}
        error={props.error}
        conflict={props.conflict}
        hint="Type a city, e.g. Singapore or London."
        list={listId}
        autocomplete="off"
      />
      <datalist id={listId}>
        <For each={zones()}>{(zone) => <option value={zone} />}</For>
      </datalist>
    </>
  );
}
