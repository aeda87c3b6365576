import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { createInterview } from '../../src/domain/records/defaults';
import { buildExport, serializeExport } from '../../src/domain/records/transfer/export-file';
import { importExportText } from './support/data-set';
import { addInterview, atInterviewEvening, expectSaved, fillProfile, JANE, PRIYA } from './support/planner';
import { openInterview, openPlannerTop, openStep, stepSection } from './support/steps';

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await atInterviewEvening(page);
});

test('the evening after an interview: details, checklist, notes, a thank-you email, a calendar, and all still there after a reload', async ({ page }) => {
  await addInterview(page);
  await fillProfile(page);

  await openStep(page, 'notes');
  const notes = stepSection(page, 'notes');
  await notes.getByLabel('Asked for their card (or a direct number and email)').check();
  await notes.getByLabel('Checked how their name is spelled').check();
  await notes.getByLabel('What went well').fill('My answer on the warehouse dashboard landed well.');
  await notes.getByRole('button', { name: 'Add a point' }).click();
  await notes.getByLabel('Point 1').fill('their plan to open a Singapore hub next year');

  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  await expect(emails.getByLabel('Subject', { exact: true })).toHaveValue('Thank you – Data Analyst interview');
  const body = emails.getByLabel('Email', { exact: true });
  await expect(body).toHaveValue(/^Dear Jane,/);
  await expect(body).toHaveValue(/Singapore hub/);
  await expect(body).toHaveValue(/\+44 7700 900123/);
  await expect(emails.getByText(/Checklist: 11 of 11 done/)).toBeVisible();

  await emails.getByRole('button', { name: 'Copy email' }).click();
  await expect(emails.getByText('Copied: subject and email are on your clipboard.')).toBeVisible();
  const clipboard = await page.evaluate(() => navigator.clipboard.readText());
  expect(clipboard).toMatch(/^Subject: Thank you – Data Analyst interview\n\nDear Jane,/);

  const mailto = await emails.getByRole('link', { name: 'Open in email app' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:jane\.tan@acme\.example\?subject=Thank%20you%20%E2%80%93%20Data%20Analyst%20interview&body=Dear%20Jane%2C/);

  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('nudge-acme-logistics-follow-ups.ics');
  const ics = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events.map((event) => event.getFirstPropertyValue('summary'))).toEqual([
    'Email Jane Tan (Acme Logistics) — thank you',
    'Call Jane Tan (Acme Logistics) — check-in 1',
    'Email Jane Tan (Acme Logistics) — check-in 2',
    'Call Jane Tan (Acme Logistics) — check-in 3',
    'Email Jane Tan (Acme Logistics) — closing note',
  ]);
  // The thank-you goes out that evening at 18:00 London time; the first check-in on the first working day
  // after the date they gave (Friday 13 March), mid-morning.
  expect(events[0]!.getFirstPropertyValue('dtstart')!.toString()).toBe('2026-03-03T18:00:00Z');
  expect(events[1]!.getFirstPropertyValue('dtstart')!.toString()).toBe('2026-03-16T10:00:00Z');
  expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  await expect(page.getByText(/Downloaded nudge-acme-logistics-follow-ups\.ics with 5 follow-ups/)).toBeVisible();

  await expectSaved(page);
  // A reload opens the same step; the rest is where it was left.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeVisible();
  await openStep(page, 'details');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue(JANE.company);
  await expect(page.getByLabel('Interviewer email', { exact: true })).toHaveValue(JANE.email);
  await expect(page.getByLabel('Interviewer time zone', { exact: true })).toHaveValue('London (United Kingdom), GMT');
  await expect(page.getByLabel('Reply expected by', { exact: true })).toHaveValue(JANE.hearBackBy);
  await openStep(page, 'emails');
  await expect(page.getByLabel('Your mobile', { exact: true })).toHaveValue(PRIYA.mobile);
  await openStep(page, 'notes');
  await expect(notes.getByLabel('Asked for their card (or a direct number and email)')).toBeChecked();
  await expect(notes.getByLabel('Asked when to expect news')).not.toBeChecked();
  await expect(notes.getByLabel('What went well')).toHaveValue('My answer on the warehouse dashboard landed well.');
  await expect(notes.getByLabel('Point 1')).toHaveValue('their plan to open a Singapore hub next year');
  await openStep(page, 'emails');
  await expect(emails.getByLabel('Email', { exact: true })).toHaveValue(/Singapore hub/);
});

test('an edited email is saved as written, and the list shows what is due', async ({ page }) => {
  await addInterview(page);
  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  await emails.getByLabel('Subject', { exact: true }).fill('Thanks for Tuesday');
  await expectSaved(page);
  await page.reload();
  await expect(emails.getByLabel('Subject', { exact: true })).toHaveValue('Thanks for Tuesday');
  await expect(emails.getByText(/Your edited draft/)).toBeVisible();
  await openPlannerTop(page);
  const card = page.getByRole('list', { name: 'Interviews' }).getByRole('link', { name: /Acme Logistics — Data Analyst/ });
  await expect(card).toContainText('Due today');
  await expect(card).toContainText('Next: thank-you email');
});

test('a second interviewer gets their own email, and near-copies are flagged', async ({ page }) => {
  await addInterview(page);
  await page.getByRole('button', { name: 'Add another interviewer' }).click();
  await page.getByLabel('Interviewer name', { exact: true }).nth(1).fill('Ben Lee');
  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  await emails.getByLabel('Write to').selectOption({ label: 'Ben Lee' });
  await expect(emails.getByLabel('Email', { exact: true })).toHaveValue(/^Dear Ben,/);
  await expect(emails.getByText(/nearly the same as the one to Jane Tan/)).toBeVisible();
});

