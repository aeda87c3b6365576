import { openInterview, openStep, stepSection } from './support/steps';
import { expect, test } from '@playwright/test';
import { atInterviewEvening, expectSaved } from './support/planner';

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
});

test('@reliability when IndexedDB throws, the planner works in memory and says nothing will be kept', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/planner/');
  await expect(page.getByRole('alert')).toContainText('Your changes are not being saved to this browser');
  await expect(page.getByRole('alert').getByRole('link', { name: 'Export your data' })).toBeVisible();
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Still works');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Still works');
  await expect(page.getByText('Kept in this tab only', { exact: true })).toBeVisible();
});

test('@reliability when the storage quota is exceeded, the planner says so and keeps the typing', async ({ page, context }) => {
  await page.goto('/guide/during-the-interview/');
  const origin = new URL(page.url()).origin;
  const cdp = await context.newCDPSession(page);
  // Chromium applies a quota override to databases opened after it, so set it before the planner opens its own.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  // The storage notice, not another live region (each interviewer's card import has its own, empty until it has news).
  const notice = page.getByRole('alert').filter({ hasText: 'run out of room' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Export your data' })).toBeVisible();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('@reliability when the database is deleted mid-session, the next edit recreates it and nothing is lost', async ({ page, context }) => {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await expectSaved(page);

  const other = await context.newPage();
  await other.goto('/guide/during-the-interview/');
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('nudge');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await other.close();

  await page.getByLabel('Role', { exact: true }).fill('Data Analyst');
  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
});

test('@reliability a corrupt record is set aside and an older one migrated, and the planner still opens', async ({ page }) => {
  await page.goto('/guide/during-the-interview/');
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('nudge');
      request.onupgradeneeded = () => request.result.createObjectStore('records');
      request.onsuccess = () => resolve(request.result);
    });
    const store = db.transaction('records', 'readwrite').objectStore('records');
    store.put('{"this is": not an interview', 'interview:broken');
    store.put(
      {
        schemaVersion: 1,
        id: 'old-1',
        company: 'Initech',
        role: 'Analyst',
        date: '2026-03-02',
        time: '09:30',
        interviewerName: 'Bill Lumbergh',
        interviewerEmail: 'bill@initech.example',
        interviewerPhone: '',
        hearBackBy: '',
        notes: 'They liked the TPS report idea.',
        outcome: 'waiting',
        createdAt: '2026-03-02T12:00:00.000Z',
      },
      'interview:old-1',
    );
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  });

  await page.goto('/planner/');
  await expect(page.getByText('One saved record could not be read')).toBeVisible();
  await openInterview(page, /Initech/);
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Initech');
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Bill Lumbergh');
  await openStep(page, 'notes');
  await expect(stepSection(page, 'notes').getByLabel('What you learned about them')).toHaveValue('They liked the TPS report idea.');
  const keys = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const request = indexedDB.open('nudge');
        request.onsuccess = () => {
          const all = request.result.transaction('records').objectStore('records').getAllKeys();
          all.onsuccess = () => resolve(all.result.map(String));
        };
      }),
  );
  expect(keys.some((key) => key.startsWith('set-aside:interview:broken:'))).toBe(true);
  expect(keys).not.toContain('interview:broken');
});
