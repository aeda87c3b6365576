import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { dropFile, dropLargeFile, fixtureFile, qrPhoto, type FilePayload } from './support/import-files';
import { khalEvents } from './support/khal';
import { expectSaved } from './support/planner';
import { openPlannerTop, openStep } from './support/steps';

// Starting an interview from what the person already has: the invitation and the interviewer's card.
// The browser is in London; the Teams invitation is on Singapore's clock.
test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

const JANE_CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Tan;Jane;;;',
  'FN:Jane Tan',
  'ORG:Acme Logistics Pte Ltd',
  'TITLE:Head of Operations Analytics',
  'TEL;TYPE=WORK,VOICE:+65 6123 4567',
  'EMAIL;TYPE=WORK:jane.tan@acme-logistics.com.sg',
  'URL:https://www.linkedin.com/in/janetan-example',
  'END:VCARD',
].join('\n');

const invitationZone = (page: Page) => page.locator('.drop-zone').filter({ hasText: 'Interview invitation (.ics)' });
const interviewer = (page: Page, index: number) => page.locator('#details fieldset').filter({ has: page.getByLabel('Interviewer name', { exact: true }) }).nth(index);
const panelAlert = (page: Page) => page.locator('.import-panel [role="alert"]');

test.beforeEach(async ({ page }) => {
  // The afternoon in Singapore after the interview, the morning in London.
  await page.clock.setFixedTime(new Date('2026-03-03T08:00:00Z'));
});

/** Opens the planner with a blank interview and "About you" filled in (so Nudge knows who "you" are). */
async function plannerWithProfile(page: Page) {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await openStep(page, 'emails');
  await page.getByLabel('Your name', { exact: true }).fill('Priya Shah');
  await page.getByLabel('Your email', { exact: true }).fill('priya@example.com');
  await openStep(page, 'details');
}

