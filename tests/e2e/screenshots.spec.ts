import { expect, test, type Page } from '@playwright/test';
import { guidePaths } from './support/guide';
import { hydrateIslands } from './support/islands';
import { fixtureFile, qrPhoto } from './support/import-files';
import { PLANNER_STEPS } from '../../src/domain/shared/planner-address';
import { addInterview, atInterviewEvening, fillProfile } from './support/planner';
import { openPlannerTop, openStep, stepSection } from './support/steps';

// Every page at phone and desktop width, light and dark, written to test-results/screenshots
// so anyone can look at them after a run; and no page may scroll sideways on a phone (WCAG 1.4.10:
// 320 CSS px is a 1280 px window at 400 %), nor cut text off, nor at 200 % zoom (WCAG 1.4.4).
const widths = [320, 1280] as const;
const schemes = ['light', 'dark'] as const;

/** How far the page scrolls sideways, in CSS px (0 when it fits). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Elements that hide part of their own text: an `overflow` that clips (hidden or clip) on a box
 * whose content is wider or taller than it. Visually hidden text (for screen readers) is meant to be.
 */
function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((element): element is HTMLElement => element instanceof HTMLElement)
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = (value: string) => value === 'hidden' || value === 'clip';
        if (!clips(style.overflowX) && !clips(style.overflowY)) return false;
        if (element.closest('.visually-hidden') || style.display === 'none' || !element.innerText.trim()) return false;
        const cutX = clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
        const cutY = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
        return cutX || cutY;
      })
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} "${element.innerText.trim().slice(0, 40)}"`),
  );
}

/** Writes a full-page screenshot and checks the page fits its width and shows all its text. */
async function photographAndCheck(page: Page, name: string, label: string) {
  const { width } = page.viewportSize()!;
  // From the top, so sticky bars are photographed where a reader first sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  // A full page can be a 1280 × 15,000 px image (the planner at 200 %): on a loaded machine
  // it takes longer than the 30 s action limit to paint, which is time, not a fault.
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true, timeout: 180_000 });
  expect(await sidewaysScroll(page), `${label} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  expect(await clippedText(page), `${label} cuts text off at ${width} px`).toEqual([]);
}

/** A file name for `path`: '/' → 'home', '/guide/check-in/' → 'guide-check-in'. */
function slug(path: string): string {
  return path === '/' ? 'home' : path.replaceAll('/', ' ').trim().replaceAll(' ', '-');
}

// One test per scheme and width, so each stays short and they can run side by side.
for (const scheme of schemes) {
  for (const width of widths) {
    test(`every page fits and is photographed at ${width} px in the ${scheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      for (const path of [...(await guidePaths(page)), '/planner/', '/data/']) {
        await page.goto(path);
        await hydrateIslands(page);
        await photographAndCheck(page, `${slug(path)}-${width}-${scheme}`, path);
      }
    });
  }
}

test('the planner with an interview filled in fits a 320 px phone and is photographed at 320 and 1280 px, light and dark', async ({ page }) => {
  await atInterviewEvening(page);
  test.slow();
  await addInterview(page);
  await fillProfile(page);
  await openStep(page, 'notes');
  await stepSection(page, 'notes').getByLabel('What went well').fill('My answer on the warehouse dashboard landed well.');
  // Each step, and the planner's top, is a page of its own: each is photographed.
  for (const step of PLANNER_STEPS) {
    await openStep(page, step);
    if (step === 'emails') await expect(stepSection(page, step).getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);
    if (step === 'schedule') await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeEnabled();
    if (step === 'call') await expect(stepSection(page, step).getByText('When they answer')).toBeVisible();
    for (const scheme of schemes) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        await photographAndCheck(page, `planner-${step}-${width}-${scheme}`, `the planner's ${step} step`);
      }
    }
  }
  await openPlannerTop(page);
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await photographAndCheck(page, `planner-top-${width}-${scheme}`, "the planner's top with an interview");
    }
  }
});

// A 1280 px wide window at 200 % zoom lays pages out in 640 CSS px, at two device pixels each.
test.describe('at 200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });

  test('every page, and the planner with an interview, still fits and shows all its text', async ({ page }) => {
    // A dozen full-page photographs in one test: more than one test's share of time.
    test.slow();
    await atInterviewEvening(page);
    for (const path of [...(await guidePaths(page)), '/planner/', '/data/']) {
      await page.goto(path);
      await hydrateIslands(page);
      await photographAndCheck(page, `${slug(path)}-zoom-200`, path);
    }
    await addInterview(page);
    await fillProfile(page);
    await photographAndCheck(page, 'planner-emails-zoom-200', "the planner's emails step");
    await openStep(page, 'schedule');
    await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible();
    await photographAndCheck(page, 'planner-schedule-zoom-200', "the planner's schedule step");
  });
});

test('an invitation being read and a card being added fit a 320 px phone, photographed at 320 and 1280 px, light and dark', async ({ page }) => {
  await atInterviewEvening(page);
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Contact card (.vcf)').setInputFiles(await fixtureFile('cards', 'vcard-21.vcf'));
  await expect(page.getByText(/^Filled from the card/)).toBeVisible();
  await page.getByLabel("Photo of their card's QR code").setInputFiles(qrPhoto(['MECARD:N:Tan,Jane;;', 'https://example.com/second']));
  await expect(page.getByText(/more than one QR code/)).toBeVisible();
  await page.getByLabel('Interview invitation (.ics)').setInputFiles(await fixtureFile('invitations', 'teams-outlook.ics'));
  await expect(page.getByRole('button', { name: 'Fill in the interview' })).toBeVisible();
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await photographAndCheck(page, `planner-import-${width}-${scheme}`, 'the planner reading an invitation and a card');
    }
  }
});