test('follow-ups can be marked done, skipped and moved, and an outcome stops them', async ({ page }) => {
  await addInterview(page);
  await openStep(page, 'schedule');
  const schedule = stepSection(page, 'schedule');
  await schedule.getByRole('button', { name: 'Mark done (Thank-you email)' }).click();
  await expect(schedule.getByRole('button', { name: 'Undo (Thank-you email)' })).toBeVisible();
  await schedule.getByRole('button', { name: 'Skip (Check-in 2: an email)' }).click();
  await expect(schedule.getByRole('button', { name: 'Undo (Check-in 2: an email)' })).toBeVisible();

  await schedule.getByRole('button', { name: 'Move (Check-in 1: a short call)' }).click();
  await schedule.getByLabel('New date and time', { exact: true }).fill('2026-03-17T11:30');
  await schedule.getByRole('button', { name: 'Save new time' }).click();
  const firstCheckIn = schedule.locator('li', { hasText: 'Check-in 1: a short call' });
  await expect(firstCheckIn).toContainText(/17/);
  await expect(firstCheckIn).toContainText(/11:30/);

  await openStep(page, 'outcome');
  await page.getByLabel('Outcome').selectOption({ label: 'Offer' });
  await openStep(page, 'schedule');
  await expect(schedule.getByText(/You have recorded an outcome, so the follow-ups have stopped/)).toBeVisible();
  await expect(schedule.getByRole('button', { name: /^Mark done/ })).toHaveCount(0);
  // Nothing was ever downloaded, so there is no reminder to clear (london-singapore.spec.ts downloads first).
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();
});

test('@reliability bad input is explained next to its field and kept exactly as typed, even after a reload', async ({ page }) => {
  await addInterview(page);
  const hostile = '<img src=x onerror="window.__hacked=1">Acme';
  await page.getByLabel('Company', { exact: true }).fill(hostile);
  await page.getByLabel('Interviewer email', { exact: true }).fill('jane@acme');
  await page.getByLabel('Reply expected by', { exact: true }).fill('2026-02-20');
  const longNote = '長'.repeat(10_000);
  await page.getByLabel('Interviewer name', { exact: true }).fill('ليلى حداد 🌟');

  await expect(page.getByText('That email address looks incomplete', { exact: false })).toBeVisible();
  await expect(page.getByText('The hear-back date is before the interview: check the date they gave you.')).toBeVisible();
  await expect(page.getByLabel('Interviewer email', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await openStep(page, 'notes');
  await stepSection(page, 'notes').getByLabel('What you would elaborate on').fill(longNote);

  await expectSaved(page);
  await page.reload();
  await expect(stepSection(page, 'notes').getByLabel('What you would elaborate on')).toHaveValue(longNote);
  await openStep(page, 'details');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue(hostile);
  await expect(page.getByLabel('Interviewer email', { exact: true })).toHaveValue('jane@acme');
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('ليلى حداد 🌟');
  await expect(page.getByRole('heading', { name: `Interview at ${hostile}` })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as { __hacked?: number }).__hacked)).toBeUndefined();
});

test('the calendar cannot be exported without a valid time zone, and says why', async ({ page }) => {
  // The zone field saves only zones; a zone no browser knows comes from elsewhere, an old import say.
  const interview = { ...createInterview({ id: 'mars', interviewerId: 'mars-1', now: new Date('2026-03-03T15:00:00Z'), timeZone: 'Mars/Olympus_Mons', today: '2026-03-03' }), company: 'Acme Logistics' };
  await importExportText(page, serializeExport(buildExport({ profile: null, interviews: [interview], now: new Date('2026-03-03T15:00:00Z') })), 1);
  await page.goto('/planner/');
  await openInterview(page, /Acme Logistics/);
  await expect(page.getByText("That time zone isn't one Nudge knows", { exact: false })).toBeVisible();
  await openStep(page, 'schedule');
  // Nothing was ever downloaded, so there is no reminder to clear (london-singapore.spec.ts downloads first).
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeDisabled();
  await expect(page.getByText("Before exporting, fix the interviewer's time zone.")).toBeVisible();
});

test('@reliability text with line breaks, separators and URL syntax cannot break the calendar file or the email link', async ({ page }) => {
  const company = 'Acme; Ltd, & Co?%0A\\ "Quoted"';
  const name = 'Jane\u202E naT 🌟 陈美玲';
  await addInterview(page, { company, name });
  await page.getByLabel('Interviewer email', { exact: true }).fill('jane@acme.example?cc=boss@evil.example');
  await openStep(page, 'emails');
  const emails = stepSection(page, 'emails');
  await emails.getByLabel('Subject', { exact: true }).fill('Thanks\r\nBcc: boss@evil.example');
  await emails.getByLabel('Email', { exact: true }).fill('Line one\n&cc=evil@example.com\n%0ABcc: x@example.com\njavascript:alert(1)');

  const href = (await emails.getByRole('link', { name: 'Open in email app' }).getAttribute('href'))!;
  const link = new URL(href);
  expect(link.protocol).toBe('mailto:');
  expect(link.pathname).toBe('');
  expect([...link.searchParams.keys()]).toEqual(['subject', 'body']);
  expect(link.searchParams.get('body')).toBe('Line one\r\n&cc=evil@example.com\r\n%0ABcc: x@example.com\r\njavascript:alert(1)');
  expect(link.searchParams.get('subject')).not.toMatch(/[\r\n]/);

  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events).toHaveLength(5);
  expect(events[0]!.getFirstPropertyValue('summary')).toBe(`Email ${name} (${company}) — thank you`);
  expect(String(events[0]!.getFirstPropertyValue('description'))).toContain('Email: jane@acme.example?cc=boss@evil.example');
});
