import { createSignal, For, Show } from 'solid-js';
import { EMAIL_KIND_LABELS } from '../../domain/messages/email-kinds';
import { outcomeNextStep } from '../../domain/messages/outcome-next-step';
import { OUTCOMES } from '../../domain/records/choices';
import type { Interview, Outcome } from '../../domain/records/model';
import { STEP_DAYS } from '../../domain/schedule/follow-up-date';
import { withBase } from '../../utils/url';
import { editInterview } from '../store';
import { openTool } from '../store-notices';
import { SelectField } from './SelectField';
import { Field } from './Field';
import { addNextRound } from '../round-actions';
import { isValidDate } from '../../domain/records/validate/fields';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Invited to a next round',
  offer: 'Offer',
  rejected: 'They said no',
  withdrawn: 'I withdrew',
};

/**
 * The guide's pages for what comes next after each outcome, as their navigation
 * labels; tests/e2e/outcome-guide.spec.ts follows each link to its page.
 */
export const OUTCOME_GUIDE: Record<Outcome, readonly { path: string; label: string }[]> = {
  waiting: [
    { path: '/guide/weeks-after/', label: 'The weeks after' },
    { path: '/guide/when-it-goes-quiet/', label: 'When it goes quiet' },
  ],
  'next-round': [{ path: '/guide/next-round/', label: 'The next round' }],
  offer: [
    { path: '/guide/the-offer/', label: 'The offer' },
    { path: '/guide/references-and-checks/', label: 'References and checks' },
  ],
  rejected: [{ path: '/guide/after-a-no/', label: 'After a no' }],
  withdrawn: [{ path: '/guide/withdrawing/', label: 'Withdrawing' }],
};

/**
 * Where things stand with this interview: waiting, or what you heard; what
 * to do next, with its drafts; and the guide's pages for it.
 */
export function OutcomePanel(props: { interview: Interview }) {
  const next = () => outcomeNextStep(props.interview.outcome, STEP_DAYS);
  const [refused, setRefused] = createSignal('');
  const addRound = () => {
    const result = addNextRound(props.interview.id);
    setRefused(result.ok ? '' : result.reason);
  };
  const answerByError = () => (props.interview.answerBy === '' || isValidDate(props.interview.answerBy) ? undefined : 'Use a real date, like 2026-03-20.');
  return (
    <div class="stack">
      <SelectField
        label="Outcome"
        value={props.interview.outcome}
        onChange={(value) => editInterview(props.interview.id, ['outcome'], value)}
        options={OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
        hint="Anything but waiting stops the follow-ups."
      />
      <Show when={next()}>
        {(step) => (
          <section class="next-step" aria-label="What comes next">
            <h3>Next: {step().heading}</h3>
            <p>{step().advice}</p>
            <Show when={props.interview.outcome === 'offer'}>
              <Field
                label="Answer by"
                type="date"
                value={props.interview.answerBy}
                onInput={(value) => editInterview(props.interview.id, ['answerBy'], value)}
                error={answerByError()}
                hint="The day you will give your answer. The reply asking for time names it, and the calendar from the Schedule step reminds you the morning before."
              />
            </Show>
            <Show when={props.interview.outcome === 'next-round'}>
              <div class="actions">
                <button type="button" onClick={addRound}>
                  Add the next round
                </button>
              </div>
              <p class="hint">
                Round {props.interview.round + 1} of this application, with the company, role and contacts copied. Its date, notes, thank-you and schedule are its own.
              </p>
              <Show when={refused()}>
                <p class="notice bad" role="alert">
                  {refused()}
                </p>
              </Show>
            </Show>
            <div class="actions">
              <For each={step().drafts}>
                {(kind, index) => (
                  <button type="button" class={index() === 0 ? undefined : 'secondary'} onClick={() => openTool(props.interview.id, 'emails', kind)}>
                    Write: {EMAIL_KIND_LABELS[kind]}
                  </button>
                )}
              </For>
            </div>
          </section>
        )}
      </Show>
      <p id="outcome-guide">What to do next, in the guide:</p>
      <ul aria-labelledby="outcome-guide">
        <For each={OUTCOME_GUIDE[props.interview.outcome] ?? OUTCOME_GUIDE.waiting}>
          {(page) => (
            <li>
              <a href={withBase(page.path)}>{page.label}</a>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
