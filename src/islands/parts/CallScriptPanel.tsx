import { createMemo, createSignal, createUniqueId, For, Show } from 'solid-js';
import { buildCallScript } from '../../domain/messages/call-script';
import { boundForMessages, quotedCuts, shortenedMessage } from '../../domain/messages/long-text';
import { callWindow } from '../../domain/schedule/call-window';
import type { Interview } from '../../domain/records/model';
import { buildSchedule } from '../../domain/schedule/schedule';
import { isValidDate, isValidTimeZone } from '../../domain/records/validate/fields';
import { clockTime, twoClocks, wallDateText } from '../format';
import { planner } from '../store';
import { SelectField } from './SelectField';

/** What to say on a check-in call, the voicemail version, and when to ring. */
export function CallScriptPanel(props: { interview: Interview }) {
  const [calleeId, setCalleeId] = createSignal('');
  const id = createUniqueId();
  const callee = () => props.interview.interviewers.find((person) => person.id === calleeId()) ?? props.interview.interviewers[0]!;
  // Notes quoted only up to their bounds: a script is read aloud, and a pasted transcript is not.
  const bounded = createMemo(() => boundForMessages(props.interview, planner.profile));
  const script = createMemo(() =>
    buildCallScript({
      interview: bounded().interview,
      interviewer: bounded().interview.interviewers.find((person) => person.id === callee().id) ?? callee(),
      profile: bounded().profile,
      notes: bounded().interview.notes,
      interviewDateText: isValidDate(props.interview.date) ? wallDateText(props.interview.date) : '',
    }),
  );
  const shortened = () => quotedCuts(bounded(), [script().opening, ...script().lines, script().voicemail]);
  const window = createMemo(() => {
    if (!isValidDate(props.interview.date) || !isValidTimeZone(props.interview.timeZone)) return undefined;
    const nextCall = buildSchedule(props.interview).find((followUp) => followUp.channel === 'call' && followUp.status === 'pending');
    if (!nextCall) return undefined;
    const { start, end } = callWindow(nextCall.dueWallTime.date, props.interview);
    return { from: twoClocks(start, props.interview.timeZone), until: clockTime(end, props.interview.timeZone) };
  });
  return (
    <div class="stack">
      <Show when={props.interview.interviewers.length > 1}>
        <SelectField
          label="Who to call"
          value={callee().id}
          onChange={setCalleeId}
          options={props.interview.interviewers.map((person, index) => ({ value: person.id, label: person.name.trim() || `Interviewer ${index + 1}` }))}
        />
      </Show>
      <Show when={window()}>
        {(slot) => (
          <p>
            <strong>Best time to call:</strong> mid-morning on their clock, {slot().from.theirs} to {slot().until}
            <Show when={slot().from.yours}> (your time: {slot().from.yours})</Show>. Not in the first or last hour of their day.
          </p>
        )}
      </Show>
      <Show when={callee().phone.trim()}>
        <p>
          {/* Non-breaking spaces and hyphens, so a number never wraps across two lines. */}
          <strong>Number:</strong> <a href={`tel:${callee().phone.replace(/[^\d+]/g, '')}`}>{callee().phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')}</a>
        </p>
      </Show>
      <Show when={shortened().length > 0}>
        <p class="status warn" role="status">
          {shortenedMessage(shortened(), 'this script')}
        </p>
      </Show>
      {/* Named by their own labels: "Call script" is already the name of the panel around them. */}
      <section aria-labelledby={`${id}-answer`}>
        <p class="label" id={`${id}-answer`}>
          When they answer
        </p>
        <ol class="script">
          <li class="user-text">{script().opening}</li>
          <For each={script().lines}>{(line) => <li class="user-text">{line}</li>}</For>
        </ol>
      </section>
      <section aria-labelledby={`${id}-voicemail`}>
        <p class="label" id={`${id}-voicemail`}>
          If you get their voicemail
        </p>
        <blockquote class="user-text">{script().voicemail}</blockquote>
      </section>
    </div>
  );
}
