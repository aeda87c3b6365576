import { expect, test } from '@playwright/test';
import { guidePaths } from './support/guide';
import { holdsCalendarLibrary, recordResponses, trackNetwork, weigh } from './support/page-weight';
import { addInterview, atInterviewEvening } from './support/planner';

// Byte budgets of the built site, counted in gzipped bytes (zlib's default level), never in
// time, so they pass or fail the same on any machine. `npm run bench` prints the same figures.
const KB = 1024;
// A guide page should arrive in the first round trip: about 14 KB is what a server may send
// before the browser's first acknowledgement (TCP's initial window of 10 segments).
const FIRST_ROUND_TRIP = 14 * KB;
const PLANNER_JS = 25 * KB;
// The service-worker registration is the one script a prose page may carry, inline.
const REGISTRATION_JS = 1 * KB;
const pagesWithoutIslands = ['/', '/guide/during-the-interview/', '/guide/hearing-back/'];

// The worker precaches the whole site after `load`; those requests are not the page's own.
test.use({ serviceWorkers: 'block' });

test('every guide page arrives in one round trip: HTML and CSS at most 14 KB gzipped', async ({ page }) => {
  const paths = await guidePaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(7);
  for (const path of paths) {
    const recording = recordResponses(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const weight = weigh(await recording.settled());
    recording.stop();
    expect(weight.htmlAndCss, `${path}: HTML+CSS gzipped`).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  }
});

for (const path of pagesWithoutIslands) {
  test(`${path} loads no JavaScript file, only the inline service-worker registration`, async ({ page }) => {
    const recording = recordResponses(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const weight = weigh(await recording.settled());
    expect(weight.scriptFiles).toEqual([]);
    expect(weight.inlineJs).toBeLessThanOrEqual(REGISTRATION_JS);
  });
}

test('the planner loads at most 25 KB of JavaScript before the first click, and no calendar library', async ({ page }) => {
  const recording = recordResponses(page);
  await page.goto('/planner/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Add interview' })).toBeVisible();
  const loaded = await recording.settled();
  const weight = weigh(loaded);
  expect(weight.js, `JavaScript before the first click (${weight.scriptFiles.join(', ')})`).toBeLessThanOrEqual(PLANNER_JS);
  expect(loaded.filter(holdsCalendarLibrary)).toEqual([]);
});

test('the calendar library is fetched by "Download calendar (.ics)" and not before', async ({ page }) => {
  await atInterviewEvening(page);
  const recording = recordResponses(page);
  const network = trackNetwork(page);
  // Every tool of an interview is open, the calendar panel included.
  await addInterview(page);
  const download = page.getByRole('button', { name: 'Download calendar (.ics)' });
  await expect(download).toBeEnabled();
  await network.quiet();
  const calendarChunks = async () => (await recording.settled()).filter(holdsCalendarLibrary).map((item) => new URL(item.url).pathname);
  expect(await calendarChunks(), 'calendar library loaded before the download').toEqual([]);

  const downloading = page.waitForEvent('download');
  await download.click();
  await downloading;
  // The check above would pass if the library could not be recognised at all: here it must be.
  expect(await calendarChunks()).toHaveLength(1);
});
