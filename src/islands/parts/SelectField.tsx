import { createUniqueId, For } from 'solid-js';

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
}

/** A labelled drop-down. */
export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  const id = createUniqueId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      <select id={id} aria-describedby={props.hint ? `${id}-hint` : undefined} onChange={(event) => props.onChange(event.currentTarget.value as T)}>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
