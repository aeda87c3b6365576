import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { addInterview, atInterviewEvening, expectSaved, fillProfile } from './support/planner';
import { openStep, stepSection } from './support/steps';

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atInterviewEvening(page);
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('"Copy email" and "Open in email app" name the placeholders still in the draft before anything is copied or opened', async ({ page }) => {
  // No profile and no notes: the draft holds [a specific point you discussed], [your mobile number]…
  await addInterview(page);
  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  const body = emails.getByLabel('Email', { exact: true });
  await expect(body).toHaveValue(/\[your mobile number\]/);
  await page.evaluate(() => navigator.clipboard.writeText('what was there before'));

  await emails.getByRole('button', { name: 'Copy email' }).click();
  const notice = emails.getByRole('alert');
  await expect(notice).toContainText('Still to fill in: your email has 4 placeholders: [a specific point you discussed]');
  await expect(notice).toContainText('[your mobile number]');
  await expect(notice).toContainText('[your name]');
  await expect(notice.locator('p[tabindex="-1"]')).toBeFocused();
  expect(await clipboard(page), 'nothing is copied before the person decides').toBe('what was there before');
  const axe = await new AxeBuilder({ page }).include('#emails').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((violation) => violation.id), 'the notice passes axe').toEqual([]);

  // "Keep editing" goes back to the draft with the first placeholder selected, so typing replaces it.
  await notice.getByRole('button', { name: 'Keep editing' }).click();
  await expect(notice).toBeHidden();
  await expect(body).toBeFocused();
  await page.keyboard.type('the North region delays');
  await expect(body).toHaveValue(/especially this: the North region delays\./);

  await emails.getByRole('button', { name: 'Copy email' }).click();
  await expect(notice).toContainText('your email has 3 placeholders');
  await expect(notice).not.toContainText('[a specific point you discussed]');
  await notice.getByRole('button', { name: 'Copy anyway' }).click();
  await expect(emails.getByText('Copied: subject and email are on your clipboard.')).toBeVisible();
  await expect(notice).toBeHidden();
  await expect(emails.getByRole('button', { name: 'Copy email' })).toBeFocused();
  expect(await clipboard(page)).toMatch(/^Subject: Thank you – Data Analyst interview\n\nDear Jane,[\s\S]*\[your mobile number\]/);

  // The link does not open the mail app while placeholders are left: it asks first, then offers the same link.
  await emails.getByRole('link', { name: 'Open in email app' }).click();
  await expect(page).toHaveURL(/\/planner\/\?interview=[\w-]+&step=emails$/);
  await expect(notice).toContainText('your email has 3 placeholders');
  const anyway = notice.getByRole('link', { name: 'Open anyway' });
  expect(await anyway.getAttribute('href')).toBe(await emails.getByRole('link', { name: 'Open in email app' }).getAttribute('href'));
  await page.keyboard.press('Escape');
  await expect(notice).toBeHidden();

  // With every placeholder filled in, both go straight ahead.
  await fillProfile(page);
  await body.fill((await body.inputValue()).replace(/\[[^\]]*\]/g, 'filled in'));
  await emails.getByRole('button', { name: 'Copy email' }).click();
  await expect(emails.getByText('Copied: subject and email are on your clipboard.')).toBeVisible();
  await expect(notice).toHaveCount(0);
});

