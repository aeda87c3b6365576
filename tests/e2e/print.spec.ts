import { expect, test } from '@playwright/test';
import { guidePaths } from './support/guide';

test('printed, a guide page is its content alone: no navigation, header, footer or contents list', async ({ page }) => {
  for (const path of await guidePaths(page)) {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    // The during-the-interview page prints its checklist alone (next test).
    if (path !== '/guide/during-the-interview/') await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    for (const name of ['Site', 'Guide', 'On this page', 'Previous and next']) {
      await expect(page.getByRole('navigation', { name }), `${path}: ${name}`).toBeHidden();
    }
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the during-the-interview page prints as a one-page checklist to take along', async ({ page }) => {
  await page.goto('/guide/during-the-interview/');
  await page.emulateMedia({ media: 'print' });
  const checklist = page.getByRole('region', { name: 'Before you leave the interview' });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByRole('listitem')).toHaveCount(9);
  await expect(page.getByRole('heading', { name: 'What to take from the card' })).toBeHidden();

  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
