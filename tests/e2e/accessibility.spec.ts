import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { guidePaths } from './support/guide';
import { hydrateIslands } from './support/islands';
import { PLANNER_STEPS } from '../../src/domain/shared/planner-address';
import { addInterview, atInterviewEvening, fillProfile } from './support/planner';
import { openPlannerTop, openStep, stepSection } from './support/steps';

// axe-core's WCAG 2.2 A and AA rules on every page, in the light and the dark scheme,
// with every island hydrated, and on the planner with an interview filled in.
const schemes = ['light', 'dark'] as const;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PATIENCE_PER_PAGE_MS = 120_000;

/** axe's violations on `page`, one line each with the elements involved, so a failure says what to fix. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
});

for (const scheme of schemes) {
  test(`every page has no WCAG 2.2 AA violation axe can find, in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const paths = [...(await guidePaths(page)), '/planner/', '/data/'];
    // A limit for a stuck page, not a slow one: axe on eleven pages took over four minutes while three
    // suites shared two cores.
    test.setTimeout(paths.length * PATIENCE_PER_PAGE_MS);
    for (const path of paths) {
      await page.goto(path);
      await hydrateIslands(page);
      expect(await violations(page), `${path} (${scheme})`).toEqual([]);
    }
  });

  test(`the planner with an interview has no violation on its top or any of its steps, in the ${scheme} scheme`, async ({ page }) => {
    test.setTimeout(8 * PATIENCE_PER_PAGE_MS);
    await page.emulateMedia({ colorScheme: scheme });
    await addInterview(page);
    await fillProfile(page);
    await expect(stepSection(page, 'emails').getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);
    expect(await violations(page), 'emails').toEqual([]);
    for (const step of PLANNER_STEPS) {
      await openStep(page, step);
      if (step === 'schedule') await expect(stepSection(page, step).getByRole('button', { name: 'Download calendar (.ics)' })).toBeEnabled();
      if (step === 'call') await expect(stepSection(page, step).getByText('When they answer')).toBeVisible();
      expect(await violations(page), step).toEqual([]);
    }
    await openPlannerTop(page);
    await expect(page.getByRole('list', { name: 'Interviews' })).toBeVisible();
    expect(await violations(page), 'top').toEqual([]);
  });
}
