import { createSignal, createUniqueId, Show } from 'solid-js';
import { zoneClockName } from '../../domain/shared/zone-city';
import { onOtherClock } from '../../domain/schedule/other-clock';
import { clockText } from '../../domain/schedule/clock-text';
import { instantToWallTime, wallTimeToInstant } from '../../domain/schedule/zoned-time';
import { browserTimeZone } from '../browser';
import { Field } from './Field';

type Clock = 'yours' | 'theirs';

const local = (instant: Date, timeZone: string) => {
  const wall = instantToWallTime(instant, timeZone);
  return `${wall.date}T${wall.time}`;
};

/**
 * A follow-up's new date and time, typed on the person's own clock (first,
 * and the default) or on the recipient's; `onSave` always gets it on theirs,
 * as the schedule keeps it (`Interview.followUps[id].movedTo`).
 */
export function MoveForm(props: { due: Date; theirZone: string; onSave: (movedTo: string) => void; onCancel: () => void; which?: string }) {
  const name = createUniqueId();
  const yourZone = browserTimeZone();
  // Only a choice where the two clocks have different names; one clock needs no choosing.
  const twoClocks = yourZone !== props.theirZone;
  const zoneOf = (clock: Clock) => (clock === 'yours' ? yourZone : props.theirZone);
  const [clock, setClock] = createSignal<Clock>(twoClocks ? 'yours' : 'theirs');
  const [value, setValue] = createSignal(local(props.due, zoneOf(clock())));
  const [typed, setTyped] = createSignal(false);
  const choose = (next: Clock) => {
    // The time Nudge filled in follows the clock chosen; a time the person typed is read on it as typed.
    if (!typed()) setValue(local(props.due, zoneOf(next)));
    setClock(next);
  };
  const onTheirClock = () => (clock() === 'theirs' ? value() : onOtherClock(value(), yourZone, props.theirZone));
  const otherClock = () => {
    const [date = '', time = ''] = value().split('T');
    const instant = wallTimeToInstant(date, time, zoneOf(clock()));
    return Number.isNaN(instant.getTime()) ? '' : `That is ${clockText(instant, clock() === 'yours' ? props.theirZone : yourZone)}.`;
  };
  const save = () => {
    const movedTo = onTheirClock();
    if (movedTo && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(movedTo)) props.onSave(movedTo);
  };
  return (
    <div class="stack move-form">
      <Show when={twoClocks}>
        <fieldset class="choice-row">
          <legend class="label">Type the new time on</legend>
          <label class="check">
            <input type="radio" name={name} checked={clock() === 'yours'} onChange={() => choose('yours')} />
            <span>your clock ({zoneClockName(yourZone, props.due)})</span>
          </label>
          <label class="check">
            <input type="radio" name={name} checked={clock() === 'theirs'} onChange={() => choose('theirs')} />
            <span>their clock ({zoneClockName(props.theirZone, props.due)})</span>
          </label>
        </fieldset>
      </Show>
      <Field
        label="New date and time"
        type="datetime-local"
        value={value()}
        onInput={(next) => {
          setTyped(true);
          setValue(next);
        }}
        hint={twoClocks ? otherClock() : undefined}
      />
      <div class="actions">
        <button type="button" onClick={save}>
          Save new time{props.which ? <span class="visually-hidden"> ({props.which})</span> : null}
        </button>
        <button type="button" class="quiet" onClick={() => props.onCancel()}>
          Cancel
        </button>
      </div>
    </div>
  );
}
