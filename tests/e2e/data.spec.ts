import { readFile, writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { buildDataSet, longText } from '../fixtures/data-set';
import { serializeExport } from '../../src/domain/records/transfer/export-file';
import { importExportText } from './support/data-set';

// The "Your data" page as a person uses it: export, delete, import back, and
// every kind of bad file refused with its reason while the data stays as it was.

const fixture = (name: string) => new URL(`../fixtures/imports/${name}`, import.meta.url).pathname;

/** Adds an interview on /planner/ with just a company, waits until it is saved, and goes back to the list. */
async function addInterview(page: Page, company: string) {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await page.getByLabel('Company', { exact: true }).first().fill(company);
  await expect(page.getByText('✓ Saved in this browser').first()).toBeVisible();
  // Back to the planner's top, where the interviews are listed.
  await page.getByRole('link', { name: '← All interviews' }).click();
}

/** The interviews the planner on `page` lists, by name, once it has loaded. */
async function listedInterviews(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { name: 'Your interviews' })).toBeVisible();
  await expect(page.getByText('Opening your interviews…')).toHaveCount(0);
  // The list is complete once every interview is planned, or the planner has none: until then, cards are
  // still arriving (a busy machine showed the first read an empty list).
  await expect(page.getByText(/interviews?, what is due next first\./).or(page.getByText(/^No interviews yet/))).toBeVisible();
  return page.locator('.interview-card .name').allTextContents();
}

async function interviewsInPlanner(page: Page): Promise<string[]> {
  await page.goto('/planner/');
  return listedInterviews(page);
}

/** Opens /data/ and waits until it has looked at storage (before that, its controls are disabled). */
async function openDataPage(page: Page) {
  await page.goto('/data/');
  await expect(page.getByRole('region', { name: 'In this browser now' }).getByText(/^(Nothing yet|\d+ interviews?)/)).toBeVisible();
}

