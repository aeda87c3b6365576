import { createSignal, createUniqueId, Show, type JSX } from 'solid-js';
import type { Doubt } from '../../domain/records/validate/unlikely';
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
  /**
   * What looks wrong with a value that is whole but unlikely (`records/validate/unlikely.ts`): such a
   * value is held, not passed on, until the person keeps it. Default: every whole value is passed on.
   */
  doubt?: (value: string) => Doubt | undefined;
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
 *
 * A whole value that looks wrong (`doubt`: the year 0002 on the way to 2026,
 * a date two years off, 03:00) is held the same way: the field says what
 * looks wrong, and passes it on only when the person keeps it (issue 18).
 */
export function Field(props: FieldProps) {
  const id = createUniqueId();
  const [touched, setTouched] = createSignal(false);
  const [halfTyped, setHalfTyped] = createSignal(false);
  const [held, setHeld] = createSignal<{ value: string; doubt: Doubt }>();
  const until = (what: string) => (props.value ? `What was saved stays ${what}.` : `Nothing is saved ${what}.`);
  const problem = () => {
    if (halfTyped()) return `${HALF_TYPED[props.type ?? '']} ${until('until then')}`;
    const doubt = held()?.doubt;
    if (doubt) return `${doubt.problem} ${until(doubt.canKeep ? 'until you keep this one' : 'until then')}`;
    return props.error;
  };
  const waiting = () => halfTyped() || held() !== undefined;
  const showError = () => Boolean(problem()) && (waiting() || touched() || props.value !== '');
  const describedBy = () =>
    [props.hint && `${id}-hint`, showError() && `${id}-error`, props.conflict && `${id}-conflict`].filter(Boolean).join(' ') || undefined;
  const input = (element: HTMLInputElement | HTMLTextAreaElement) => {
    const unfinished = PART_TYPES.has(props.type ?? '') && 'validity' in element && element.validity.badInput;
    setHalfTyped(unfinished);
    if (unfinished) return;
    const doubt = element.value !== props.value ? props.doubt?.(element.value) : undefined;
    setHeld(doubt && { value: element.value, doubt });
    if (!doubt) props.onInput(element.value);
  };
  const keep = () => {
    const value = held()?.value;
    setHeld(undefined);
    if (value !== undefined) props.onInput(value);
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
        <p class="error" id={`${id}-error`} role={waiting() ? 'status' : undefined}>
          {problem()}
        </p>
      </Show>
      <Show when={held()?.doubt.canKeep}>
        {/* In a row of its own, so the button is as wide as its words, under the message it answers. */}
        <div class="actions">
          <button type="button" class="quiet" onClick={keep}>
            {props.type === 'time' ? 'Keep this time' : 'Keep this date'}
          </button>
        </div>
      </Show>
      <Show when={props.conflict}>{(conflict) => <ConflictNotice id={`${id}-conflict`} conflict={conflict()} />}</Show>
    </div>
  );
}
