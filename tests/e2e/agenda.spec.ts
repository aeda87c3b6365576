import { expect, test } from '@playwright/test';
import { addInterview, expectSaved } from './support/planner';
import { openInterview, openPlannerTop, openStep, stepSection } from './support/steps';

// "Next, on your clock" as Priya uses it in Kuala Lumpur (GMT+8) after a 10:00 interview with Jane
// Tan in London (GMT in March): her time first, Jane's second, and what to do right there.
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-GB' });

// 19:30 in Kuala Lumpur, 11:30 in London, on the day of the interview, Tuesday 3 March 2026.
const AFTER_THE_INTERVIEW = new Date('2026-03-03T11:30:00Z');
const widths = [320, 1280] as const;
const schemes = ['light', 'dark'] as const;

test('the planner’s top says what to do next on her clock first, offers "Send now" in Jane’s working hours, and acts right there', async ({ page }) => {
  test.slow();
  await page.clock.setFixedTime(AFTER_THE_INTERVIEW);
  // Jane said they would be in touch by tomorrow, so the first check-in falls this week too.
  await addInterview(page, { hearBackBy: '2026-03-04' });
  await expectSaved(page);
  await openPlannerTop(page);

  const agenda = page.getByRole('region', { name: 'Next, on your clock' });
  await expect(agenda).toContainText('Times on your clock (Kuala Lumpur) first, then on theirs.');
  const thankYou = agenda.getByRole('listitem').filter({ hasText: 'Thank-you email' });
  // 18:00 in London is 02:00 here: written this evening, sent with "Schedule send".
  await expect(thankYou).toContainText(
    '20:30 your time: write the thank-you to Jane Tan and schedule it for 02:00 the next day your time; it reaches them at 18:00 London time.',
  );
  // …but it is 11:30 in London, Jane's working hours, and the interview is over: it can go now.
  await expect(thankYou.locator('.send-now')).toHaveText('Send now: it is 11:30 for Jane Tan');
  const checkIn = agenda.getByRole('listitem').filter({ hasText: 'Check-in 1' });
  await expect(checkIn.locator('.agenda-line')).toHaveText(/^[A-Z][a-z]{2} \d+ Mar, \d\d:\d\d your time: call Jane Tan \(check-in 1\); that is \d\d:\d\d London time for them\.$/);
  await expect(checkIn.locator('.send-now')).toHaveCount(0);
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `test-results/screenshots/agenda-${width}-${scheme}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 390, height: 844 });

  // "Write the email" opens the thank-you in the composer; the back button comes back here.
  await thankYou.getByRole('button', { name: /^Write the email/ }).click();
  await expect(stepSection(page, 'emails').getByLabel('Subject', { exact: true })).toHaveValue(/^Thank you/);
  await page.goBack();
  await expect(thankYou).toBeVisible();

  // Move, typed on her own clock: 17:00 tomorrow in Kuala Lumpur is 09:00 in London.
  await thankYou.getByRole('button', { name: /^Move/ }).click();
  await expect(thankYou.getByRole('radio', { name: 'your clock (Kuala Lumpur)' })).toBeChecked();
  await thankYou.getByLabel('New date and time', { exact: true }).fill('2026-03-04T17:00');
  await expect(thankYou).toContainText('That is Wed, 4 Mar 2026, 09:00 London time.');
  await page.screenshot({ path: 'test-results/screenshots/agenda-move-390-light.png', fullPage: true });
  await thankYou.getByRole('button', { name: /^Save new time/ }).click();
  await expect(thankYou.locator('.agenda-line')).toHaveText('Tomorrow, 17:00 your time: write the thank-you to Jane Tan; it reaches them at 09:00 London time.');

  // "They said: by …" on the check-in: heard from them, with a new date. It is done, and the next waits.
  await checkIn.getByRole('button', { name: /^They said: by/ }).click();
  await checkIn.getByLabel('They said: by', { exact: true }).fill('2026-03-20');
  await checkIn.getByRole('button', { name: /^Save/ }).click();
  await expect(agenda.getByRole('status')).toHaveText('Marked done, they said by 2026-03-20: check-in 1: a short call for Acme Logistics — Data Analyst.');
  await expect(agenda.getByRole('listitem').filter({ hasText: 'Check-in 1' })).toHaveCount(0);

  await thankYou.getByRole('button', { name: /^Mark done/ }).click();
  await expect(agenda.getByRole('status')).toHaveText('Marked done: thank-you email for Acme Logistics — Data Analyst.');
  await expect(agenda).toContainText('Nothing is due in the next seven days.');
  await expectSaved(page);

  // The schedule agrees, on her clock first: the move, the check-in done and the date they gave.
  await openInterview(page, /Acme Logistics/);
  await openStep(page, 'schedule');
  const schedule = stepSection(page, 'schedule');
  await expect(schedule.locator('#follow-up-thank-you .when')).toHaveText(/^Your time: Wed, 4 Mar 2026, 17:00 Kuala Lumpur time · their time: Wed, 4 Mar 2026, 09:00 London time$/);
  await expect(schedule.locator('#follow-up-check-in-1 .pill')).toHaveText('✓ Done');
  await expect(schedule.getByLabel('They said: by')).toHaveValue('2026-03-20');
});

test('a follow-up skipped from the agenda is told apart from a done one by its word, not colour alone', async ({ page }) => {
  await page.clock.setFixedTime(AFTER_THE_INTERVIEW);
  await addInterview(page, { hearBackBy: '2026-03-04' });
  await expectSaved(page);
  await openPlannerTop(page);
  const agenda = page.getByRole('region', { name: 'Next, on your clock' });
  await agenda.getByRole('listitem').filter({ hasText: 'Check-in 1' }).getByRole('button', { name: /^Skip/ }).click();
  await expect(agenda.getByRole('status')).toHaveText('Skipped: check-in 1: a short call for Acme Logistics — Data Analyst.');
  await agenda.getByRole('listitem').filter({ hasText: 'Thank-you email' }).getByRole('button', { name: /^Mark done/ }).click();
  await openInterview(page, /Acme Logistics/);
  await openStep(page, 'schedule');
  const schedule = stepSection(page, 'schedule');
  await expect(schedule.locator('#follow-up-thank-you .pill')).toHaveText('✓ Done');
  await expect(schedule.locator('#follow-up-check-in-1 .pill')).toHaveText('Skipped');
  const [done, skipped] = await Promise.all(
    ['#follow-up-thank-you .pill', '#follow-up-check-in-1 .pill'].map((selector) =>
      schedule.locator(selector).evaluate((pill) => [getComputedStyle(pill).color, getComputedStyle(pill).borderStyle].join(' ')),
    ),
  );
  expect(done).not.toBe(skipped);
});
