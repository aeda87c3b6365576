import { expect, test } from '@playwright/test';
import { addInterview, atInterviewEvening } from './support/planner';
import { openStep, stepSection } from './support/steps';

// The outcome step leads on: for each outcome, the guide's pages for what to do next, each
// opening the page the overview's timeline lists for that part of the journey.
const OUTCOMES = [
  { outcome: 'Waiting to hear', pages: ['The weeks after', 'When it goes quiet'] },
  { outcome: 'Invited to a next round', pages: ['The next round'] },
  { outcome: 'Offer', pages: ['The offer', 'References and checks'] },
  { outcome: 'They said no', pages: ['After a no'] },
  { outcome: 'I withdrew', pages: ['Withdrawing'] },
];

test('each outcome links to the guide’s pages for what to do next, and each link opens its page', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page);
  await openStep(page, 'outcome');
  const guide = stepSection(page, 'outcome').getByRole('list', { name: 'What to do next, in the guide' });
  const addresses = new Map<string, string>();
  for (const { outcome, pages } of OUTCOMES) {
    await page.getByLabel('Outcome').selectOption({ label: outcome });
    await expect(guide.getByRole('link')).toHaveText(pages);
    for (const name of pages) addresses.set(name, (await guide.getByRole('link', { name }).getAttribute('href')) ?? '');
  }

  // Each is the page the overview's timeline links to for that step of the journey.
  await page.goto('/');
  const timeline = page.getByRole('list', { name: 'The follow-up timeline' });
  for (const [name, href] of addresses) {
    await expect(timeline.locator(`a[href="${href}"]`), name).toHaveCount(1);
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }

  // Where a page says which outcome to record, it names it as the planner's list does.
  let named = 0;
  for (const { outcome, pages } of OUTCOMES) {
    for (const name of pages) {
      await page.goto(addresses.get(name)!);
      const said = /outcome as ["“]?([^"”,:\n]+?)["”]?(?: in the planner|,)/.exec(await page.locator('article').innerText());
      if (said) expect(said[1], `${name} names the outcome`).toBe(outcome);
      if (said) named += 1;
    }
  }
  expect(named, 'the offer, the next round and withdrawing say which outcome to record').toBeGreaterThanOrEqual(3);

  await page.goto('/');
  await timeline.locator(`a[href="${addresses.get('The offer')}"]`).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('The offer');
});
