import { describe, expect, it } from 'vitest';
import { draftsForOutcome } from '~/domain/messages/email-kinds';
import { outcomeNextStep } from '~/domain/messages/outcome-next-step';

describe('outcomeNextStep', () => {
  it('leads nowhere new while still waiting to hear: the follow-ups are the next step', () => {
    expect(outcomeNextStep('waiting', 14)).toBeUndefined();
  });

  it.each([
    ['offer', 'Reply to the offer', ['offer-accept', 'offer-time', 'offer-terms']],
    ['next-round', 'Get ready for the next round', ['thank-you']],
    ['rejected', 'Reply, ask for feedback, and keep the door open', ['feedback']],
    ['withdrawn', 'Tell them you are withdrawing', ['withdraw']],
  ] as const)('after "%s": %s, and its drafts', (outcome, heading, drafts) => {
    const step = outcomeNextStep(outcome, 14)!;
    expect(step.heading).toBe(heading);
    expect(step.drafts).toEqual(drafts);
    expect(step.drafts).toEqual(draftsForOutcome(outcome));
  });

  it('says when to stop waiting for feedback after a no', () => {
    expect(outcomeNextStep('rejected', 14)!.advice).toMatch(/after 14 days, stop waiting/);
  });
});
