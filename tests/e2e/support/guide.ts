import type { Page } from '@playwright/test';

/** The guide's pages in reading order, as the journey navigation on the home page lists them. */
export async function guidePaths(page: Page): Promise<string[]> {
  await page.goto('/');
  return page
    .getByRole('navigation', { name: 'Guide' })
    .locator('.only-wide a[aria-current], .only-wide li a')
    .evaluateAll((links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);
}
