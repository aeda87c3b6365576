import { expect, test, type Page } from '@playwright/test';
import { fixtureFile } from './support/import-files';
import { addInterview, atInterviewEvening, expectSaved, fillProfile } from './support/planner';
import { openStep, stepSection } from './support/steps';

// How the emails greet a contact: from their card's name parts, by their country's custom, set once per contact.
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-GB' });

const contactCard = (page: Page) => stepSection(page, 'details').locator('fieldset').filter({ has: page.getByLabel('Interviewer name', { exact: true }) }).first();
const emails = (page: Page) => stepSection(page, 'emails');
const body = (page: Page) => emails(page).getByLabel('Email', { exact: true });

/** The first words of the email on the Emails step, back on the Details step after. */
async function expectGreeting(page: Page, greeting: RegExp) {
  await openStep(page, 'emails');
  await expect(body(page)).toHaveValue(greeting);
  await openStep(page, 'details');
}

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
});

/** Opens "Emails greet them: …" on the contact's card (the setting and the name's parts), unless it is open. */
async function openNameParts(page: Page) {
  const box = contactCard(page).locator('details').filter({ hasText: 'Emails greet them:' });
  if (!(await box.evaluate((element) => (element as HTMLDetailsElement).open))) await box.locator('summary').click();
}

test('a Singapore card "Tan Mei Ling" titled Ms is greeted "Dear Ms Tan,"; changed once on her card, every email to her follows, after a reload too', async ({ page }) => {
  await addInterview(page, { company: 'Kopi Labs', role: 'Data Analyst', name: 'Mei Ling', email: '', phone: '', timeZone: 'Asia/Singapore' });
  await fillProfile(page);
  await openStep(page, 'details');
  const card = contactCard(page);
  await card.getByLabel('Contact card (.vcf)').setInputFiles(await fixtureFile('cards', 'tan-mei-ling.vcf'));
  await expect(card.getByRole('status').first()).toContainText('Filled from the card: name');
  await expect(card.getByLabel('Interviewer name', { exact: true })).toHaveValue('Tan Mei Ling');

  await expect(card.getByText('Emails greet them: “Dear Ms Tan,”')).toBeVisible();
  await openNameParts(page);
  const greetAs = card.getByLabel('Emails greet them as');
  await expect(greetAs.locator('option:checked')).toHaveText('Dear Ms Tan, (usual)');
  await expect(card.getByText('“Dear Ms Tan,” is usual in Singapore.')).toBeVisible();
  // The card's parts, shown as the card gave them.
  await openNameParts(page);
  await expect(card.getByLabel('Given name', { exact: true })).toHaveValue('Mei Ling');
  await expect(card.getByLabel('Family name', { exact: true })).toHaveValue('Tan');
  await expect(card.getByLabel('Title', { exact: true })).toHaveValue('Ms');
  await expect(card.getByLabel(/family name first/)).toBeChecked();
  await expectGreeting(page, /^Dear Ms Tan,\n/);

  // She signs her emails "Mei Ling": the person says so once.
  await openNameParts(page);
  await expect(greetAs.locator('option')).toHaveText(['Dear Ms Tan, (usual)', 'Dear Mei Ling,', 'Dear Tan Mei Ling,', 'In my own words…']);
  await greetAs.selectOption({ label: 'Dear Mei Ling,' });
  await openStep(page, 'emails');
  await expect(body(page)).toHaveValue(/^Dear Mei Ling,\n/);
  await emails(page).getByRole('radio', { name: 'Check-in' }).check();
  await expect(body(page)).toHaveValue(/^Dear Mei Ling,\n/);
  await expectSaved(page);

  await page.reload();
  await expect(body(page)).toHaveValue(/^Dear Mei Ling,\n/);
  const mailto = await emails(page).getByRole('link', { name: 'Open in email app' }).getAttribute('href');
  expect(mailto).toContain('&body=Dear%20Mei%20Ling%2C');
  await openStep(page, 'details');
  await openNameParts(page);
  await expect(contactCard(page).getByLabel('Emails greet them as').locator('option:checked')).toHaveText('Dear Mei Ling,');

  // Her own words.
  await contactCard(page).getByLabel('Emails greet them as').selectOption({ label: 'In my own words…' });
  await contactCard(page).getByLabel('After “Dear”').fill('Mei Ling (Ms Tan)');
  await expectGreeting(page, /^Dear Mei Ling \(Ms Tan\),\n/);
});

test('a contact typed by hand is greeted by their given name in the UK and never "Dear Tan,"', async ({ page }) => {
  await addInterview(page, { name: 'Tom Hughes', email: 'tom.hughes@acme.example', timeZone: 'Europe/London' });
  await fillProfile(page);
  await expect(body(page)).toHaveValue(/^Dear Tom,\n/);

  // Retyped for someone else whose name starts with a family name: the full name, never the family name alone.
  await openStep(page, 'details');
  await contactCard(page).getByLabel('Interviewer name', { exact: true }).fill('Tan Mei Ling');
  await expectGreeting(page, /^Dear Tan Mei Ling,\n/);
  await contactCard(page).getByLabel('Interviewer name', { exact: true }).fill('Tan');
  await expectGreeting(page, /^Dear \[their name, as you greet them\],\n/);
});

test('@reliability hostile name parts are refused by the form, one message each, and never reach an email', async ({ page }) => {
  await addInterview(page, { name: 'Tan Mei Ling', email: 'meiling.tan@kopilabs.example', timeZone: 'Asia/Singapore' });
  await fillProfile(page);
  await openStep(page, 'details');
  const card = contactCard(page);
  await openNameParts(page);
  await card.getByLabel('Given name', { exact: true }).fill('Mei Ling');
  await card.getByLabel('Family name', { exact: true }).fill('Tan');
  await card.getByLabel('Title', { exact: true }).fill('Ms');
  await expectGreeting(page, /^Dear Ms Tan,\n/);

  const cases: [string, string, string, RegExp, string][] = [
    ['Title', '<img src=x onerror=alert(1)>', 'Take the markup out of the title: a name is plain text.', /^Dear Tan Mei Ling,\n/, 'Ms'],
    ['Title', 'Ms\u202E', 'The title holds hidden characters that change how text is shown (such as a right-to-left mark): retype it.', /^Dear Tan Mei Ling,\n/, 'Ms'],
    ['Family name', 'T'.repeat(10_000), 'Shorten the family name to 100 characters or fewer.', /^Dear Ms Tan Mei Ling,\n/, 'Tan'],
  ];
  for (const [label, text, message, greeting, before] of cases) {
    await openNameParts(page);
    await card.getByLabel(label, { exact: true }).fill(text);
    await expect(card.getByText(message)).toBeVisible();
    // The part is not used: her name as on the card instead.
    await expectGreeting(page, greeting);
    await openNameParts(page);
    await card.getByLabel(label, { exact: true }).fill(before);
    await expectGreeting(page, /^Dear Ms Tan,\n/);
  }
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});
