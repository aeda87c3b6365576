import { createUniqueId, For, Index, Show } from 'solid-js';
import type { Interview, Notes } from '../../domain/records/model';
import { editInterview } from '../store';
import { interviewFieldConflict } from '../field-conflict';
import { ConflictNotice } from './ConflictNotice';
import { Field } from './Field';

type Tick = 'askedForCard' | 'checkedSpelling' | 'askedWhenToHear' | 'proposedDate';
const TICKS: { field: Tick; label: string }[] = [
  { field: 'askedForCard', label: 'Asked for their card (or a direct number and email)' },
  { field: 'checkedSpelling', label: 'Checked how their name is spelled' },
  { field: 'askedWhenToHear', label: 'Asked when to expect news' },
  { field: 'proposedDate', label: 'No date given? Proposed one, a week or two out (enter it as "Reply expected by")' },
];
type Prose = 'learned' | 'wentWell' | 'elaborate' | 'openQuestions';
const PROSE: { field: Prose; label: string; hint: string }[] = [
  { field: 'learned', label: 'What you learned about them', hint: 'What the job needs most, in their words, first. Then the team and how it works, the company\'s plans.' },
  { field: 'wentWell', label: 'What went well', hint: 'Answers that landed; things you have done that match what they need. The first one goes into your email as why you fit.' },
  { field: 'elaborate', label: 'What you would elaborate on', hint: 'Anything you did not get to say, or would say better now.' },
  { field: 'openQuestions', label: 'Questions still open', hint: 'To ask in your email or at the next round.' },
];

/** The notes checklist's fields: ticks from the room, then notes written right after. */
export function NotesFields(props: { interview: Interview }) {
  const edit = (field: keyof Notes, value: unknown) => editInterview(props.interview.id, ['notes', field], value);
  const points = () => props.interview.notes.points;
  const pointsId = createUniqueId();
  let list: HTMLOListElement | undefined;
  const addPoint = () => {
    edit('points', [...points(), '']);
    // Straight into the new point, so a keyboard or screen reader user lands where they type.
    queueMicrotask(() => list?.querySelector<HTMLInputElement>('li:last-child input')?.focus());
  };
  return (
    <div class="stack">
      <fieldset>
        <legend>In the room</legend>
        <For each={TICKS}>
          {(tick) => (
            <label class="check">
              <input type="checkbox" checked={props.interview.notes[tick.field]} onChange={(event) => edit(tick.field, event.currentTarget.checked)} />
              <span>{tick.label}</span>
            </label>
          )}
        </For>
      </fieldset>
      <fieldset>
        <legend>Right after</legend>
        <For each={PROSE}>
          {(prose) => <Field label={prose.label} hint={prose.hint} multiline value={props.interview.notes[prose.field]} onInput={(value) => edit(prose.field, value)} conflict={interviewFieldConflict(props.interview.id, ['notes', prose.field])} />}
        </For>
        <div class="field">
          <p class="label" id={pointsId}>
            Specific points you discussed
          </p>
          <p class="hint">One per line. Your thank-you email can mention one, to show you listened.</p>
          <ol class="plain-list stack" aria-labelledby={pointsId} ref={list}>
            <Index each={points()}>
              {(point, index) => (
                <li class="actions">
                  <input
                    class="point-input"
                    aria-label={`Point ${index + 1}`}
                    value={point()}
                    onInput={(event) => edit('points', points().map((old, at) => (at === index ? event.currentTarget.value : old)))}
                  />
                  <button type="button" class="quiet" onClick={() => edit('points', points().filter((_, at) => at !== index))}>
                    Remove<span class="visually-hidden"> point {index + 1}</span>
                  </button>
                </li>
              )}
            </Index>
          </ol>
          <Show when={interviewFieldConflict(props.interview.id, ['notes', 'points'])}>
            {(conflict) => <ConflictNotice id={`${pointsId}-conflict`} conflict={conflict()} />}
          </Show>
          <div class="actions">
            <button type="button" class="secondary" onClick={addPoint}>
              Add a point
            </button>
          </div>
        </div>
      </fieldset>
    </div>
  );
}
