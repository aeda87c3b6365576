import { expect, test } from '@playwright/test';
import { addInterview, atInterviewEvening } from './support/planner';
import { openStep, stepSection } from './support/steps';

// A date the person proposed themselves ("Would it be all right if I got in touch on Thursday?")
// is the day they said they would be in touch: the guide tells them to tick a box in the planner,
// and the planner's first check-in then falls on that day, not the working day after it.
test('a hear-back date the person proposed is honoured in the planner as the guide says', async ({ page }) => {
  await page.goto('/guide/during-the-interview/#when-they-cant-give-a-date');
  const advice = page.locator('p', { hasText: 'the day you get in touch, not the day after' });
  await expect(advice).toBeVisible();
  // The box the guide names, in the guide's own words.
  const tickName = (await advice.locator('em').first().textContent())?.trim() ?? '';
  expect(tickName).not.toBe('');
  await page.goto('/guide/check-in/#when-to-check-in');
  await expect(page.locator('li', { hasText: 'You proposed the date yourself' })).toContainText('check in on that day');

  await atInterviewEvening(page);
  await addInterview(page, { hearBackBy: '2026-03-12' });
  // The schedule is a step of its own, the box the guide names is on the Notes step.
  await openStep(page, 'schedule');
  const firstCheckIn = stepSection(page, 'schedule').locator('li', { hasText: 'Check-in 1: a short call' });
  await expect(firstCheckIn).toContainText('They said you would hear by Thu 12 Mar, so this waits for the first working day after it.');
  await expect(firstCheckIn).toContainText(/\bMar 13\b|\b13 Mar\b/);

  await openStep(page, 'notes');
  await page.getByLabel(tickName).check();
  await openStep(page, 'schedule');
  await expect(firstCheckIn).toContainText('You proposed Thu 12 Mar yourself, so this is on that day.');
  await expect(firstCheckIn).toContainText(/\bMar 12\b|\b12 Mar\b/);
  await expect(firstCheckIn).not.toContainText('waits for the first working day after it');

  // Kept after a reload: the tick is saved with the interview, and the date stays on the day.
  await page.reload();
  await expect(firstCheckIn).toContainText('You proposed Thu 12 Mar yourself');
});
