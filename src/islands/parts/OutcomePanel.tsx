import { OUTCOMES } from '../../domain/records/constants';
import type { Interview, Outcome } from '../../domain/records/model';
import { editInterview } from '../store';
import { SelectField } from './SelectField';

export const OUTCOME_LABELS: Record<Outcome, string> = {
  waiting: 'Waiting to hear',
  'next-round': 'Invited to a next round',
  offer: 'Offer',
  rejected: 'Not this time',
  withdrawn: 'I withdrew',
};

/** Where things stand with this interview: waiting, or what you heard. */
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
    </div>
  );
}
