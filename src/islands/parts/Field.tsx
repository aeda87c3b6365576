import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import { ConflictNotice, type FieldConflict } from './ConflictNotice';

interface FieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown once the field has been left or has text, so an empty new form is not all red. */
  error?: string;
  hint?: string;
  type?: 'text' | 'search' | 'email' | 'tel' | 'url' | 'date' | 'time' | 'datetime-local' | 'number';
  multiline?: boolean;
  /** Visible lines of a multiline field. Default 4. */
  rows?: number;
  list?: string;
  autocomplete?: JSX.HTMLAutocomplete;
  required?: boolean;
  min?: string;
  max?: string;
  /** Another tab replaced what was typed here: said next to the field, with this tab's version back. */
  conflict?: FieldConflict;
}

/** Date and time fields the browser assembles from parts (day, month, year…). */
const PART_TYPES = new Set(['date', 'time', 'datetime-local']);

const HALF_TYPED: Record<string, string> = {
  date: 'Finish the date (day, month and year) or pick it from the calendar: that one is not a whole, real date.',
  time: 'Finish the time (hours and minutes).',
  'datetime-local': 'Finish the date and time: that one is not a whole, real date.',
};

/**
 * A labelled text input (or textarea) with its hint and error tied to it for
 * screen readers. It shows what was typed, always: an error never changes the value.
 *
 * A date or time typed on the keyboard is passed on only once it is a whole,
 * real date: while a part is missing, or the day does not exist (30/02), the
 * browser reports an empty value, and saving that would wipe the saved date.
 * The field says what is wrong instead, until the date is valid (issue 10).
 * Clearing every part is a real "no date", and is passed on.
 */
export function Field(props: FieldProps) {
  const id = createUniqueId();
  const [touched, setTouched] = createSignal(false);
  const [halfTyped, setHalfTyped] = createSignal(false);
  const problem = () =>
    halfTyped() ? `${HALF_TYPED[props.type ?? '']} ${props.value ? 'What was saved stays until then.' : 'Nothing is saved until then.'}` : props.error;
  const showError = () => Boolean(problem()) && (halfTyped() || touched() || props.value !== '');
  const describedBy = () =>
    [props.hint && `${id}-hint`, showError() && `${id}-error`, props.conflict && `${id}-conflict`].filter(Boolean).join(' ') || undefined;
  const input = (element: HTMLInputElement | HTMLTextAreaElement) => {
    const unfinished = PART_TYPES.has(props.type ?? '') && 'validity' in element && element.validity.badInput;
    setHalfTyped(unfinished);
    if (!unfinished) props.onInput(element.value);
  };
  const common = () => ({
    id,
    value: props.value,
    'aria-describedby': describedBy(),
    'aria-invalid': showError() ? ('true' as const) : undefined,
    'aria-required': props.required ? ('true' as const) : undefined,
    onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => input(event.currentTarget),
    onBlur: (event: FocusEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => {
      setTouched(true);
      // Some half-typed dates fire no input event (the value stays empty): check on the way out.
      if (PART_TYPES.has(props.type ?? '')) setHalfTyped((event.currentTarget as HTMLInputElement).validity.badInput);
    },
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
        <p class="error" id={`${id}-error`} role={halfTyped() ? 'status' : undefined}>
          {problem()}
        </p>
      </Show>
      <Show when={props.conflict}>{(conflict) => <ConflictNotice id={`${id}-conflict`} conflict={conflict()} />}</Show>
    </div>
  );
}
