import { openInterview, openPlannerTop } from './support/steps';
import { expect, test, type Page } from '@playwright/test';
import { addInterview, atInterviewEvening, expectSaved } from './support/planner';

// A date typed part by part on the keyboard (issue 10): while it is impossible or unfinished the
// browser reports an empty value, and the saved date must not be replaced by it.

test.use({ locale: 'en-US' });

const dateField = (page: Page) => page.getByLabel('Interview date', { exact: true });

// Each case starts from a saved date and ends on an impossible or unfinished one in one keystroke
// or two. (Typed part by part, a date passes through the real dates on the way, which are saved.)
const cases: [string, string, string, (page: Page) => Promise<void>][] = [
  [
    'February typed over the month of 31 March (02/31/2026)',
    '2026-03-31',
    'March 31, 2026',
    async (page) => {
      await dateField(page).focus();
      await page.keyboard.type('02');
    },
  ],
  [
    'Backspace in one part of the date',
    '2026-03-03',
    'March 3, 2026',
    async (page) => {
      await dateField(page).focus();
      await page.keyboard.press('Backspace');
    },
  ],
];

for (const [name, saved, shown, typeIt] of cases) {
  test(`@reliability a date typed on the keyboard never overwrites the saved one: ${name}`, async ({ page }) => {
    await atInterviewEvening(page);
    await addInterview(page, { date: saved });
    await expectSaved(page);
    await expect(dateField(page)).toHaveValue(saved);

    await typeIt(page);
    const problem = page.getByText('Finish the date (day, month and year) or pick it from the calendar: that one is not a whole, real date. What was saved stays until then.');
    await expect(problem).toBeVisible();
    await expect(dateField(page)).toHaveAttribute('aria-invalid', 'true');
    // Leaving the field keeps the message; nothing empty was saved over the date.
    await page.getByLabel('Role', { exact: true }).focus();
    await expect(problem).toBeVisible();
    await expect(page.getByText('Add the date of the interview.')).toHaveCount(0);
    await expectSaved(page);
    await openPlannerTop(page);
    await expect(page.getByRole('list', { name: 'Interviews' })).toContainText(shown);

    await page.reload();
    await openInterview(page);
    await expect(dateField(page)).toHaveValue(saved);
  });
}

test('@reliability a date typed on the keyboard is saved once it is whole and real', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page);
  await expectSaved(page);
  await dateField(page).focus();
  await page.keyboard.type('03042026');
  await expect(dateField(page)).toHaveValue('2026-03-04');
  await expect(page.getByText(/^Finish the date/)).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(dateField(page)).toHaveValue('2026-03-04');
});

// Dates a person can mean (issue 18, item 4): a whole date the browser reports while the year is being
// typed (0002, 0020, 0202) is never saved, and one more than a year away waits until the person keeps it.
const timeField = (page: Page) => page.getByLabel('Interview time', { exact: true });

test('@reliability a year typed on the keyboard passes through 0002, 0020 and 0202 without saving them, and a date two years off waits to be kept', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page, { date: '2026-03-03' });
  await expectSaved(page);

  // To the year (month, day, year in en-US), then its first digit: the browser reports 0002-03-03.
  await dateField(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2');
  await expect(page.getByText('No interview is in the year 0002: finish typing the year, or pick the date from the calendar. What was saved stays until then.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep this date' })).toHaveCount(0);
  await page.keyboard.type('02');
  await expect(page.getByText(/^No interview is in the year 0202/)).toBeVisible();
  await page.keyboard.type('8');
  const doubt = page.getByText('That date is more than a year from today: check the year. What was saved stays until you keep this one.');
  await expect(doubt).toBeVisible();
  await expect(dateField(page)).toHaveAttribute('aria-invalid', 'true');
  await expectSaved(page);
  await openPlannerTop(page);
  await expect(page.getByRole('list', { name: 'Interviews' })).toContainText('March 3, 2026');

  // Typed again and kept: now it is saved, and the field says nothing more.
  await openInterview(page);
  await dateField(page).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('2028');
  await page.getByRole('button', { name: 'Keep this date' }).click();
  await expect(doubt).toHaveCount(0);
  await expect(dateField(page)).toHaveValue('2028-03-03');
  await expectSaved(page);
  await page.reload();
  await expect(dateField(page)).toHaveValue('2028-03-03');
});

test('@reliability an interview time in the middle of the interviewer’s night waits until the person keeps it', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page, { time: '10:00' });
  await expectSaved(page);
  await timeField(page).focus();
  await page.keyboard.type('03');
  await expect(page.getByText('That is at night on the interviewer’s clock (before 06:00 or from 22:00): check the hour, am or pm. What was saved stays until you keep this one.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await expect(timeField(page)).toHaveValue('10:00');

  await timeField(page).focus();
  await page.keyboard.type('03');
  await page.getByRole('button', { name: 'Keep this time' }).click();
  await expect(timeField(page)).toHaveValue('03:00');
  await expect(page.getByText(/^That is at night on the interviewer’s clock/)).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(timeField(page)).toHaveValue('03:00');
});
