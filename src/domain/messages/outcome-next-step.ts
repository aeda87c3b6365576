/**
 * What comes next once the person has heard back: the one thing to do, the
 * guide's advice on it, and the drafts the composer offers for it
 * (`draftsForOutcome`), so recording an outcome leads somewhere instead of
 * only stopping the follow-ups. The guide's pages for each outcome are listed
 * beside it (`OUTCOME_GUIDE` in `islands/parts/OutcomePanel.tsx`).
 */
import type { EmailKind, Outcome } from '../records/model';
import { draftsForOutcome } from './email-kinds';

/** The next step after an outcome. */
export interface OutcomeNextStep {
  /** A heading that says what to do: "Reply to the offer". */
  heading: string;
  /** Two or three plain sentences of advice, in the guide's words. */
  advice: string;
  /** The drafts to write, in the composer's order. */
  drafts: readonly EmailKind[];
}

const STEPS = (waitDays: number): Record<Exclude<Outcome, 'waiting'>, Omit<OutcomeNextStep, 'drafts'>> => ({
  offer: {
    heading: 'Reply to the offer',
    advice:
      'Thank them today, even if you need time to decide. If you do, ask for it and name the day you will answer by; ask about any term that is unclear. Say yes only once the offer is in writing.',
  },
  'next-round': {
    heading: 'Get ready for the next round',
    advice:
      'Confirm the invitation straight away and ask what the round involves and who you will meet. Your notes from this round are your best preparation; afterwards, thank each new person as you did this time.',
  },
  rejected: {
    heading: 'Reply, ask for feedback, and keep the door open',
    advice:
      `Thank them for letting you know, ask once for feedback, and say you would welcome hearing about future roles. Many employers send no feedback: if none has come after ${waitDays} days, stop waiting for it.`,
  },
  withdrawn: {
    heading: 'Tell them you are withdrawing',
    advice: 'Write soon, in a few kind lines: thank them for their time, say you are withdrawing, and wish them well. You owe no reason.',
  },
});

/**
 * The next step after `outcome`, or undefined while still waiting to hear.
 * `feedbackWaitDays`: how long to wait for feedback after a no (pass the
 * schedule's gap between check-ins, `STEP_DAYS`, so the planner keeps one rhythm).
 *
 * @example outcomeNextStep('offer', 14)?.drafts //=> ['offer-accept', 'offer-time', 'offer-terms']
 * @example outcomeNextStep('waiting', 14) //=> undefined
 */
export function outcomeNextStep(outcome: Outcome, feedbackWaitDays: number): OutcomeNextStep | undefined {
  if (outcome === 'waiting') return undefined;
  return { ...STEPS(feedbackWaitDays)[outcome], drafts: draftsForOutcome(outcome) };
}
