import { expect, test, type Page } from '@playwright/test';
import { addInterview, atInterviewEvening, expectSaved, fillProfile } from './support/planner';
import { openStep, stepSection } from './support/steps';

// Issue 20's "done means", as a person meets it: notes typed the way people type them, in Kuala Lumpur,
// for Tom (the interviewer, in London) and Sarah (the agency recruiter who put them forward), and the
// email that is copied or opened in the mail app read back as the reader would read it.
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-GB' });

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atInterviewEvening(page);
});

const emails = (page: Page) => stepSection(page, 'emails');
const body = (page: Page) => emails(page).getByLabel('Email', { exact: true });

/** The email as "Copy email" puts it on the clipboard, and as "Open in email app" hands it over. */
async function sentText(page: Page): Promise<{ copied: string; mailed: string }> {
  await emails(page).getByRole('button', { name: 'Copy email' }).click();
  await expect(emails(page).getByText('Copied: subject and email are on your clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const href = (await emails(page).getByRole('link', { name: 'Open in email app' }).getAttribute('href')) ?? '';
  const mailed = decodeURIComponent(new URL(href).searchParams.get('body') ?? '');
  return { copied, mailed };
}

// What an editor would mark in any of these emails.
function expectEditorsMarksAbsent(text: string) {
  // No capital letter after a colon mid-sentence ("this: Their plan…").
  expect(text).not.toMatch(/: (?:Their|They|The|We|Need|Move)\b/);
  // Note-taking shorthand is not pasted as typed.
  expect(text).not.toMatch(/\bQ2\b|\bw\/ |\bre: /);
}

test('notes typed as people type them become the person\'s sentences, to the recruiter and to the interviewer, and the email that leaves reads right', async ({ page }) => {
  await addInterview(page, { company: 'Brightlane', role: 'Product Analyst', name: 'Tom Hughes', email: 'tom.hughes@brightlane.example', phone: '+44 20 7946 0000', timeZone: 'Europe/London' });
  await fillProfile(page);

  await openStep(page, 'details');
  await page.getByRole('button', { name: 'Add a recruiter or coordinator' }).click();
  const sarah = page.getByRole('group', { name: 'Contact 2: Recruiter / agency' });
  await sarah.getByLabel('Recruiter name', { exact: true }).fill('Sarah Goh');
  await sarah.getByLabel('Recruiter email', { exact: true }).fill('sarah.goh@straits-talent.example');
  await page.getByLabel('Follow-ups go to').selectOption({ label: 'Sarah Goh (Recruiter / agency)' });

  await openStep(page, 'notes');
  const notes = stepSection(page, 'notes');
  await notes.getByLabel('What you learned about them').fill('they need someone to build the retention dashboard');
  await notes.getByLabel('What went well').fill('walked Tom through my churn model w/ the growth team');
  await notes.getByRole('button', { name: 'Add a point' }).click();
  await notes.getByLabel('Point 1').fill('Their plan to move event tracking from Mixpanel to Amplitude');
  await notes.getByRole('button', { name: 'Add a point' }).click();
  await notes.getByLabel('Point 2').fill('Q2 launch of the new onboarding flow');

  // To Sarah, who was not in the room: Tom told the candidate, and "their" is the company's, not hers.
  await openStep(page, 'emails');
  await expect(body(page)).toHaveValue(/^Dear Sarah,\n/);
  await expect(body(page)).toHaveValue(/this: their plan to move event tracking from Mixpanel to Amplitude\./);
  const toSarah = await sentText(page);
  for (const text of [toSarah.copied, toSarah.mailed]) {
    expect(text).toContain('Dear Sarah,');
    expect(text).not.toMatch(/you told me/i);
    expect(text).toMatch(/Tom Hughes told me/);
    expectEditorsMarksAbsent(text);
  }

  // To Tom, the reader is the company: "their plan" is "your plan".
  await emails(page).getByLabel('Write to').selectOption({ label: 'Tom Hughes' });
  await expect(body(page)).toHaveValue(/^Dear Tom,\n/);
  const toTom = await sentText(page);
  for (const text of [toTom.copied, toTom.mailed]) {
    expect(text).toContain('Dear Tom,');
    expect(text).not.toMatch(/\btheir (?:plan|team|need)/i);
    expect(text).toMatch(/your plan to move event tracking from Mixpanel to Amplitude/);
    expectEditorsMarksAbsent(text);
  }

  // The other point, typed in shorthand: "Q2" reads as words in the email.
  const point = emails(page).getByLabel('Point to mention');
  await point.selectOption((await point.locator('option', { hasText: 'Q2' }).getAttribute('value'))!);
  await expect(body(page)).toHaveValue(/this: the second-quarter launch of the new onboarding flow\./);
  expectEditorsMarksAbsent((await sentText(page)).mailed);
  await expectSaved(page);
});

test('a 192-word thank-you is not shown as done: over the length target is a warning', async ({ page }) => {
  await addInterview(page, { name: 'Tom Hughes', email: 'tom.hughes@brightlane.example', timeZone: 'Europe/London' });
  await fillProfile(page);
  await openStep(page, 'emails');
  const checklist = emails(page).getByRole('region', { name: 'Email checklist' });
  await expect(checklist.getByText(/^Checklist: \d+ of \d+ done$/)).toBeVisible();

  // 192 words: the greeting, one long paragraph, the sign-off.
  const sentence = 'Thank you again for walking me through how the team builds and reviews its retention dashboards each week'.split(' ');
  const paragraph = Array.from({ length: 192 - 2 - 4 }, (_, index) => sentence[index % sentence.length]).join(' ');
  const long = `Dear Tom,\n\n${paragraph}.\n\nBest wishes,\nPriya Shah`;
  await body(page).fill(long);
  expect((await body(page).inputValue()).split(/\s+/).filter(Boolean)).toHaveLength(192);

  const length = checklist.getByRole('listitem').filter({ hasText: /192 words/ });
  await expect(length).toContainText('Check:');
  await expect(length).not.toContainText('Done:');
  const tally = (await checklist.getByText(/^Checklist: \d+ of \d+ done$/).innerText()).match(/\d+/g)!.map(Number);
  expect(tally[0], 'not every item is done').toBeLessThan(tally[1]!);
});
