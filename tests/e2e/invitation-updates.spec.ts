import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { dropFile, fixtureFile } from './support/import-files';
import { expectSaved } from './support/planner';
import { openInterview, openPlannerTop, openStep, stepSection } from './support/steps';

// Issue 18, item 3, walked once as a person does: Amira, in Kuala Lumpur, reads Brightlane's invitation
// before "About you" is filled; Tom reschedules it; a file from someone else tries to move it; Tom
// cancels it; she reads the cancellation again. (tests/fixtures/invitations/brightlane-*.ics)
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-GB' });

const invitationZone = (page: Page) => page.locator('.drop-zone').filter({ hasText: 'Interview invitation (.ics)' });
const status = (page: Page) => page.locator('.import-panel [role="status"]');
const alert = (page: Page) => page.locator('.import-panel [role="alert"]');
const drop = async (page: Page, name: string) => dropFile(page, invitationZone(page), await fixtureFile('invitations', name));

/** Downloads the calendar from the Schedule step, and comes back to Details, where the invitation is read. */
async function downloadCalendar(page: Page) {
  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  await openStep(page, 'details');
  return events;
}

test('an invitation read, rescheduled, "updated" by someone else, cancelled and read again: one interview, each change said and undoable', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T02:00:00Z'));
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();

  // Read before "About you": she is recognised by the greeting and unticked; the agency recruiter is proposed as one.
  await drop(page, 'brightlane-invite.ics');
  const preview = page.getByRole('region', { name: 'Read from the invitation' });
  await expect(preview.getByRole('checkbox', { name: /Amira Rahman/ })).not.toBeChecked();
  await expect(preview).toContainText('Unticked: the description greets “Amira”, so this is probably you.');
  await expect(preview.getByRole('checkbox', { name: /Sarah Lim .* Recruiter \/ agency/ })).toBeChecked();
  await expect(preview).not.toContainText('Company: Amira');
  await preview.getByRole('checkbox', { name: /Company: Brightlane/ }).check();
  await preview.getByRole('button', { name: 'Fill in the interview' }).click();
  await expect(page.getByRole('group', { name: 'Contact 3: Recruiter / agency' })).toBeVisible();
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-12-14');
  await expect(page.getByRole('button', { name: 'Done', exact: true })).toBeVisible();
  const before = await downloadCalendar(page);
  expect(before.filter((event) => event.getFirstPropertyValue('status') !== 'CANCELLED').length).toBeGreaterThan(0);

  // The same file again changes nothing, and says so.
  await drop(page, 'brightlane-invite.ics');
  await expect(status(page)).toHaveText('You already read this invitation: it is the interview at Brightlane, saved as it says. Nothing was changed.');
  await openPlannerTop(page);
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('link')).toHaveCount(1);
  await openInterview(page);

  // Rescheduled: it moves, with its follow-ups; Undo moves it back; read again, it moves again.
  await drop(page, 'brightlane-moved.ics');
  await expect(status(page)).toHaveText('Moved from Mon 14 Dec, 10:00 to Wed 16 Dec, 14:00 (their time, Europe/London). Its follow-ups moved with it.');
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-12-16');
  await page.locator('.import-panel').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-12-14');
  await drop(page, 'brightlane-moved.ics');
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-12-16');
  await expect(page.getByLabel('Interview time', { exact: true })).toHaveValue('14:00');

  // A file from another organiser is refused whole.
  await drop(page, 'brightlane-forged-update.ics');
  await expect(alert(page)).toContainText('comes from tom.hughes@brightlane-careers.example, not from tom.hughes@brightlane.example, who sent the invitation, so Nudge did not use it. Nothing was changed.');
  await expect(page.getByLabel('Interview date', { exact: true })).toHaveValue('2026-12-16');

  // Cancelled: marked so, follow-ups stop, and the next download clears their reminders.
  await drop(page, 'brightlane-cancelled.ics');
  await expect(status(page)).toContainText('They cancelled the interview at Brightlane');
  // Undo takes the cancellation back; read again, it cancels again.
  await page.locator('.import-panel').getByRole('button', { name: 'Undo' }).click();
  await openStep(page, 'schedule');
  await expect(stepSection(page, 'schedule').getByRole('listitem').filter({ hasText: 'Check-in 1' })).toBeVisible();
  await expect(stepSection(page, 'schedule')).not.toContainText('They cancelled this interview');
  await openStep(page, 'details');
  await drop(page, 'brightlane-cancelled.ics');
  await expect(status(page)).toContainText('They cancelled the interview at Brightlane');
  await openStep(page, 'schedule');
  await expect(stepSection(page, 'schedule')).toContainText('They cancelled this interview (their invitation was withdrawn), so the follow-ups have stopped.');
  const after = await downloadCalendar(page);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((event) => event.getFirstPropertyValue('status') === 'CANCELLED')).toBe(true);

  // Read again, the cancellation changes nothing, and it is still so after a reload.
  await drop(page, 'brightlane-cancelled.ics');
  await expect(status(page)).toHaveText('You already read this cancellation: the interview at Brightlane is marked cancelled. Nothing was changed.');
  await expectSaved(page);
  await openStep(page, 'schedule');
  await page.reload();
  await expect(stepSection(page, 'schedule')).toContainText('They cancelled this interview');
});
