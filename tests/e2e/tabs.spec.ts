import { expect, test } from '@playwright/test';
import { fixtureFile } from './support/import-files';
import { atInterviewEvening, expectSaved } from './support/planner';
import { saveFieldAsAnotherTab } from './support/stored-records';
import { openInterview } from './support/steps';

test('@reliability two tabs: an interview added in one appears in the other, without a reload', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  for (const page of [left, right]) {
    await atInterviewEvening(page);
    await page.goto('/planner/');
  }
  await left.getByRole('button', { name: 'Add interview' }).click();
  await left.getByLabel('Company', { exact: true }).fill('Acme');
  await expect(right.getByRole('list', { name: 'Interviews' }).getByRole('link', { name: /^Acme/ })).toBeVisible();
});

test('@reliability two tabs editing different fields of one interview at once both keep their edits', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  await atInterviewEvening(left);
  await atInterviewEvening(right);
  await left.goto('/planner/');
  await left.getByRole('button', { name: 'Add interview' }).click();
  await expectSaved(left);
  // The same interview's address, opened in a second tab.
  await right.goto(left.url());
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
  await expect(deaf.getByRole('list', { name: 'Interviews' }).getByRole('link', { name: /^Globex/ })).toBeVisible();
});

test('@reliability two tabs typing in the same field: the tab whose text was replaced says so next to the field and can put its version back', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  await atInterviewEvening(left);
  await atInterviewEvening(right);
  await left.goto('/planner/');
  await left.getByRole('button', { name: 'Add interview' }).click();
  await left.getByLabel('Company', { exact: true }).fill('Acme Logistics');
  await expectSaved(left);
  await right.goto(left.url());
  await expect(right.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');

  await right.getByLabel('Company', { exact: true }).fill('Globex');
  await expectSaved(right);
  // The left tab shows what was saved, and says its own text was replaced, next to the field.
  const company = left.getByLabel('Company', { exact: true });
  await expect(company).toHaveValue('Globex');
  const notice = left.getByRole('status').filter({ hasText: 'Another tab saved different text here' });
  await expect(notice).toContainText('Your version: Acme Logistics');
  await expect(company).toHaveAttribute('aria-describedby', new RegExp(`\\b${await notice.getAttribute('id')}\\b`));
  await expect(right.getByText('Another tab saved different text here')).toHaveCount(0);

  await notice.getByRole('button', { name: 'Put my version back' }).click();
  await expect(company).toHaveValue('Acme Logistics');
  await expect(notice).toHaveCount(0);
  await expectSaved(left);
  await expect(right.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');
  await left.reload();
  await expect(left.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');
});

test('@reliability an interview deleted in one tab while another types in it: the other says so, typing there never brings it back, and it can be restored', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  await atInterviewEvening(left);
  await atInterviewEvening(right);
  await left.goto('/planner/');
  await left.getByRole('button', { name: 'Add interview' }).click();
  await left.getByLabel('Company', { exact: true }).fill('Acme Logistics');
  await expectSaved(left);
  await right.goto(left.url());
  await expect(right.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');

  left.once('dialog', (dialog) => void dialog.accept());
  await left.getByRole('button', { name: 'Delete this interview' }).click();
  await expect(left.getByLabel('Company', { exact: true })).toHaveCount(0);
  const notice = right.getByRole('alert').filter({ hasText: /^Acme Logistics( — Data Analyst)? was deleted in another tab\./ });
  await expect(notice).toBeVisible();

  // Typing in the deleted interview shows here but is not saved: the left tab never sees it come back.
  await right.getByLabel('Role', { exact: true }).fill('Data Analyst');
  await expectSaved(right);
  await left.reload();
  await expect(left.getByText(/^No interviews yet\./)).toBeVisible();
  await expect(left.getByLabel('Company', { exact: true })).toHaveCount(0);

  await notice.getByRole('button', { name: 'Restore this interview' }).click();
  await expect(notice).toHaveCount(0);
  await expectSaved(right);
  await openInterview(left, /Acme Logistics/);
  await expect(left.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics');
  await expect(left.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
  await left.reload();
  await expect(left.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
});

test('@reliability an interview deleted in another tab can be let go: it leaves this tab too, and stays deleted', async ({ context }) => {
  const [left, right] = [await context.newPage(), await context.newPage()];
  await left.goto('/planner/');
  await left.getByRole('button', { name: 'Add interview' }).click();
  await left.getByLabel('Company', { exact: true }).fill('Initech');
  await expectSaved(left);
  await right.goto(left.url());
  await expect(right.getByLabel('Company', { exact: true })).toHaveValue('Initech');

  left.once('dialog', (dialog) => void dialog.accept());
  await left.getByRole('button', { name: 'Delete this interview' }).click();
  const notice = right.getByRole('alert').filter({ hasText: 'Initech was deleted in another tab.' });
  await notice.getByRole('button', { name: 'Let it go' }).click();
  await expect(right.getByLabel('Company', { exact: true })).toHaveCount(0);
  await right.reload();
  await expect(right.getByRole('button', { name: 'Add interview' }).first()).toBeVisible();
  await expect(right.getByLabel('Company', { exact: true })).toHaveCount(0);
});

test('@reliability one tab never takes its own save for another tab’s: a name typed, then a card read over it, then a re-read', async ({ page }) => {
  await atInterviewEvening(page);
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await page.getByLabel('Interviewer name', { exact: true }).fill('Jurgen Muller');
  await expectSaved(page);
  await page.getByLabel('Contact card (.vcf)').setInputFiles(await fixtureFile('cards', 'vcard-21.vcf'));
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Dr. Jürgen Müller');
  await expectSaved(page);
  // A re-read, made visible: another tab saves the role, and this one shows it.
  const key = await page.evaluate(() => `interview:${sessionStorage.getItem('nudge:selected-interview')}`);
  await saveFieldAsAnotherTab(page, key, ['role'], 'Partner');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Partner');
  await expect(page.getByText('Another tab saved different text here')).toHaveCount(0);
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Dr. Jürgen Müller');
});
