import { expect, type Page } from '@playwright/test';

/**
 * Scrolls every island on the page into view, so `client:visible` ones hydrate as they
 * would for a reader, waits until all have, and scrolls back to the top.
 */
export async function hydrateIslands(page: Page) {
  const islands = page.locator('astro-island');
  for (let index = 0; index < (await islands.count()); index++) {
    await islands.nth(index).scrollIntoViewIfNeeded();
  }
  // Astro removes `ssr` from an island once it has hydrated.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => window.scrollTo(0, 0));
}
