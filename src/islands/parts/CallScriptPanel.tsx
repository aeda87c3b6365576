import { createMemo, createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { buildCallScript } from '../../domain/messages/call-script';
import { boundForMessages, quotedCuts, shortenedMessage } from '../../domain/messages/long-text';
import { callTime } from '../../domain/schedule/call-window';
import type { Interview } from '../../domain/records/model';
import { buildSchedule } from '../../domain/schedule/schedule';
import { contactLabel, followUpRecipients, interviewerNames } from '../../domain/records/contacts';
import { isValidDate, isValidTimeZone } from '../../domain/records/validate/fields';
import { clockTime, twoClocks, wallDateText } from '../format';
import { placeOf, scheduleContext } from '../holidays';
import { planner } from '../store';
import { SelectField } from './SelectField';
import { OUTCOME_LABELS } from './OutcomePanel';
import { outcomeNextStep } from '../../domain/messages/outcome-next-step';
import { STEP_DAYS } from '../../domain/schedule/follow-up-date';
import { addressOf, followLink } from '../planner-route';

/** What to say on a check-in call, the voicemail version, and when to ring. */
export function CallScriptPanel(props: { interview: Interview }) {
  const [calleeId, setCalleeId] = createSignal('');
  const id = createUniqueId();
  // Until the person picks someone, the call goes to whoever the follow-ups go to (a recruiter, say).
  const callee = () =>
    props.interview.interviewers.find((person) => person.id === calleeId()) ?? followUpRecipients(props.interview)[0] ?? props.interview.interviewers[0]!;
  // Notes quoted only up to their bounds: a script is read aloud, and a pasted transcript is not.
  const bounded = createMemo(() => boundForMessages(props.interview, planner.profile));
  const script = createMemo(() =>
    buildCallScript({
      interview: bounded().interview,
      interviewer: bounded().interview.interviewers.find((person) => person.id === callee().id) ?? callee(),
      profile: bounded().profile,
      notes: bounded().interview.notes,
      metWith: interviewerNames(bounded().interview),
      interviewDateText: isValidDate(props.interview.date) ? wallDateText(props.interview.date) : '',
    }),
  );
  const shortened = () => quotedCuts(bounded(), [script().opening, ...script().lines, script().voicemail]);
  const window = createMemo(() => {
    if (!isValidDate(props.interview.date) || !isValidTimeZone(props.interview.timeZone)) return undefined;
    const context = scheduleContext(props.interview, planner.profile);
    if (!context) return undefined;
    const nextCall = buildSchedule(props.interview, context).find((followUp) => followUp.channel === 'call' && followUp.status === 'pending');
    if (!nextCall) return undefined;
    // On the clock of whoever the follow-ups go to (a recruiter's, say).
    const slot = callTime(nextCall.dueWallTime.date, context.clock ?? props.interview, context.person);
    const zone = nextCall.timeZone;
    const span = slot.shared ?? slot.window;
    return { from: twoClocks(span.start, zone), until: clockTime(span.end, zone), untilYours: clockTime(span.end, context.person.timeZone), shared: slot.shared !== undefined };
  });
  // libphonenumber-js is its own chunk, fetched only when there is a number to dial.
  const [phone] = createResource(() => callee().phone.trim() || undefined, () => import('../../domain/messages/phone-number'));
  const tel = () => {
    const module = phone();
    const place = placeOf(props.interview);
    return module ? module.telLink(callee().phone, { country: place?.country ?? '', name: place?.placeName ?? '' }) : undefined;
  };
  // Once they have answered, there is no check-in call to make: the script says what comes next instead.
  const next = () => outcomeNextStep(props.interview.outcome, STEP_DAYS);
  return (
    <Show
      when={!next()}
      fallback={
        <div class="stack">
          <p class="notice">
            You have recorded an outcome ({OUTCOME_LABELS[props.interview.outcome]}), so there is no check-in call to make. Next:{' '}
            {next()!.heading.charAt(0).toLowerCase() + next()!.heading.slice(1)}.
          </p>
          <p>
            <a href={addressOf(props.interview.id, 'outcome')} onClick={followLink({ interviewId: props.interview.id, step: 'outcome' })}>
              What to do next, and the drafts
            </a>
          </p>
        </div>
      }
    >
      <div class="stack">
        <Show when={props.interview.interviewers.length > 1}>
          <SelectField
            label="Who to call"
            value={callee().id}
            onChange={setCalleeId}
            options={props.interview.interviewers.map((person, index) => ({ value: person.id, label: contactLabel(person, index) }))}
          />
        </Show>
        <Show when={window()}>
          {(slot) => (
            <>
              <p>
                {/* Your clock first: the time you dial. */}
                <strong>Best time to call:</strong>{' '}
                <Show when={slot().from.yours} fallback={<>{slot().from.theirs} to {slot().until}</>}>
                  {slot().from.yours} to {slot().untilYours} (their time: {slot().from.theirs} to {slot().until})
                </Show>
                . Not in the first or last hour of
                their day{slot().shared ? ', and inside yours.' : '.'}
              </p>
              <Show when={!slot().shared}>
                <p class="notice">
                  Their call window does not overlap your day ("About you"), so any call is outside it. Call at the edge nearest your day, or
                  send an email instead.
                </p>
              </Show>
            </>
          )}
        </Show>
        <Show when={callee().phone.trim()}>
          <p>
            {/* Non-breaking spaces and hyphens, so a number never wraps across two lines. */}
            <strong>Number:</strong>{' '}
            <Show when={tel()?.ok ? tel() : undefined} fallback={<span>{callee().phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')}</span>}>
              {(link) => <a href={(link() as { href: string }).href}>{callee().phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011')}</a>}
            </Show>
          </p>
          <Show when={tel() && !tel()!.ok ? tel() : undefined}>
            {(bad) => (
              <p class="error" role="alert">
                {(bad() as { problem: string }).problem}
              </p>
            )}
          </Show>
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
    </Show>
  );
}