const importInput = (page: Page) => page.getByLabel('Import data', { exact: true });
const importSection = (page: Page) => page.getByRole('region', { name: 'Import from a file' });
const deleteWarning = (page: Page) => page.getByRole('paragraph').filter({ hasText: 'Delete everything Nudge keeps in this browser?' });

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test('@reliability export everything, delete it all, import the file back: the interview returns to the planner', async ({ page }) => {
  await addInterview(page, 'Acme Logistics');
  await page.goto('/data/');
  await expect(page.getByText('1 interview, no profile.')).toBeVisible();
  await expect(page.getByText('You have not exported from this browser yet.')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export all data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^nudge-export-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'nudge-export', version: 1, schemaVersion: 3, profile: null });
  expect(new Date(file.exportedAt).toISOString()).toBe(file.exportedAt);
  expect(file.interviews.map((interview: { company: string }) => interview.company)).toEqual(['Acme Logistics']);
  await expect(page.getByRole('status').filter({ hasText: `Exported 1 interview to ${download.suggestedFilename()}.` })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Last exported .*\\(${download.suggestedFilename().replaceAll('.', '\\.')}\\)\\.$`))).toBeVisible();

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await expect(deleteWarning(page)).toBeFocused();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted everything Nudge kept in this browser.' })).toBeVisible();
  await expect(page.getByText('Nothing yet: no interviews and no profile.')).toBeVisible();
  expect(await interviewsInPlanner(page)).toEqual([]);

  await openDataPage(page);
  await importInput(page).setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  const preview = page.getByRole('region', { name: /^Before you import/ });
  await expect(preview.getByRole('heading')).toBeFocused();
  await expect(preview).toContainText('This file has 1 interview: 1 new.');
  await expect(preview.getByRole('listitem')).toHaveText(['Acme Logistics']);
  await expect(preview).toContainText('Your profile will be replaced: no (the file has none).');
  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 1 interview.' })).toBeVisible();
  await expect(importInput(page)).toBeFocused();
  expect(await interviewsInPlanner(page)).toEqual(['Acme Logistics']);
});

const refusals = [
  ['malformed.json', 'This file is not a Nudge export: it is not valid JSON'],
  ['truncated.json', 'This file ends too early'],
  ['wrong-format.json', 'its "format" is "trello-board", not "nudge-export"'],
  ['future-version.json', 'This was saved by a newer version of Nudge: reload to see and edit it. Then import the file again (it holds export version 2'],
  ['bad-record.json', 'Interview 2 of 2 in this file ("Globex — Analytics Engineer") cannot be read: it has no id.'],
  ['proto-pollution.json', 'This file holds keys that Nudge never writes ("__proto__", "prototype", "constructor")'],
  ['empty.json', 'This file is empty (0 bytes)'],
  ['no-interviews.json', 'This file has no interviews and no profile'],
] as const;

test('@reliability every bad file is refused with its reason, announced as an alert, and the data stays as it was', async ({ page }) => {
  await addInterview(page, 'Keep Me Ltd');
  const before = await interviewsInPlanner(page);
  await openDataPage(page);
  for (const [name, message] of refusals) {
    await importInput(page).setInputFiles(fixture(name));
    const alert = importSection(page).getByRole('alert');
    await expect(alert, name).toContainText(message);
    await expect(alert, name).toContainText('Nothing was imported: your data is unchanged.');
    await expect(page.getByRole('region', { name: /^Before you import/ })).toHaveCount(0);
  }
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  expect(await interviewsInPlanner(page)).toEqual(before);
});

test('@reliability a 50 MB file is refused at once, by its size, without being read', async ({ page }, testInfo) => {
  // Playwright will not pass a buffer of 50 MB or more to setInputFiles, so the buffer goes through a file.
  const path = testInfo.outputPath('huge.json');
  await writeFile(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
  // Every way a page can read a file's contents, counted: refusing "without reading" means none was used.
  await page.addInitScript(() => {
    const reads: string[] = ((window as { __fileReads?: string[] }).__fileReads = []);
    const count = (target: object, names: string[]) => {
      for (const name of names) {
        const original = (target as Record<string, (...args: unknown[]) => unknown>)[name]!;
        (target as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
          reads.push(name);
          return original.apply(this, args);
        };
      }
    };
    count(Blob.prototype, ['text', 'arrayBuffer', 'stream', 'bytes', 'slice']);
    count(FileReader.prototype, ['readAsText', 'readAsArrayBuffer', 'readAsDataURL', 'readAsBinaryString']);
  });
  await page.goto('/data/');
  await expect(page.getByText('Nothing yet: no interviews and no profile.')).toBeVisible();
  await importInput(page).setInputFiles(path);
  await expect(importSection(page).getByRole('alert')).toContainText(
    'This file is 50 MB. A Nudge export is never bigger than 40 MB (larger data is exported as several files), so Nudge did not read it.',
  );
  expect(await page.evaluate(() => (window as { __fileReads?: string[] }).__fileReads)).toEqual([]);
});

test('@reliability HTML, scripts and bidi tricks in imported names are shown as text, never run', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.getByText('Nothing yet: no interviews and no profile.')).toBeVisible();
  await importInput(page).setInputFiles(fixture('html-names.json'));
  const preview = page.getByRole('region', { name: /^Before you import/ });
  await expect(preview).toContainText('This file has 3 interviews: 3 new.');
  await expect(preview.getByText("<img src=x onerror=alert(1)> — <script>alert('role')</script>", { exact: true })).toBeVisible();
  await expect(preview.getByText('北京字节跳动 🚀 — 数据分析师 ✨', { exact: true })).toBeVisible();
  await expect(preview).toContainText('Your profile (name, email, mobile) will be replaced: yes.');
  expect(await page.locator('img[src=x]').count()).toBe(0);
  expect(await preview.locator('script').count()).toBe(0);

  await preview.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 3 interviews and your profile.' })).toBeVisible();
  const names = await interviewsInPlanner(page);
  expect(names).toContain("<img src=x onerror=alert(1)> — <script>alert('role')</script>");
  expect(await page.locator('img[src=x]').count()).toBe(0);
});

test('@reliability an import shows up in a planner tab that is already open, without a reload, and a backup of what was there is kept', async ({ page, context }) => {
  const planner = await context.newPage();
  await addInterview(planner, 'Initech');
  expect(await listedInterviews(planner)).toEqual(['Initech']);

  // The planner tab stays open behind; the data page is the one in front (background tabs get few animation frames).
  await page.bringToFront();
  await openDataPage(page);
  await importInput(page).setInputFiles(fixture('valid.json'));
  const preview = page.getByRole('region', { name: /^Before you import/ });
  await expect(preview).toContainText('This file has 2 interviews: 2 new.');
  const backingUp = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Import' }).click();
  const backup = await backingUp;
  expect(backup.suggestedFilename()).toMatch(/^nudge-backup-before-import-\d{4}-\d{2}-\d{2}\.json$/);
  const kept = JSON.parse(await readFile((await backup.path())!, 'utf8'));
  expect(kept.interviews.map((interview: { company: string }) => interview.company)).toEqual(['Initech']);
  await expect(page.getByRole('status').filter({ hasText: /^Imported 2 interviews and your profile\. What you had before is kept/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download the backup' })).toBeVisible();

  await expect
    .poll(async () => (await planner.locator('.interview-card .name').allTextContents()).sort(), )
    .toEqual(['Acme Logistics — Data Analyst', 'Globex — Analytics Engineer', 'Initech']);
  await expect(planner.getByLabel('Your name', { exact: true })).toHaveValue('Priya Shah');

  // The same file again: now both would replace, and the profile is the same.
  await importInput(page).setInputFiles(fixture('valid.json'));
  await expect(preview).toContainText('This file has 2 interviews: 2 that will replace the ones you have.');
  await expect(preview).toContainText('Your profile will be replaced: no (the file’s is the same as yours).');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import cancelled. Nothing was changed.' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete all data…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(planner.getByText('No interviews yet.').first()).toBeVisible();
});

test('delete all works by keyboard alone, and Cancel deletes nothing', async ({ page }) => {
  await addInterview(page, 'Keyboard Co');
  await page.goto('/data/');
  await expect(page.getByText('1 interview, no profile.')).toBeVisible();
  const start = page.getByRole('button', { name: 'Delete all data…' });
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(deleteWarning(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete everything' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(start).toBeFocused();
  expect(await interviewsInPlanner(page)).toEqual(['Keyboard Co']);
});

test('@reliability without IndexedDB the page says so, and export says there is nothing to export', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  await page.goto('/data/');
  await expect(page.getByRole('alert').filter({ hasText: 'This browser will not let Nudge open its storage (IndexedDB)' })).toBeVisible();
  await page.getByRole('button', { name: 'Export all data' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'There is nothing to export' })).toBeVisible();
  await expect(importInput(page)).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete all data…' })).toBeDisabled();
});

test('the data page fits a 320 px phone and is photographed at 320 and 1280 px, light and dark', async ({ page }) => {
  await addInterview(page, 'Acme Logistics');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/data/');
      await expect(page.getByText('1 interview, no profile.')).toBeVisible();
      await importInput(page).setInputFiles(fixture('html-names.json'));
      await expect(page.getByRole('region', { name: /^Before you import/ })).toBeVisible();
      await page.getByRole('button', { name: 'Delete all data…' }).click();
      await page.screenshot({ path: `test-results/screenshots/data-${width}-${scheme}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `/data/ scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    }
  }
});

test('axe finds no accessibility problems on the data page, with a preview and the delete question open', async ({ page }) => {
  await openDataPage(page);
  await importInput(page).setInputFiles(fixture('valid.json'));
  await expect(page.getByRole('region', { name: /^Before you import/ })).toBeVisible();
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${scheme}: ${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
  }
});

test('@reliability a 5 MB export of long notes imports back equal in a fresh browser', async ({ page, browser }) => {
  const data = buildDataSet({ interviews: 4, now: new Date('2026-03-03T15:00:00Z') });
  data.interviews = data.interviews.map((interview, index) => ({ ...interview, notes: { ...interview.notes, learned: `${index} ${longText(1_300_000)}` } }));
  await importExportText(page, serializeExport(data), 4);

  /** Exports everything on `from` and returns the file's text. */
  const exportAll = async (from: Page) => {
    await openDataPage(from);
    const downloading = from.waitForEvent('download');
    await from.getByRole('button', { name: 'Export all data' }).click();
    return readFile((await (await downloading).path())!, 'utf8');
  };
  const exported = await exportAll(page);
  expect(exported.length).toBeGreaterThan(5_000_000);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await importExportText(other, exported, 4);
    const again = JSON.parse(await exportAll(other));
    const first = JSON.parse(exported);
    expect(again.interviews).toEqual(first.interviews);
    expect(again.profile).toEqual(first.profile);
  } finally {
    await fresh.close();
  }
});
