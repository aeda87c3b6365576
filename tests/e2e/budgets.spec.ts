import { expect, test, type Page } from '@playwright/test';
import { guidePaths } from './support/guide';
import { fixtureFile, qrPhoto } from './support/import-files';
import { firstVisit, holdsCalendarLibrary, readerLibraries, recordResponses, trackNetwork, weigh, type Loaded } from './support/page-weight';
import { addInterview, atInterviewEvening, expectSaved } from './support/planner';
import { openStep } from './support/steps';

// Byte budgets of the built site, counted in gzipped bytes (zlib's default level), never in
// time, so they pass or fail the same on any machine. `npm run bench` prints the same figures.
const KB = 1024;
// A guide page should arrive in the first round trip: about 14 KB is what a server may send
// before the browser's first acknowledgement (TCP's initial window of 10 segments).
const FIRST_ROUND_TRIP = 14 * KB;
const PLANNER_JS = 25 * KB;
// The service-worker registration is the one script a prose page may carry, inline.
const REGISTRATION_JS = 1 * KB;
const pagesWithoutIslands = [
  '/',
  '/guide/during-the-interview/',
  '/guide/agencies-and-panels/',
  '/guide/other-channels/',
  '/guide/when-it-goes-quiet/',
  '/guide/hearing-back/',
  '/guide/next-round/',
  '/guide/the-offer/',
  '/guide/references-and-checks/',
  '/guide/after-a-no/',
  '/guide/withdrawing/',
  '/guide/glossary/',
];

test('every guide page arrives in one round trip: HTML and CSS at most 14 KB gzipped', async ({ page, browser }) => {
  const paths = await guidePaths(page);
  expect(paths.length).toBeGreaterThanOrEqual(7);
  for (const path of paths) {
    // A fresh context each: nothing cached, no worker yet, as on a first visit.
    const context = await browser.newContext();
    const weight = weigh(await firstVisit(await context.newPage(), path));
    await context.close();
    expect(weight.htmlAndCss, `${path}: HTML+CSS gzipped`).toBeLessThanOrEqual(FIRST_ROUND_TRIP);
  }
});

for (const path of pagesWithoutIslands) {
  test(`${path} loads no JavaScript file, only the inline service-worker registration`, async ({ page }) => {
    const weight = weigh(await firstVisit(page, path));
    expect(weight.scriptFiles).toEqual([]);
    expect(weight.inlineJs).toBeLessThanOrEqual(REGISTRATION_JS);
  });
}

test('a first visit to the planner loads at most 25 KB of JavaScript, inline scripts included, and no calendar library', async ({ page }) => {
  const loaded = await firstVisit(page, '/planner/');
  await expect(page.getByRole('button', { name: 'Add interview' })).toBeVisible();
  const weight = weigh(loaded);
  expect(weight.js, `JavaScript on a first visit (${weight.inlineJs} B inline, then ${weight.scriptFiles.join(', ')})`).toBeLessThanOrEqual(PLANNER_JS);
  expect(loaded.filter(holdsCalendarLibrary)).toEqual([]);
});

/** Script files holding the record schemas (valibot: every schema has a `~standard` property) or the migrations. */
function recordCode(loaded: readonly Loaded[]): string[] {
  return loaded
    .filter((item) => item.type === 'script' && (item.body.includes('~standard') || item.body.includes('not an interview.')))
    .map((item) => new URL(item.url).pathname);
}

test('with nothing stored, the planner loads no migration or schema code, even after its late re-reads', async ({ page, context }) => {
  expect(recordCode(await firstVisit(page, '/planner/'))).toEqual([]);

  // The check above would pass if the code could not be recognised at all: with a record stored, it must be.
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expectSaved(page);
  const openedWithRecord = (other: Page) => expect(other.getByRole('list', { name: 'Interviews' }).getByRole('link')).toHaveCount(1);
  expect(recordCode(await firstVisit(await context.newPage(), '/planner/', openedWithRecord))).not.toEqual([]);
});

test('the calendar library is fetched by "Download calendar (.ics)" and not before', async ({ page }) => {
  await atInterviewEvening(page);
  const recording = recordResponses(page);
  const network = trackNetwork(page);
  // The schedule step, with its calendar panel, is open.
  await addInterview(page);
  await openStep(page, 'schedule');
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

test('the invitation and card readers are fetched when a file is given and not before, each in chunks of its own', async ({ page }) => {
  expect(readerLibraries(await firstVisit(page, '/planner/'))).toEqual({});
  const network = trackNetwork(page);
  const step = async (act: () => Promise<void>) => {
    const recording = recordResponses(page);
    await act();
    await network.quiet();
    const loaded = await recording.settled();
    recording.stop();
    return readerLibraries(loaded);
  };
  // Every tool of an interview open: still no reader.
  expect(await step(async () => {
    await page.getByRole('button', { name: 'Add interview' }).click();
    await expect(page.getByLabel('Contact card (.vcf)')).toBeVisible();
  })).toEqual({});
  const invitation = await step(async () => {
    await page.getByLabel('Interview invitation (.ics)').setInputFiles(await fixtureFile('invitations', 'teams-outlook.ics'));
    await expect(page.getByRole('button', { name: 'Fill in the interview' })).toBeVisible();
  });
  expect(Object.keys(invitation).sort()).toEqual(['ical.js', 'windows-iana']);
  // The contact card reader needs ical.js, already here; the QR reader brings jsQR alone.
  const photo = await step(async () => {
    await page.getByLabel("Photo of their card's QR code").setInputFiles(qrPhoto(['MECARD:N:Tan,Jane;;']));
    await expect(page.getByText('Filled from the QR code (a MeCard): name.')).toBeVisible();
  });
  expect(Object.keys(photo)).toEqual(['jsQR']);
  expect(new Set([...Object.values(invitation), ...Object.values(photo)]).size).toBe(3);
});
