import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gotoStep, openInterviewId, stepSection } from './support/steps';
import { expect, test, type Page } from '@playwright/test';
import { serve } from '../bench/serve.mjs';
import { guidePaths } from './support/guide';
import { fixtureFile, qrPhoto } from './support/import-files';

async function untilWorkerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
}

test('@reliability after one visit, every guide page and the planner open and work with the network off', async ({ page, context }) => {
  const paths = await guidePaths(page);
  await untilWorkerControls(page);

  await context.setOffline(true);
  for (const path of [...paths, '/planner/', '/data/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
  }
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Offline Ltd');
  // Saved offline, then reloaded offline. (Leaving the very moment after typing is leaving.spec.ts's case.)
  await expect(page.getByText('✓ Saved in this browser').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Offline Ltd');
  // A step's own address (a calendar event's link, say) opens offline too: the worker ignores the query.
  await gotoStep(page, openInterviewId(page), 'schedule', 'thank-you');
  await expect(stepSection(page, 'schedule').getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible();
  await page.goto('/guide/thank-you-email/');
  const composer = page.getByRole('region', { name: 'Email composer' });
  await composer.scrollIntoViewIfNeeded();
  await expect(composer.getByLabel('Interview', { exact: true })).toContainText('Offline Ltd');
});

test('@reliability after one visit, an invitation and a photo of a card are read with the network off', async ({ page, context }) => {
  await page.goto('/planner/');
  await untilWorkerControls(page);

  await context.setOffline(true);
  await page.reload();
  // The readers (ical.js, the zone table, jsQR) were never fetched online: they come from the worker's cache.
  await page.getByLabel('Interview invitation (.ics)').setInputFiles(await fixtureFile('invitations', 'zoom.ics'));
  await page.getByRole('button', { name: 'Fill in the interview' }).click();
  await expect(page.locator('.import-panel [role="status"]')).toContainText('Filled from the invitation: the date and time');
  await page.getByLabel("Photo of their card's QR code").first().setInputFiles(qrPhoto(['MECARD:N:Tan,Jane;TEL:+6561234567;;']));
  await expect(page.getByText(/^Filled from the QR code \(a MeCard\)/)).toBeVisible();
  await expect(page.getByLabel('Interviewer phone', { exact: true }).first()).toHaveValue('+6561234567');
});

test('the site can be installed: a manifest with icons and a standalone display', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, page.url()).href)).json();
  expect(manifest).toMatchObject({ name: 'Nudge', short_name: 'Nudge', display: 'standalone', background_color: '#fbfaf7', theme_color: '#1f5fbf' });
  const sizes = manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`);
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await request.get(new URL(icon.src, new URL(href!, page.url())).href);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});

test('@reliability a new version is announced, and nothing reloads or loses typing until the person chooses', async ({ page }) => {
  // A deploy of its own: a copy of the built site on its own server, whose sw.js the test can change.
  const site = await mkdtemp(join(tmpdir(), 'nudge-deploy-'));
  await cp(process.env.NUDGE_OUT_DIR ?? fileURLToPath(new URL('../../dist', import.meta.url)), site, { recursive: true });
  const server = await serve(site);
  try {
    await page.goto(`${server.origin}/planner/`);
    await untilWorkerControls(page);
    await page.getByRole('button', { name: 'Add interview' }).click();
    await page.getByLabel('Company', { exact: true }).fill('Typing in progress');

    await appendFile(join(site, 'sw.js'), `\n// the next deploy\n`);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

    await expect(page.getByText('Nudge has been updated. Reload to get the new version.')).toBeVisible();
    // The new worker is installed and waiting: the moment a page that reloads by itself would do so.
    await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      if (!registration.waiting) throw new Error('the new worker is not waiting');
    });
    expect(navigations).toEqual([]);
    await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Typing in progress');

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => navigations.length).toBe(1);
    await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Typing in progress');
  } finally {
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
});
