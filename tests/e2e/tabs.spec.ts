import { expect, test } from '@playwright/test';
import { atInterviewEvening, expectSaved } from './support/planner';

test('@reliability two tabs: an interview added in one appears in the other, without a reload', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  for (const page of [left, right]) {
    await atInterviewEvening(page);
    await page.goto('/planner/');
  }
  await left.getByRole('button', { name: 'Add interview' }).click();
  await left.getByLabel('Company', { exact: true }).fill('Acme');
  await expect(right.getByLabel('Company', { exact: true })).toHaveValue('Acme');
});

test('@reliability two tabs editing different fields of one interview at once both keep their edits', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  await atInterviewEvening(left);
  await atInterviewEvening(right);
  await left.goto('/planner/');
  await left.getByRole('button', { name: 'Add interview' }).click();
  await expectSaved(left);
  await right.goto('/planner/');
  await expect(right.getByLabel('Company', { exact: true })).toHaveValue('');

  // Typed at the same time, before either tab has saved.
  await Promise.all([
    left.getByLabel('Company', { exact: true }).fill('Acme Logistics'),
    right.getByLabel('Role', { exact: true }).fill('Data Analyst'),
  ]);
  for (const page of [left, right]) {
    await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
  }
  await expectSaved(left);
  await expectSaved(right);
  await left.reload();
  await expect(left.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');
  await expect(left.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
});

test('@reliability a tab that missed a broadcast catches up when it comes back into view', async ({ context }) => {
  const deaf = await context.newPage();
  // BroadcastChannel delivery is not guaranteed; this tab hears nothing at all.
  await deaf.addInitScript(() => {
    (window as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
  });
  await deaf.goto('/planner/');
  await expect(deaf.getByRole('button', { name: 'Add interview' })).toBeVisible();

  const other = await context.newPage();
  await other.goto('/planner/');
  await other.getByRole('button', { name: 'Add interview' }).click();
  await other.getByLabel('Company', { exact: true }).fill('Globex');
  await expectSaved(other);

  await deaf.bringToFront();
  await deaf.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(deaf.getByLabel('Company', { exact: true })).toHaveValue('Globex');
});