test('follow-ups through an agency: a recruiter gets the drafts, the call script and the reminders, worded for a recruiter', async ({ page }) => {
  await addInterview(page);
  await fillProfile(page);
  await openStep(page, 'notes');
  await stepSection(page, 'notes').getByLabel('What went well').fill('The route-data project from my placement.');

  await openStep(page, 'details');
  await page.getByRole('button', { name: 'Add a recruiter or coordinator' }).click();
  const card = page.getByRole('group', { name: 'Contact 2: Recruiter / agency' });
  await expect(card.getByLabel('Contact role')).toHaveValue('recruiter');
  await card.getByLabel('Recruiter name', { exact: true }).fill('Sam Reid');
  await card.getByLabel('Recruiter email', { exact: true }).fill('sam@agency.example');
  await card.getByLabel('Recruiter phone', { exact: true }).fill('+44 20 7946 0111');
  await page.getByLabel('Follow-ups go to').selectOption({ label: 'Sam Reid (Recruiter / agency)' });
  const samId = await page.getByLabel('Follow-ups go to').inputValue();

  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  await expect(emails.getByLabel('Write to')).toHaveValue(samId);
  const body = emails.getByLabel('Email', { exact: true });
  await expect(body).toHaveValue(/^Dear Sam,\n\nThank you for putting me forward for the Data Analyst role at Acme Logistics\. I met Jane Tan/);
  await expect(body).toHaveValue(/Could you pass my thanks on to Jane Tan\?/);
  await expect(body).toHaveValue(/why I'd fit: the route-data project from my placement\./);
  await expect(emails.getByLabel('Subject', { exact: true })).toHaveValue('Thank you – Data Analyst interview at Acme Logistics');
  await expect(emails.getByText('Worded for a recruiter: it thanks them for putting you forward and asks them to pass your thanks on.')).toBeVisible();
  await expect(emails.getByRole('listitem').filter({ hasText: 'Asks them to pass your thanks on' })).toContainText('Done: Asks them to pass your thanks on');
  await expect(emails.getByRole('link', { name: 'Open in email app' })).toHaveAttribute('href', /^mailto:sam@agency\.example\?/);

  await emails.getByLabel('Check-in email').check();
  await expect(body).toHaveValue(/Have you heard anything from them since, or had any feedback\?/);
  await expect(body).not.toHaveValue(/interviewed with you/);

  await openStep(page, 'call');
  const call = stepSection(page, 'call');
  await expect(call.getByText('Hello, could I speak to Sam Reid, please?')).toBeVisible();
  await expect(call.getByText(/you put me forward for the Data Analyst role at Acme Logistics, and I interviewed with Jane Tan/).first()).toBeVisible();

  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events[1]!.getFirstPropertyValue('summary')).toBe('Call Sam Reid (Acme Logistics) — check-in 1');
  expect(String(events[1]!.getFirstPropertyValue('description'))).toContain('Sam Reid (Recruiter / agency)');

  await expectSaved(page);
  await page.reload();
  await openStep(page, 'emails');
  await expect(emails.getByLabel('Write to')).toHaveValue(samId);
  await openStep(page, 'details');
  await expect(page.getByRole('group', { name: 'Contact 2: Recruiter / agency' }).getByLabel('Recruiter name', { exact: true })).toHaveValue('Sam Reid');
  await expect(page.getByLabel('Follow-ups go to')).toHaveValue(samId);

  // Removing the recruiter sends the follow-ups back to the interviewers, and says so.
  await page.getByRole('button', { name: 'Remove Sam Reid' }).click();
  await expect(page.getByText('You removed Sam Reid, so the follow-ups go to the interviewers again.')).toBeVisible();
  await openStep(page, 'emails');
  await expect(emails.getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);
});

test('a coordinator who arranged a panel gets a thank-you asking them to pass it on to each person met', async ({ page }) => {
  await addInterview(page);
  await page.getByRole('button', { name: 'Add another interviewer' }).click();
  await page.getByLabel('Interviewer name', { exact: true }).nth(1).fill('Tom Hughes');
  await page.getByRole('button', { name: 'Add a recruiter or coordinator' }).click();
  const card = page.getByRole('group', { name: 'Contact 3: Recruiter / agency' });
  await card.getByLabel('Contact role').selectOption({ label: 'HR / coordinator' });
  await page.getByRole('group', { name: 'Contact 3: HR / coordinator' }).getByLabel('Coordinator name', { exact: true }).fill('Ana Silva');

  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  await emails.getByLabel('Write to').selectOption({ label: 'Ana Silva (HR / coordinator)' });
  const body = emails.getByLabel('Email', { exact: true });
  await expect(body).toHaveValue(/Thank you for arranging my interview on .* for the Data Analyst role at Acme Logistics\. I enjoyed meeting Jane Tan and Tom Hughes/);
  await expect(body).toHaveValue(/Could you pass my thanks on to Jane Tan and Tom Hughes\?/);
});
