import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown once the field has been left or has text, so an empty new form is not all red. */
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'datetime-local' | 'number';
  multiline?: boolean;
  /** Visible lines of a multiline field. Default 4. */
  rows?: number;
  list?: string;
  autocomplete?: JSX.HTMLAutocomplete;
  required?: boolean;
  min?: string;
  max?: string;
}

/**
 * A labelled text input (or textarea) with its hint and error tied to it for
 * screen readers. It shows what was typed, always: an error never changes the value.
 */
export function Field(props: FieldProps) {
  const id = createUniqueId();
  const [touched, setTouched] = createSignal(false);
  const showError = () => Boolean(props.error) && (touched() || props.value !== '');
  const describedBy = () => [props.hint && `${id}-hint`, showError() && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = () => ({
    id,
    value: props.value,
    'aria-describedby': describedBy(),
    'aria-invalid': showError() ? ('true' as const) : undefined,
    'aria-required': props.required ? ('true' as const) : undefined,
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => props.onInput(event.currentTarget.value),
    onBlur: () => setTouched(true),
  });
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show
        when={props.multiline}
        fallback={
          <input {...common()} type={props.type ?? 'text'} list={props.list} autocomplete={props.autocomplete} min={props.min} max={props.max} />
        }
      >
        <textarea {...common()} rows={props.rows ?? 4} />
      </Show>
      <Show when={showError()}>
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  );
}
