import { expect, test, type Page } from '@playwright/test';
import { atInterviewEvening, expectSaved } from './support/planner';

// A candidate in Kuala Lumpur types her interviewer's zone the way people say it.
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-MY' });

const zoneField = (page: Page) => page.getByRole('combobox', { name: 'Interviewer time zone' });
const suggestions = (page: Page) => page.getByRole('listbox', { name: 'Interviewer time zone: suggestions' }).getByRole('option');

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  // A new interview starts on the browser's own zone.
  await expect(zoneField(page)).toHaveValue('Kuala Lumpur (Malaysia), GMT+8');
});

for (const [typed, label] of [
  ['London', 'London (United Kingdom), GMT'],
  ['UK', 'London (United Kingdom), GMT'],
  ['New York', 'New York (United States), GMT-5'],
  ['NYC', 'New York (United States), GMT-5'],
  ['Bengaluru', 'Kolkata (India), GMT+5:30'],
  ['Bangalore', 'Kolkata (India), GMT+5:30'],
  ['Mumbai', 'Kolkata (India), GMT+5:30'],
  ['Saigon', 'Ho Chi Minh City (Vietnam), GMT+7'],
  ['Dubai', 'Dubai (United Arab Emirates), GMT+4'],
] as const) {
  test(`"${typed}" is offered as ${label}, and choosing it keeps that name after a reload`, async ({ page }) => {
    const field = zoneField(page);
    await field.fill(typed);
    const option = suggestions(page).first();
    await expect(option).toContainText(label);
    await field.press('ArrowDown');
    await expect(field).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
    await field.press('Enter');
    await expect(field).toHaveValue(label);
    await expect(page.getByRole('listbox')).toBeHidden();
    await expectSaved(page);
    await page.reload();
    await expect(zoneField(page)).toHaveValue(label);
  });
}

test('a name that means one zone is taken on leaving the field; one that means several waits for a choice', async ({ page }) => {
  const field = zoneField(page);
  await field.fill('KL');
  await field.press('Tab');
  await expect(field).toHaveValue('Kuala Lumpur (Malaysia), GMT+8');

  await field.fill('London');
  await field.blur();
  await expect(field).toHaveValue('London (United Kingdom), GMT');

  await field.fill('USA');
  await expect(suggestions(page)).not.toHaveCount(0);
  await field.blur();
  await expect(field).toHaveValue('USA');
  await field.fill('Chic');
  await suggestions(page).filter({ hasText: /^Chicago \(United States\), GMT-6/ }).click();
  await expect(field).toHaveValue('Chicago (United States), GMT-6');
});

test('an IANA name is taken as it is; a place Nudge cannot find says so and keeps the saved zone', async ({ page }) => {
  const field = zoneField(page);
  await field.fill('Europe/London');
  await field.blur();
  await expect(field).toHaveValue('London (United Kingdom), GMT');

  await field.fill('Atlantis');
  await expect(page.getByText('No place called “Atlantis” found. Try a city or a country, such as London, UK or Kuala Lumpur. London (United Kingdom), GMT stays chosen until then.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.press('Escape');
  await expect(field).toHaveValue('London (United Kingdom), GMT');
});
