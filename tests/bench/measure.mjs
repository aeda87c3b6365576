/**
 * Byte counts and requests for one page, in a fresh browser context each time
 * (nothing cached, like a first visit), using the same helpers as the budgets test.
 *
 * Service workers are blocked: the worker precaches the whole site in the
 * background after `load`, and those requests are not the page's own.
 */
import { holdsCalendarLibrary, recordResponses, trackNetwork, weigh } from '../e2e/support/page-weight.ts';

/**
 * What `path` loads before any interaction and, when `interact` is given, what it
 * has loaded in all after `interact(page)` and the network going quiet again.
 *
 * @example await measurePage(browser, origin, '/') //=> { before: { html: 5012, js: 512, … }, after: undefined, … }
 */
export async function measurePage(browser, origin, path, interact) {
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const recording = recordResponses(page);
    const network = trackNetwork(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const first = await recording.settled();
    const islands = await page.locator('astro-island').count();
    let after;
    let calendarAfter = false;
    if (interact) {
      await interact(page);
      await network.quiet();
      const all = await recording.settled();
      after = weigh(all);
      calendarAfter = all.some(holdsCalendarLibrary);
    }
    return { islands, before: weigh(first), after, calendarBefore: first.some(holdsCalendarLibrary), calendarAfter };
  } finally {
    await context.close();
  }
}
