import { expect, test } from '@playwright/test';
import { guidePaths } from './support/guide';

test.describe('the guide', () => {
  test('has its pages in the order a job seeker lives them, starting at the home page and ending with the glossary', async ({ page }) => {
    const paths = await guidePaths(page);
    expect(paths).toEqual([
      '/',
      '/guide/during-the-interview/',
      '/guide/right-after/',
      '/guide/thank-you-email/',
      '/guide/agencies-and-panels/',
      '/guide/other-channels/',
      '/guide/check-in/',
      '/guide/weeks-after/',
      '/guide/when-it-goes-quiet/',
      '/guide/hearing-back/',
      '/guide/next-round/',
      '/guide/the-offer/',
      '/guide/references-and-checks/',
      '/guide/after-a-no/',
      '/guide/withdrawing/',
      '/guide/glossary/',
    ]);
  });

  test('labels the worked examples the guide holds up and the ones it warns against', async ({ page }) => {
    await page.goto('/guide/thank-you-email/');
    const weak = page.getByRole('figure', { name: /Weak paragraph: don't copy/ });
    await expect(weak).toHaveCount(2);
    await expect(weak.first()).toContainText('I am a hard worker');
    await expect(weak.nth(1)).toContainText('w/ the reporting');
    await expect(page.getByRole('figure', { name: /^Strong email/ })).toHaveCount(2);
    await expect(page.getByRole('figure', { name: /A fuller thank-you/ })).toContainText('To: Jane Tan');
  });

  test('the timeline on the home page links to every step after the overview, the glossary aside', async ({ page }) => {
    const paths = await guidePaths(page);
    await page.goto('/');
    const timeline = page.getByRole('list', { name: 'The follow-up timeline' });
    const targets = await timeline.getByRole('link').evaluateAll((links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(targets).toEqual(paths.slice(1).filter((path) => path !== '/guide/glossary/'));
    await expect(page.getByRole('main').locator('a[href="/guide/glossary/"]').first()).toBeVisible();
  });

  test('a glossary term links to its definition, which the glossary shows', async ({ page }) => {
    await page.goto('/guide/agencies-and-panels/');
    await page.getByRole('main').getByRole('link', { name: 'consultant', exact: true }).first().click();
    await expect(page).toHaveURL('/guide/glossary/#consultant');
    await expect(page.locator('#consultant')).toBeInViewport();
    await expect(page.locator('#consultant + dd')).toContainText('recruitment agency');
  });

  test('the home page leads into the guide and into the planner', async ({ page }) => {
    await page.goto('/');
    const main = page.getByRole('main');
    await expect(main.locator('a[href="/guide/during-the-interview/"]').first()).toBeVisible();
    await expect(main.locator('a[href="/planner/"]').first()).toBeVisible();
  });

  test('every page shows its title, stage, reading time and a table of contents that points at its headings', async ({ page }) => {
    for (const path of await guidePaths(page)) {
      await page.goto(path);
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(main.getByText(/^\d+ min read$/)).toBeVisible();
      await expect(main.getByText(/^Stage:/)).toHaveCount(1);
      const toc = page.getByRole('navigation', { name: 'On this page' });
      const anchors = await toc.locator('.only-wide a').evaluateAll((links) =>
        links.map((link) => (link as HTMLAnchorElement).hash.slice(1)),
      );
      expect(anchors.length, `${path} has headings to list`).toBeGreaterThan(1);
      for (const id of anchors) {
        await expect(page.locator(`[id="${decodeURIComponent(id)}"]`), `${path}#${id}`).toHaveCount(1);
      }
      const current = page.getByRole('navigation', { name: 'Guide' }).locator('.only-wide a[aria-current="page"]');
      await expect(current).toHaveAttribute('href', path);
    }
  });

  test('previous and next links walk the whole guide in order, both ways', async ({ page }) => {
    const paths = await guidePaths(page);
    // Scrolling to the links wakes the planner tools above them; let them settle, as a reader would.
    const follow = async (name: RegExp) => {
      const link = page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name });
      await link.scrollIntoViewIfNeeded();
      await page.waitForLoadState('networkidle');
      await link.click();
    };
    await page.goto(paths[0]!);
    for (const expected of paths.slice(1)) {
      await follow(/^Next/);
      await expect(page).toHaveURL(expected);
    }
    await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
    for (const expected of paths.slice(0, -1).reverse()) {
      await follow(/^Previous/);
      await expect(page).toHaveURL(expected);
    }
    await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
  });
});
