import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { addInterview, atInterviewEvening, expectSaved, fillProfile } from './support/planner';
import { openStep, stepSection } from './support/steps';

// Recording what you heard leads to what comes next: the guide's advice, a link to its page, the
// drafts in the composer, and a call script that no longer asks "Have you heard anything?".
const outcomes = [
  { label: 'Offer', heading: 'Next: Reply to the offer', guide: 'The offer', path: '/guide/the-offer/', drafts: ['Accept the offer', 'Ask for time to decide', 'Ask about the terms'], subject: /offer/i },
  { label: 'Invited to a next round', heading: 'Next: Get ready for the next round', guide: 'The next round', path: '/guide/next-round/', drafts: ['Thank-you email'], subject: /^Thank you/ },
  { label: 'They said no', heading: 'Next: Reply, ask for feedback, and keep the door open', guide: 'After a no', path: '/guide/after-a-no/', drafts: ['Ask for feedback'], subject: /./ },
  { label: 'I withdrew', heading: 'Next: Tell them you are withdrawing', guide: 'Withdrawing', path: '/guide/withdrawing/', drafts: ['Withdraw your application'], subject: /./ },
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
    await expect(step.getByRole('list', { name: 'What to do next, in the guide' }).getByRole('link', { name: outcome.guide })).toHaveAttribute('href', outcome.path);
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

test('"Add the next round" makes Round 2 of the same application with the company, role and contacts copied, and its own schedule', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page);
  await page.getByLabel('Job title', { exact: true }).fill('Head of Data');
  await expectSaved(page);
  const first = new URL(page.url()).searchParams.get('interview');
  await openStep(page, 'outcome');
  await stepSection(page, 'outcome').getByLabel('Outcome', { exact: true }).selectOption({ label: 'Invited to a next round' });
  await stepSection(page, 'outcome').getByRole('button', { name: 'Add the next round' }).click();

  // Round 2 opens at its first step, a new interview of its own, with what stays the same copied.
  await expect(stepSection(page, 'details')).toBeVisible();
  const second = new URL(page.url()).searchParams.get('interview');
  expect(second).not.toBe(first);
  await expect(page.getByRole('navigation', { name: 'This interview' })).toContainText('Acme Logistics — Data Analyst · Round 2');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Jane Tan');
  await expect(page.getByLabel('Job title', { exact: true })).toHaveValue('Head of Data');
  await expect(page.getByLabel('Interviewer email', { exact: true })).toHaveValue('jane.tan@acme.example');
  await expect(page.getByLabel('Reply expected by', { exact: true })).toHaveValue('');
  await page.getByLabel('Interview date', { exact: true }).fill('2026-03-10');
  await page.getByLabel('Interview time', { exact: true }).fill('14:00');
  await expectSaved(page);

  // Its own thank-you, for its own date; the first round's stays as it was.
  await openStep(page, 'schedule');
  await expect(stepSection(page, 'schedule').locator('#follow-up-thank-you')).toContainText(/Tue, (10 Mar 2026|Mar 10, 2026)/);
  await page.getByRole('navigation', { name: 'This interview' }).getByRole('link', { name: '← All interviews' }).click();
  const cards = page.getByRole('list', { name: 'Interviews' });
  await expect(cards.getByRole('link').filter({ hasText: 'Round 2 of this application' })).toHaveCount(1);
  await expect(cards.getByRole('link').filter({ hasText: 'Heard back: Invited to a next round. Next: Get ready for the next round' })).toHaveCount(1);
  // Kept after a reload.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('link')).toHaveCount(2);
});

test('an offer keeps the day to answer by, and the reply asking for time names it', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page);
  await fillProfile(page);
  await openStep(page, 'outcome');
  const step = stepSection(page, 'outcome');
  await step.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Offer' });
  await step.getByLabel('Answer by', { exact: true }).fill('2026-03-20');
  await expectSaved(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/screenshots/outcome-offer-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await step.getByRole('button', { name: 'Write: Ask for time to decide' }).click();
  await expect(stepSection(page, 'emails').getByLabel('Email', { exact: true })).toHaveValue(/Friday,? 20 March|March 20/);
  await page.reload();
  await openStep(page, 'outcome');
  await expect(stepSection(page, 'outcome').getByLabel('Answer by', { exact: true })).toHaveValue('2026-03-20');

  // The calendar reminds her the morning before, and its link opens the Outcome step.
  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual(['Answer the offer from Acme Logistics by tomorrow']);
  expect(events[0]!.getFirstPropertyValue('dtstart')!.toString()).toMatch(/^2026-03-19T/);
  await page.goto(String(events[0]!.getFirstPropertyValue('url')));
  await expect(stepSection(page, 'outcome').getByLabel('Answer by', { exact: true })).toHaveValue('2026-03-20');
});
