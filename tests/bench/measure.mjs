/**
 * Byte counts and requests for one page, in a fresh browser context each time
 * (nothing cached, like a first visit), counted exactly as the budgets test counts
 * them (`firstVisit` in tests/e2e/support/page-weight.ts): the service worker may
 * register, and the page's clock runs past the planner's late re-reads of storage.
 */
import { firstVisit, holdsCalendarLibrary, recordResponses, trackNetwork, weigh } from '../e2e/support/page-weight.ts';

/**
 * What `path` loads on a first visit and, when `interact` is given, what it has
 * loaded in all after `interact(page)` and the network going quiet again.
 *
 * @example await measurePage(browser, origin, '/') //=> { before: { html: 5012, js: 512, … }, after: undefined, … }
 */
export async function measurePage(browser, origin, path, interact) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    const first = await firstVisit(page, path);
    const islands = await page.locator('astro-island').count();
    let after;
    let calendarAfter = false;
    if (interact) {
      const recording = recordResponses(page);
      const network = trackNetwork(page);
      await interact(page);
      await network.quiet();
      const all = [...first, ...(await recording.settled())];
      after = weigh(all);
      calendarAfter = all.some(holdsCalendarLibrary);
    }
    return { islands, before: weigh(first), after, calendarBefore: first.some(holdsCalendarLibrary), calendarAfter };
  } finally {
    await context.close();
  }
}
