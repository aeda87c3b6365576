import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftsForOutcome } from '~/domain/messages/email-kinds';
import { outcomeNextStep } from '~/domain/messages/outcome-next-step';
import { OUTCOMES } from '~/domain/records/constants';

describe('outcomeNextStep', () => {
  it('leads nowhere new while still waiting to hear: the follow-ups are the next step', () => {
    expect(outcomeNextStep('waiting', 14)).toBeUndefined();
  });

  it.each([
    ['offer', 'Reply to the offer', '/guide/the-offer/', ['offer-accept', 'offer-time', 'offer-terms']],
    ['next-round', 'Get ready for the next round', '/guide/next-round/', ['thank-you']],
    ['rejected', 'Reply, ask for feedback, and keep the door open', '/guide/after-a-no/', ['feedback']],
    ['withdrawn', 'Tell them you are withdrawing', '/guide/withdrawing/', ['withdraw']],
  ] as const)('after "%s": %s, the guide at %s, and its drafts', (outcome, heading, path, drafts) => {
    const step = outcomeNextStep(outcome, 14)!;
    expect(step.heading).toBe(heading);
    expect(step.guide.path).toBe(path);
    expect(step.drafts).toEqual(drafts);
    expect(step.drafts).toEqual(draftsForOutcome(outcome));
  });

  it('links only to guide pages that exist', () => {
    for (const outcome of OUTCOMES) {
      const step = outcomeNextStep(outcome, 14);
      if (!step) continue;
      const slug = step.guide.path.replace(/^\/guide\/|\/$/g, '');
      expect(() => readFileSync(new URL(`../../../content/guide/${slug}.mdx`, import.meta.url)), step.guide.path).not.toThrow();
    }
  });

  it('says when to stop waiting for feedback after a no', () => {
    expect(outcomeNextStep('rejected', 14)!.advice).toMatch(/after 14 days, stop waiting/);
  });
});
