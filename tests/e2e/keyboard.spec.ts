import { expect, test, type Page } from '@playwright/test';
import { atInterviewEvening } from './support/planner';

// The evening after an interview with a keyboard alone: Tab, Shift+Tab, Enter and Space
// (and typing into the field that has focus). After every key press the focused element
// must show a focus indicator, be on screen and not hidden under something else.

/** What has focus, how it looks, and where it is. */
interface Focus {
  tag: string;
  /** Where it is, for failure messages. */
  where: string;
  name: string;
  visibleIndicator: boolean;
  inViewport: boolean;
  uncovered: boolean;
  inPlanner: boolean;
  inFooter: boolean;
}

function focused(page: Page): Promise<Focus | undefined> {
  return page.evaluate(async () => {
    // Let the browser finish scrolling the newly focused element into view.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const labels = (element as HTMLInputElement).labels;
    const name = (element.getAttribute('aria-label') ?? labels?.[0]?.textContent ?? element.textContent ?? '').trim();
    // The part of it on screen. Chromium scrolls a text field only until its caret line shows,
    // so a tall field may be half out of the window; what counts (WCAG 2.4.11) is that the
    // focus is not hidden: at least a line of it on screen, and nothing on top of that part.
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, innerWidth);
    const centre = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
    return {
      tag: element.tagName.toLowerCase(),
      where: `at ${Math.round(rect.left)},${Math.round(rect.top)} (${Math.round(rect.width)}×${Math.round(rect.height)}) in a ${innerWidth}×${innerHeight} window`,
      name,
      visibleIndicator: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
      inViewport: right - left >= Math.min(rect.width, 16) && bottom - top >= Math.min(rect.height, 16) && rect.width > 0 && rect.height > 0,
      // Sticky bars must not hide what has focus (WCAG 2.4.11). A label on top of its own checkbox is fine.
      uncovered: centre !== null && (element.contains(centre) || centre.contains(element) || (labels !== null && [...(labels ?? [])].some((label) => label.contains(centre)))),
      inPlanner: element.closest('.planner') !== null,
      inFooter: element.closest('.site-footer') !== null,
    };
  });
}

/** Presses `key` and checks that focus landed somewhere, visibly. */
async function press(page: Page, key: 'Tab' | 'Shift+Tab' | 'Enter' | 'Space'): Promise<Focus> {
  await page.keyboard.press(key);
  const focus = await focused(page);
  expect(focus, `focus was lost after ${key}`).toBeDefined();
  expect(focus!.visibleIndicator, `no focus indicator on ${focus!.tag} "${focus!.name}"`).toBe(true);
  expect(focus!.inViewport, `${focus!.tag} "${focus!.name}" has focus but is off screen, ${focus!.where}`).toBe(true);
  expect(focus!.uncovered, `${focus!.tag} "${focus!.name}" has focus but something covers it, ${focus!.where}`).toBe(true);
  return focus!;
}

/** Tabs forward until the focused element's name matches `name`. */
async function tabTo(page: Page, name: string | RegExp, tag?: string): Promise<Focus> {
  for (let presses = 0; presses < 150; presses++) {
    const focus = await press(page, 'Tab');
    const matches = typeof name === 'string' ? focus.name === name : name.test(focus.name);
    if (matches && (!tag || focus.tag === tag)) return focus;
  }
  throw new Error(`Tab never reached "${name}"`);
}

test('the planner can be used with a keyboard alone, focus always visible and never trapped', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atInterviewEvening(page);
  await page.goto('/planner/');
  await expect(page.getByRole('button', { name: 'Add interview' })).toBeVisible();

  await tabTo(page, 'Add interview', 'button');
  await page.keyboard.press('Enter');
  const company = page.getByLabel('Company', { exact: true });
  await expect(company).toBeVisible();

  await tabTo(page, 'Company', 'input');
  await page.keyboard.type('Acme Logistics');
  await tabTo(page, 'Interviewer name', 'input');
  await page.keyboard.type('Jane Tan');
  await expect(company).toHaveValue('Acme Logistics');
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Jane Tan');

  // Each step is its own page: the link to the next one ends the step.
  await tabTo(page, 'Notes →', 'a');
  await page.keyboard.press('Enter');
  const notes = page.locator('section#notes');
  await expect(notes.getByRole('heading', { name: 'Notes checklist' })).toBeFocused();
  await tabTo(page, 'Checked how their name is spelled', 'input');
  await press(page, 'Space');
  await expect(notes.getByLabel('Checked how their name is spelled')).toBeChecked();
  await tabTo(page, 'What went well', 'textarea');
  await page.keyboard.type('My answer on the dashboard landed well.');
  await expect(notes.getByLabel('What went well')).toHaveValue('My answer on the dashboard landed well.');

  await tabTo(page, 'Emails →', 'a');
  await page.keyboard.press('Enter');
  const emails = page.locator('section#emails');
  await expect(emails.getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);
  await tabTo(page, 'Copy email', 'button');
  await press(page, 'Enter');
  // The draft still holds placeholders (no profile yet): Nudge names them first, and focus moves to that notice.
  await expect(emails.getByRole('alert')).toContainText('Still to fill in');
  await tabTo(page, 'Copy anyway', 'button');
  await press(page, 'Enter');
  await expect(emails.getByText('Copied: subject and email are on your clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Subject: .+\n\nDear Jane,/);

  await tabTo(page, 'Call →', 'a');
  await page.keyboard.press('Enter');
  // Each step's tool arrives a moment after its heading, as a person sees it do.
  await expect(page.getByText('When they answer')).toBeVisible();
  await tabTo(page, 'Schedule →', 'a');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeEnabled();
  await tabTo(page, 'Download calendar (.ics)', 'button');
  const downloading = page.waitForEvent('download');
  await press(page, 'Space');
  expect((await downloading).suggestedFilename()).toBe('nudge-acme-logistics-follow-ups.ics');

  // Not trapped: forward from the planner's last control, Tab leaves it for the footer's links.
  let focus = await press(page, 'Tab');
  for (let presses = 0; !focus.inFooter && presses < 150; presses++) focus = await press(page, 'Tab');
  expect(focus.inFooter, 'Tab never left the planner for the footer').toBe(true);
  // And Shift+Tab goes back the way it came: from the footer's first link into the page.
  focus = await press(page, 'Shift+Tab');
  expect(focus.inFooter).toBe(false);
});
