import { expect, test } from '@playwright/test';
import { guidePaths } from './support/guide';

// Every page at phone and desktop width, light and dark, written to test-results/screenshots
// so anyone can look at them after a run; and no page may scroll sideways on a phone.
const widths = [320, 1280] as const;
const schemes = ['light', 'dark'] as const;

test('every page fits a 320 px phone and is photographed at 320 and 1280 px, light and dark', async ({ page }) => {
  test.setTimeout(120_000);
  const paths = [...(await guidePaths(page)), '/planner/'];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of paths) {
        await page.goto(path);
        const name = path === '/' ? 'home' : path.replaceAll('/', ' ').trim().replaceAll(' ', '-');
        await page.screenshot({ path: `test-results/screenshots/${name}-${width}-${scheme}.png`, fullPage: true });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      }
    }
  }
});
