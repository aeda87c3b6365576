import { expect, test } from '@playwright/test';
import { atInterviewEvening } from './support/planner';

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
});

test('@reliability typing and leaving for another page at once loses nothing', async ({ page }) => {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Interviewer name', { exact: true }).fill('Jane Tan');
  const address = page.url();
  await page.goto('/guide/during-the-interview/');
  await page.goto(address);
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme');
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Jane Tan');
});

test('@reliability closing the tab right after typing, with no beforeunload, loses nothing', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/planner/');
  await first.getByRole('button', { name: 'Add interview' }).click();
  await first.getByLabel('Company', { exact: true }).fill('Closed in a hurry Ltd');
  const address = first.url();
  await first.close({ runBeforeUnload: false });

  const second = await context.newPage();
  await second.goto(address);
  await expect(second.getByLabel('Company', { exact: true })).toHaveValue('Closed in a hurry Ltd');
});
