import { expect, test } from '@playwright/test';

// Pages that are only prose must ship no JavaScript at all.
const prosePages = ['/', '/guide/during-the-interview/', '/guide/hearing-back/'];

for (const path of prosePages) {
  test(`${path} loads no JavaScript`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);
    expect(await page.locator('script').count()).toBe(0);
  });
}