test('an Outlook/Teams invitation and a photo of the card fill an interview on the right clock in both zones, and the calendar validates in ical.js and khal', async ({ page }) => {
  await plannerWithProfile(page);
  await dropFile(page, invitationZone(page), await fixtureFile('invitations', 'teams-outlook.ics'));

  const preview = page.getByRole('region', { name: 'Read from the invitation' });
  await expect(preview).toContainText('Interview: Data Analyst – Acme Logistics Pte Ltd');
  // 10:00 in Singapore is 02:00 in London: both are shown.
  await expect(preview).toContainText('Tue, 3 Mar 2026, 10:00 Singapore time; Tue, 3 Mar 2026, 02:00 London time on your clock');
  await expect(preview).toContainText('Video call (Microsoft Teams)');
  await expect(preview.getByRole('checkbox', { name: 'Jane Tan jane.tan@acme-logistics.com.sg' })).toBeChecked();
  await expect(preview.getByRole('checkbox', { name: 'Tom Hughes tom.hughes@acme-logistics.com.sg' })).toBeChecked();
  await expect(preview).toContainText('Priya Shah (priya@example.com): you');
  await expect(preview).toContainText('SG-MBFC-12-Room Orchid (8) (sg-mbfc-12-orchid@acme-logistics.com.sg): a room');
  // Suggestions are offered, never ticked for the person.
  const company = preview.getByRole('checkbox', { name: /Company: Acme Logistics Pte Ltd/ });
  const role = preview.getByRole('checkbox', { name: /Role: Data Analyst/ });
  await expect(company).not.toBeChecked();
  await expect(role).not.toBeChecked();
  // Nothing is saved yet.
  await expect(page.getByLabel('Interview time', { exact: true })).toHaveValue('');

  await company.check();
  await role.check();
  await preview.getByRole('button', { name: 'Fill in the interview' }).click();
  await expect(page.locator('.import-panel [role="status"]')).toHaveText(
    'Filled from the invitation: the date and time, the time zone (Asia/Singapore), interviewers Jane Tan and Tom Hughes, the format (video call, Microsoft Teams) with its link, the company and the role. Check them below.',
  );
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme Logistics Pte Ltd');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Data Analyst');
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-03-03');
  await expect(page.getByLabel('Interview time', { exact: true })).toHaveValue('10:00');
  await expect(page.getByLabel('Interviewer time zone', { exact: true })).toHaveValue('Singapore, GMT+8');
  await expect(page.getByLabel('Format', { exact: true })).toHaveValue('video');
  await expect(page.getByLabel('Video call link', { exact: true })).toHaveValue(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveCount(2);
  await expect(page.getByLabel('Interviewer name', { exact: true }).first()).toHaveValue('Jane Tan');
  await expect(page.getByLabel('Interviewer email', { exact: true }).nth(1)).toHaveValue('tom.hughes@acme-logistics.com.sg');

  // The card's QR code, photographed and dropped on Jane's card.
  await dropFile(page, interviewer(page, 0).locator('.card-import'), qrPhoto([JANE_CARD]));
  await expect(interviewer(page, 0).locator('p.status[role="status"]')).toHaveText('Filled from the QR code (a vCard): job title, phone and link.');
  await expect(interviewer(page, 0).getByLabel('Job title')).toHaveValue('Head of Operations Analytics');
  await expect(interviewer(page, 0).getByLabel('Interviewer phone')).toHaveValue('+65 6123 4567');
  await expect(interviewer(page, 0).getByLabel('Link 1')).toHaveValue('https://www.linkedin.com/in/janetan-example');

  await expectSaved(page);
  await page.reload();
  await expect(page.getByLabel('Interviewer time zone', { exact: true })).toHaveValue('Singapore, GMT+8');
  await expect(interviewer(page, 0).getByLabel('Interviewer phone')).toHaveValue('+65 6123 4567');

  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const icsPath = (await (await downloading).path())!;
  const ics = await readFile(icsPath, 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(2);
  expect(events[0]!.getFirstPropertyValue('summary')).toBe('Email Jane Tan and Tom Hughes (Acme Logistics Pte Ltd) — thank you');
  // The thank-you goes that evening, 18:00 in Singapore: 10:00 UTC, not 18:00 in London.
  expect(events[0]!.getFirstPropertyValue('dtstart')!.toString()).toBe('2026-03-03T10:00:00Z');
  expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  // A calendar program in London agrees: the thank-you is at 10:00 there.
  const inLondon = await khalEvents(icsPath, 'Europe/London', '2026-03-01', 120);
  expect(inLondon[0]).toBe('2026-03-03 10:00 Email Jane Tan and Tom Hughes (Acme Logistics Pte Ltd) — thank you');
  expect(inLondon).toHaveLength(events.length);
});

test('an invitation with several events lets the person pick one, and Undo takes the filling back', async ({ page }) => {
  await page.goto('/planner/');
  await page.getByLabel('Interview invitation (.ics)').setInputFiles(await fixtureFile('invitations', 'assessment-day.ics'));
  const picker = page.getByRole('group', { name: 'This invitation holds 3 events: which is the interview?' });
  await picker.getByRole('button', { name: /Assessment day: interview with the hiring manager/ }).click();
  const preview = page.getByRole('region', { name: 'Read from the invitation' });
  await expect(preview).toContainText('Tue, 12 May 2026, 11:00 Berlin time; Tue, 12 May 2026, 10:00 London time on your clock');
  await expect(preview).toContainText('Umbrella GmbH, Friedrichstraße 68, 10117 Berlin');
  await preview.getByRole('button', { name: 'Fill in the interview' }).click();

  await expect(page.getByLabel('Interview time', { exact: true })).toHaveValue('11:00');
  await expect(page.getByLabel('Where it took place', { exact: true })).toHaveValue('Umbrella GmbH, Friedrichstraße 68, 10117 Berlin');
  // The panel, with its Undo, comes along to the list of interviews.
  await openPlannerTop(page);
  await expect(page.locator('.interview-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('.import-panel [role="status"]')).toHaveText('Undone: the interview made from the invitation was removed.');
  await expect(page.getByRole('button', { name: 'Add interview' })).toBeVisible();
  await expect(page.locator('.interview-card')).toHaveCount(0);
});

test('a contact card file in vCard 2.1 fills the interviewer, says what it replaced, and can be undone', async ({ page }) => {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await page.getByLabel('Interviewer name', { exact: true }).fill('Jurgen Muller');
  await page.getByLabel('Contact card (.vcf)').setInputFiles(await fixtureFile('cards', 'vcard-21.vcf'));
  const card = interviewer(page, 0);
  await expect(card.locator('p.status[role="status"]')).toHaveText(
    'Filled from the card: name, job title, email, phone, postal address, link and company. Replaced what was there: name (was “Jurgen Muller”). Also on it, with no field here: phone +49 171 2345678 and phone +49 30 1234 5679.',
  );
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Dr. Jürgen Müller');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Grün & Partner GmbH');
  await expect(card.getByLabel('Postal address')).toHaveValue('Friedrichstraße 68\nAufgang B\nBerlin 10117\nDeutschland');
  await card.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('Jurgen Muller');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('');
});

test('@reliability every bad invitation, card or photo is refused with its reason, announced, and nothing changes', async ({ page }) => {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await page.getByLabel('Company', { exact: true }).fill('Kept as typed');
  await expectSaved(page);

  const invitation = page.getByLabel('Interview invitation (.ics)');
  const invitationCases: [FilePayload, RegExp][] = [
    [await fixtureFile('invitations', 'not-an-invitation.ics'), /^This file is not a calendar invitation/],
    [await fixtureFile('invitations', 'empty.ics'), /^This file is empty \(0 bytes\)/],
    [await fixtureFile('invitations', 'no-start.ics'), /has no start time \(no DTSTART\)/],
    [await fixtureFile('cards', 'vcard-30.vcf'), /^This is a contact card \(\.vcf\), not an invitation/],
  ];
  for (const [file, reason] of invitationCases) {
    await invitation.setInputFiles(file);
    await expect(panelAlert(page)).toHaveText(reason);
    await expect(panelAlert(page)).toContainText('Nothing was changed');
  }
  await dropLargeFile(invitationZone(page), 'huge.ics', 10 * 1024 * 1024);
  await expect(panelAlert(page)).toHaveText(/^This file is 10 MB, far bigger than an invitation \(the limit is 1 MB\), so Nudge did not read it\. Nothing was changed\.$/);

  const card = interviewer(page, 0);
  const cardCases: [string, FilePayload, RegExp][] = [
    ['Contact card (.vcf)', await fixtureFile('cards', 'html-name.vcf'), /^This card holds HTML \(in the name\)/],
    ['Contact card (.vcf)', await fixtureFile('cards', 'control-characters.vcf'), /^This card holds control characters/],
    ['Contact card (.vcf)', await fixtureFile('invitations', 'teams-outlook.ics'), /^This file is not a contact card/],
    ['Contact card (.vcf)', { name: 'empty.vcf', mimeType: 'text/vcard', buffer: Buffer.alloc(0) }, /^This file is empty \(0 bytes\)/],
    ['Photo of their card\'s QR code', qrPhoto([]), /^Nudge found no QR code in this photo/],
    ['Photo of their card\'s QR code', qrPhoto(['MECARD:N:Tan,Jane;;', 'https://example.com/other']), /more than one QR code/],
    ['Photo of their card\'s QR code', { name: 'card.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('not really a photo') }, /^Nudge could not open this image/],
    ['Photo of their card\'s QR code', qrPhoto(['Call me maybe']), /holds text that is not a contact card or a web link/],
  ];
  for (const [label, file, reason] of cardCases) {
    await card.getByLabel(label).setInputFiles(file);
    await expect(card.getByRole('alert')).toHaveText(reason);
    await expect(card.getByRole('alert')).toContainText('Nothing was changed');
  }

  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Kept as typed');
  await expect(page.getByLabel('Interviewer name', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Interview time', { exact: true })).toHaveValue('');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await openPlannerTop(page);
  await expect(page.locator('.interview-card')).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the invitation preview, a card's messages and its links have no WCAG 2.2 AA violation axe can find, in the ${scheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await plannerWithProfile(page);
    await page.getByLabel('Contact card (.vcf)').setInputFiles(await fixtureFile('cards', 'vcard-30.vcf'));
    await expect(interviewer(page, 0).locator('p.status[role="status"]')).toHaveText(/^Filled from the card/);
    await page.getByLabel('Photo of their card\'s QR code').setInputFiles(qrPhoto([]));
    await expect(interviewer(page, 0).getByRole('alert')).toHaveText(/^Nudge found no QR code/);
    await page.getByLabel('Interview invitation (.ics)').setInputFiles(await fixtureFile('invitations', 'plain-utc.ics'));
    await expect(page.getByRole('region', { name: 'Read from the invitation' })).toContainText('in UTC without the interviewer');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
