import { createMemo, createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { zoneCity, zoneOffsetName } from '../../domain/shared/zone-city';
import { isValidTimeZone } from '../../domain/shared/wall-time';
import { exactZone, searchZones, type ZoneMatch } from '../../domain/zones/search-zones';
import { zoneLabel } from '../../domain/zones/zone-label';
import { loadZoneTable } from '../../domain/zones/zone-table';
import { ConflictNotice, type FieldConflict } from './ConflictNotice';

interface Props {
  /** "Interviewer time zone", "Recruiter time zone"… */
  label: string;
  /** The saved IANA name. */
  value: string;
  /** Called with an IANA name, only ever one the engine knows. */
  onChange: (zone: string) => void;
  hint?: string;
  /** What is wrong with the saved value (a zone an import brought that no browser knows). */
  error?: string;
  conflict?: FieldConflict;
}

/** The name of a saved zone before the table has arrived: its city and offset, never an error. */
function quickLabel(zone: string, at: Date): string {
  const city = zoneCity(zone);
  return city && isValidTimeZone(zone) ? `${city}, ${zoneOffsetName(zone, at)}` : zone;
}

/**
 * A time zone by the names people use: typing "London", "UK", "KL" or
 * "Bengaluru" offers the zones they name, each shown as "London (United
 * Kingdom), GMT"; an IANA name is taken as it is. Only a zone is ever saved:
 * text that names none stays in the field, with a message, and the saved zone
 * is kept. The table of names (`domain/zones/`) is fetched when the field is
 * first shown. An ARIA 1.2 combobox: arrows move through the suggestions,
 * Enter takes one, Escape puts the saved zone back.
 */
export function TimeZoneField(props: Props) {
  const id = createUniqueId();
  const [table] = createResource(loadZoneTable);
  // What the person is typing; undefined while the field shows the saved zone.
  const [typed, setTyped] = createSignal<string>();
  const [active, setActive] = createSignal(-1);
  const [open, setOpen] = createSignal(false);
  const now = () => new Date();
  const label = (zone: string) => {
    const loaded = table();
    return loaded ? zoneLabel(zone, loaded, now()) : quickLabel(zone, now());
  };
  const matches = createMemo<ZoneMatch[]>(() => {
    const text = typed();
    const loaded = table();
    return text && loaded ? searchZones(text, loaded) : [];
  });
  const unknown = () => {
    const text = typed()?.trim();
    if (!text || !table() || matches().length > 0) return '';
    return `No place called “${text.length > 60 ? `${text.slice(0, 60)}…` : text}” found. Try a city or a country, such as London, UK or Kuala Lumpur.${props.value ? ` ${label(props.value)} stays chosen until then.` : ''}`;
  };
  const describedBy = () =>
    [props.hint && `${id}-hint`, (unknown() || (typed() === undefined && props.error)) && `${id}-error`, props.conflict && `${id}-conflict`]
      .filter(Boolean)
      .join(' ') || undefined;
  const choose = (zone: string) => {
    setTyped(undefined);
    setOpen(false);
    setActive(-1);
    if (zone !== props.value) props.onChange(zone);
  };
  const onInput = (text: string) => {
    setTyped(text);
    setActive(-1);
    setOpen(text.trim() !== '');
    // An IANA name typed or pasted in full is saved at once, as before.
    const trimmed = text.trim();
    if (trimmed.includes('/') && isValidTimeZone(trimmed)) props.onChange(trimmed);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const count = matches().length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((active() + 1) % count);
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive(active() <= 0 ? count - 1 : active() - 1);
    } else if (event.key === 'Enter' && open() && count > 0) {
      event.preventDefault();
      choose(matches()[Math.max(0, active())]!.zone);
    } else if (event.key === 'Escape' && typed() !== undefined) {
      event.preventDefault();
      // First the suggestions close; then the saved zone comes back.
      if (open() && count > 0) setOpen(false);
      else setTyped(undefined);
    }
  };
  // Leaving the field with a name that means one zone ("London", "UK") takes it; anything else stays typed, with its message.
  const onBlur = () => {
    setOpen(false);
    const text = typed();
    const loaded = table();
    if (text === undefined || !loaded) return;
    const trimmed = text.trim();
    if (trimmed === '') return setTyped(undefined);
    if (trimmed.includes('/') && isValidTimeZone(trimmed)) return setTyped(undefined);
    const zone = exactZone(trimmed, loaded);
    if (zone) choose(zone);
  };
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div class="field zone-field">
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open() && matches().length > 0 ? 'true' : 'false'}
        aria-controls={`${id}-list`}
        aria-activedescendant={open() && active() >= 0 ? optionId(active()) : undefined}
        aria-describedby={describedBy()}
        aria-invalid={unknown() || (typed() === undefined && props.error) ? 'true' : undefined}
        value={typed() ?? (props.value ? label(props.value) : '')}
        onInput={(event) => onInput(event.currentTarget.value)}
        onFocus={(event) => event.currentTarget.select()}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <ul class="zone-options" id={`${id}-list`} role="listbox" aria-label={`${props.label}: suggestions`} hidden={!(open() && matches().length > 0)}>
        <For each={open() ? matches() : []}>
          {(match, index) => {
            const text = () => label(match.zone);
            return (
              <li
                id={optionId(index())}
                role="option"
                aria-selected={active() === index() ? 'true' : 'false'}
                // Chosen on mousedown, before the field's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(match.zone);
                }}
              >
                {text()}
                <Show when={!text().toLowerCase().includes(match.matched.toLowerCase())}>
                  <span class="hint"> · {match.matched}</span>
                </Show>
              </li>
            );
          }}
        </For>
      </ul>
      <p class="visually-hidden" role="status">
        {open() && typed() ? (matches().length === 0 ? '' : `${matches().length} ${matches().length === 1 ? 'suggestion' : 'suggestions'}: use the arrow keys, then Enter.`) : ''}
      </p>
      <Show when={unknown() || (typed() === undefined && props.error)}>
        <p class="error" id={`${id}-error`}>
          {unknown() || props.error}
        </p>
      </Show>
      <Show when={props.conflict}>{(conflict) => <ConflictNotice id={`${id}-conflict`} conflict={{ ...conflict(), mine: label(conflict().mine) }} />}</Show>
    </div>
  );
}
