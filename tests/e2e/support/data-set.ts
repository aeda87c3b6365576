import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * Imports the text of an export file on /data/, as a person would, and waits
 * until the page says it is done. The text goes through a file on disk:
 * Playwright sends a buffer over its protocol, which for megabytes is slower
 * than the import itself.
 */
export async function importExportText(page: Page, text: string, interviews: number) {
  await page.goto('/data/');
  await expect(page.getByRole('region', { name: 'In this browser now' }).getByText(/^(Nothing yet|\d[\d,]* interviews?)/)).toBeVisible();
  const folder = await mkdtemp(join(tmpdir(), 'nudge-e2e-'));
  const file = join(folder, 'nudge-export.json');
  await writeFile(file, text);
  try {
    await page.getByLabel('Import data', { exact: true }).setInputFiles(file);
    await page.getByRole('region', { name: /^Before you import/ }).getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Imported ${interviews === 1 ? '1 interview' : `${interviews} interviews`}` })).toBeVisible();
  } finally {
    // Only now: the browser reads a chosen file when the page asks for its contents, which on a busy
    // machine can be after `setInputFiles` returns (a file deleted by then reads as NotFoundError).
    await rm(folder, { recursive: true, force: true });
  }
}
