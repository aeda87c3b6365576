import { For } from 'solid-js';
import { OUTCOMES } from '../../domain/records/constants';
import type { Interview, Outcome } from '../../domain/records/model';
import { withBase } from '../../utils/url';
import { editInterview } from '../store';
import { SelectField } from './SelectField';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Invited to a next round',
  offer: 'Offer',
  rejected: 'Not this time',
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

/** Where things stand with this interview: waiting, or what you heard, and the guide's pages for what to do next. */
export function OutcomePanel(props: { interview: Interview }) {
  return (
    <div class="stack">
      <SelectField
        label="Outcome"
        value={props.interview.outcome}
        onChange={(value) => editInterview(props.interview.id, ['outcome'], value)}
        options={OUTCOMES.map((value) => ({ value, label: OUTCOME_LABELS[value] }))}
        hint="Anything but waiting stops the follow-ups."
      />
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
