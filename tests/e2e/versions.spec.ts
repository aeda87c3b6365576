import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addInterview, expectSaved } from './support/planner';
import { openInterview } from './support/steps';
import { putRecords, storedRecords } from './support/stored-records';

// Records of other versions of Nudge: fields a later build added, and a whole record from a newer schema version.
const NEWER_VERSION = 'This was saved by a newer version of Nudge: reload to see and edit it';

async function fixture(path: string): Promise<Record<string, any>> {
  return JSON.parse(await readFile(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-03-03T15:00:00Z'));
});

test('@reliability a field this version does not know, on an interview and on one of its contacts, survives loading, an edit and saving', async ({ page }) => {
  const raw = await fixture('records/interview-v3.json');
  const record = {
    ...raw,
    applicationRound: { round: 2, of: 3 },
    interviewers: [{ ...raw.interviewers[0], pronouns: 'he/him', nameOrder: 'family-first' }, raw.interviewers[1]],
  };
  await page.goto('/guide/during-the-interview/');
  await putRecords(page, [['interview:int-v2', record]]);

  await page.goto('/planner/');
  await openInterview(page, /Kopi Labs/);
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Kopi Labs');
  await page.getByLabel('Company', { exact: true }).fill('Kopi Labs Pte Ltd');
  await page.getByLabel('Interviewer name', { exact: true }).first().fill('Chen Wei');
  await expectSaved(page);

  const [, stored] = (await storedRecords(page)).find(([key]) => key === 'interview:int-v2')! as [string, Record<string, any>];
  expect(stored.company).toBe('Kopi Labs Pte Ltd');
  expect(stored.interviewers[0].name).toBe('Chen Wei');
  expect(stored.applicationRound).toEqual({ round: 2, of: 3 });
  expect(stored.interviewers[0]).toMatchObject({ pronouns: 'he/him', nameOrder: 'family-first' });
});

test('@reliability an interview saved by a newer version stays under its own key, unchanged, and the planner says a newer version saved it', async ({ page }) => {
  const newer = { ...(await fixture('records/interview-v3.json')), schemaVersion: 4, company: 'Kopi Labs', reminders: [{ at: '2026-03-10T09:00' }] };
  await page.goto('/guide/during-the-interview/');
  await putRecords(page, [['interview:int-v2', newer]]);
  const before = JSON.stringify(await storedRecords(page));

  await page.goto('/planner/');
  await expect(page.getByRole('list', { name: 'Interviews' })).toContainText('Saved by a newer version of Nudge: reload to edit it');
  await openInterview(page, /Kopi Labs/);
  await expect(page.getByText(NEWER_VERSION).first()).toBeVisible();
  // Shown as this version reads it, and nothing in it can be changed here.
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Kopi Labs');
  await expect(page.getByLabel('Company', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Delete/ })).toBeDisabled();
  // The late re-reads and a return to the tab read it again; none of them may move or rewrite it.
  await page.clock.runFor(5_000);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await page.goto('/guide/during-the-interview/');
  expect(JSON.stringify(await storedRecords(page))).toBe(before);
});

test('@reliability a backup from a newer version is refused with that sentence, and the stored records stay byte for byte as they were', async ({ page }) => {
  await addInterview(page);
  await expectSaved(page);
  await page.goto('/data/');
  // Its controls are enabled once it has looked at storage.
  await expect(page.getByRole('region', { name: 'In this browser now' }).getByText(/^1 interview/)).toBeVisible();
  const before = JSON.stringify(await storedRecords(page));
  const file = await readFile(new URL('../fixtures/imports/newer-schema.json', import.meta.url));
  await page.getByLabel('Import data', { exact: true }).setInputFiles({ name: 'nudge-export-2027-01-10.json', mimeType: 'application/json', buffer: file });
  const alert = page.getByRole('region', { name: 'Import from a file' }).getByRole('alert');
  await expect(alert).toContainText(NEWER_VERSION);
  await expect(alert).toContainText('Nothing was imported: your data is unchanged.');
  await expect(page.getByRole('region', { name: /^Before you import/ })).toHaveCount(0);
  expect(JSON.stringify(await storedRecords(page))).toBe(before);
});

test('@reliability an interview the last version 2 build set aside because it was newer comes back, and the planner says so', async ({ page }) => {
  // What that build (b7de88e) left after meeting a version 3 record: the record under a set-aside key, its own key gone.
  const record = { ...(await fixture('records/interview-v3.json')), company: 'Kopi Labs', role: 'Data Analyst' };
  const reason = 'It was saved by a newer version of Nudge (schema version 3); this version reads up to 2.';
  const at = '2026-03-02T09:00:00.000Z';
  await page.goto('/guide/during-the-interview/');
  await putRecords(page, [[`set-aside:interview:int-v2:${at}`, { key: 'interview:int-v2', reason, raw: record, at }]]);

  await page.goto('/planner/');
  await expect(page.getByText('Kopi Labs — Data Analyst: an older copy of Nudge, open in another tab, had put this aside')).toBeVisible();
  await openInterview(page, /Kopi Labs/);
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Kopi Labs');
  const stored = await storedRecords(page);
  expect(stored.map(([key]) => key)).toEqual(['interview:int-v2']);
  expect(stored[0]![1]).toEqual(record);
});
