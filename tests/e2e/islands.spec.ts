import { expect, test } from '@playwright/test';
import { addInterview, atInterviewEvening, expectSaved } from './support/planner';
import { openInterview, openStep, stepSection } from './support/steps';

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
});

test('the composer in the guide works on the same interview as the planner, both ways', async ({ page }) => {
  await addInterview(page);
  await expectSaved(page);

  await page.goto('/guide/thank-you-email/');
  const composer = page.getByRole('region', { name: 'Email composer' });
  await composer.scrollIntoViewIfNeeded();
  await expect(composer.getByLabel('Interview', { exact: true })).toHaveValue(/.+/);
  await expect(composer.getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);
  await composer.getByLabel('Subject', { exact: true }).fill('Thank you, from the guide');
  await expect(composer.getByText('✓ Saved in this browser')).toBeVisible();

  // A guide page's link to a step opens the interview worked on last.
  await page.goto('/planner/?step=emails');
  await expect(stepSection(page, 'emails').getByLabel('Subject', { exact: true })).toHaveValue('Thank you, from the guide');
});

test('an edit in one tool shows at once in another tool on the same page', async ({ page }) => {
  await addInterview(page);
  await page.goto('/guide/check-in/');
  const script = page.getByRole('region', { name: 'Your call script' });
  const composer = page.getByRole('region', { name: 'Email composer' });
  await composer.scrollIntoViewIfNeeded();
  await expect(composer.getByLabel('Your name', { exact: true })).toBeVisible();
  await script.scrollIntoViewIfNeeded();
  await expect(script.getByText('When they answer')).toBeVisible();
  await composer.getByLabel('Your name', { exact: true }).fill('Priya Shah');
  await expect(script.getByText(/my name is Priya Shah/i).first()).toBeVisible();
});

test('the notes checklist in the guide offers to add the interview you just had', async ({ page }) => {
  await page.goto('/guide/right-after/');
  const checklist = page.getByRole('region', { name: 'Your notes checklist' });
  await checklist.scrollIntoViewIfNeeded();
  await checklist.getByRole('button', { name: 'Add interview' }).click();
  await checklist.getByLabel('Company', { exact: true }).fill('Globex');
  await checklist.getByLabel('What went well').fill('The case study.');
  await expect(checklist.getByText('✓ Saved in this browser')).toBeVisible();
  await page.goto('/planner/');
  await openInterview(page, /Globex/);
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Globex');
  await openStep(page, 'notes');
  await expect(stepSection(page, 'notes').getByLabel('What went well')).toHaveValue('The case study.');
});
