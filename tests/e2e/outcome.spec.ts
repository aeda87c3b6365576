import { expect, test } from '@playwright/test';
import { addInterview, atInterviewEvening, expectSaved, fillProfile } from './support/planner';
import { openStep, stepSection } from './support/steps';

// Recording what you heard leads to what comes next: the guide's advice, a link to its page, the
// drafts in the composer, and a call script that no longer asks "Have you heard anything?".
const outcomes = [
  { label: 'Offer', heading: 'Next: Reply to the offer', guide: 'Read the guide: The offer', path: '/guide/the-offer/', drafts: ['Accept the offer', 'Ask for time to decide', 'Ask about the terms'], subject: /offer/i },
  { label: 'Invited to a next round', heading: 'Next: Get ready for the next round', guide: 'Read the guide: The next round', path: '/guide/next-round/', drafts: ['Thank-you email'], subject: /^Thank you/ },
  { label: 'Not this time', heading: 'Next: Reply, ask for feedback, and keep the door open', guide: 'Read the guide: After a no', path: '/guide/after-a-no/', drafts: ['Ask for feedback'], subject: /./ },
  { label: 'I withdrew', heading: 'Next: Tell them you are withdrawing', guide: 'Read the guide: Withdrawing', path: '/guide/withdrawing/', drafts: ['Withdraw your application'], subject: /./ },
] as const;

for (const outcome of outcomes) {
  test(`"${outcome.label}" shows its next step, the guide's page and its drafts, and the call script says so`, async ({ page }) => {
    await atInterviewEvening(page);
    await addInterview(page);
    await fillProfile(page);
    await openStep(page, 'outcome');
    const step = stepSection(page, 'outcome');
    await step.getByLabel('Outcome', { exact: true }).selectOption({ label: outcome.label });
    const next = step.getByRole('region', { name: 'What comes next' });
    await expect(next.getByRole('heading', { level: 3 })).toHaveText(outcome.heading);
    await expect(next.getByRole('link', { name: outcome.guide })).toHaveAttribute('href', outcome.path);
    for (const draft of outcome.drafts) await expect(next.getByRole('button', { name: `Write: ${draft}` })).toBeVisible();
    await expectSaved(page);

    await openStep(page, 'call');
    const call = stepSection(page, 'call');
    await expect(call).toContainText(`You have recorded an outcome (${outcome.label}), so there is no check-in call to make.`);
    await expect(call).not.toContainText('Have you heard anything');
    await call.getByRole('link', { name: 'What to do next, and the drafts' }).click();
    await expect(stepSection(page, 'outcome')).toBeVisible();

    // The first draft opens in the composer, on the Emails step.
    await stepSection(page, 'outcome').getByRole('button', { name: `Write: ${outcome.drafts[0]}` }).click();
    const emails = stepSection(page, 'emails');
    await expect(emails.getByRole('radio', { name: outcome.drafts[0] })).toBeChecked();
    await expect(emails.getByLabel('Subject', { exact: true })).toHaveValue(outcome.subject);
    await expect(emails.getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);

    // The guide page it links to is there.
    await page.goto(outcome.path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
