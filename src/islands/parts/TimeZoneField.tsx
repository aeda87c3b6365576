import { For, onMount, createSignal } from 'solid-js';
import type { FieldConflict } from './ConflictNotice';
import { Field } from './Field';

/** The page's one list of time zones (`TimeZoneList`), which every time-zone field suggests from. */
const TIME_ZONE_LIST_ID = 'time-zones';

/**
 * The interviewer's IANA time zone: a text field with the browser's list of
 * zones as suggestions, so typing "Singa" finds Asia/Singapore. The page must
 * hold one `TimeZoneList`.
 */
export function TimeZoneField(props: { value: string; onInput: (value: string) => void; error?: string; conflict?: FieldConflict }) {
  return (
    <Field
      label="Interviewer time zone"
      value={props.value}
      onInput={props.onInput}
      error={props.error}
      conflict={props.conflict}
      hint="Type a city, e.g. Singapore or London."
      list={TIME_ZONE_LIST_ID}
      autocomplete="off"
    />
  );
}

/**
 * The browser's time zones as suggestions, once per page rather than once per
 * interview opened: ~400 options made again at every "Add interview" were a
 * good part of its time.
 */
export function TimeZoneList() {
  const [zones, setZones] = createSignal<string[]>([]);
  // Filled after mount: ~400 options are not worth sending in the HTML.
  onMount(() => setZones(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []));
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      <For each={zones()}>{(zone) => <option value={zone} />}</For>
    </datalist>
  );
}
