import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { addInterview, expectSaved } from './support/planner';
import { openPlannerTop, openStep, stepSection } from './support/steps';

// Issue 18: a candidate in Kuala Lumpur, Tom interviewing from London, Sarah the agency recruiter in
// Kuala Lumpur with a +60 3 number. The follow-ups go to Sarah, so they are timed on her clock and
// calendar; Tom's interview stays on his.
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-GB' });

/** Tom's interview at 10:00 London time on Monday 16 March 2026, its follow-ups going to Sarah; returns her card. */
async function followUpsToSarah(page: Page) {
  // The evening of that Monday in Kuala Lumpur: 20:00 here, 12:00 in London.
  await page.clock.setFixedTime(new Date('2026-03-16T12:00:00Z'));
  await addInterview(page, { company: 'Brightlane', date: '2026-03-16', time: '10:00', name: 'Tom Hughes', email: 'tom@brightlane.example', phone: '+44 20 7946 0000', timeZone: 'Europe/London', hearBackBy: '' });
  await page.getByRole('button', { name: 'Add a recruiter or coordinator' }).click();
  const card = page.getByRole('group', { name: 'Contact 2: Recruiter / agency' });
  await card.getByLabel('Recruiter name', { exact: true }).fill('Sarah Lim');
  await card.getByLabel('Recruiter phone', { exact: true }).fill('+60 3 2161 0000');
  await page.getByLabel('Follow-ups go to').selectOption({ label: 'Sarah Lim (Recruiter / agency)' });
  return card;
}

test('follow-ups to an agency recruiter in Kuala Lumpur are timed on her clock, and the calendar says whose clock', async ({ page }) => {
  const card = await followUpsToSarah(page);

  // Her card says what her clock is (folded under a summary) and where it came from, and offers to set it.
  await expect(card.getByText('Their clock: Kuala Lumpur time; their calendar: Malaysia', { exact: true })).toBeVisible();
  await card.getByText('Their clock: Kuala Lumpur time; their calendar: Malaysia', { exact: true }).click();
  await expect(card.getByText('Now Kuala Lumpur time, from their phone number.')).toBeVisible();
  await expect(card.getByLabel('Their own country')).toHaveValue('');
  await expect(card.getByLabel('Their own country').locator('option:checked')).toHaveText('Work it out (now Malaysia, from their phone number)');

  await openStep(page, 'schedule');
  const schedule = stepSection(page, 'schedule');
  await expect(schedule.getByText(/These follow-ups go to Sarah Lim, so they are timed on Sarah Lim’s clock: Kuala Lumpur time/)).toBeVisible();
  await expect(schedule.getByText(/The interview itself stays on the interviewer’s clock \(London\)/)).toBeVisible();
  const checkIn = schedule.getByRole('listitem').filter({ hasText: 'Check-in 1' });
  // A week on is Monday 23 March: the day after Hari Raya in Malaysia, whose date is an estimate.
  await expect(checkIn).toContainText('Tue, 24 Mar 2026, 10:00');
  await expect(checkIn).toContainText('many offices in Malaysia close for Hari Raya Aidilfitri');
  // Tom's interview is still 10:00 on his clock.
  await openStep(page, 'details');
  await expect(page.getByLabel('Interview time', { exact: true })).toHaveValue('10:00');
  await expect(page.getByLabel('Interviewer time zone', { exact: true })).toHaveValue(/^London/);

  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const call = events.find((event) => String(event.getFirstPropertyValue('summary')).includes('check-in 1'))!;
  const description = String(call.getFirstPropertyValue('description'));
  expect(description).toContain('Call at Tue, 24 Mar 2026, 10:00 Kuala Lumpur time on Sarah Lim’s clock');
  expect(description).toContain('the interview itself was Mon, 16 Mar 2026, 10:00 London time on the interviewer’s clock');

  // Setting her zone by hand says so, and survives a reload.
  await openStep(page, 'details');
  await card.getByText(/^Their clock: /).click();
  await card.getByRole('combobox', { name: 'Their own time zone' }).fill('Asia/Singapore');
  await expect(card.getByText('Now Singapore time, from what you chose.')).toBeVisible();
  await expectSaved(page);
  await page.reload();
  const reloaded = page.getByRole('group', { name: 'Contact 2: Recruiter / agency' });
  await expect(reloaded.getByText('Their clock: Singapore time; their calendar: Malaysia', { exact: true })).toBeVisible();
  await reloaded.getByText(/^Their clock: /).click();
  await expect(reloaded.getByText('Now Singapore time, from what you chose.')).toBeVisible();
});

test('the planner’s top speaks of Sarah’s follow-ups on her clock: no London time, and no "Send now" after her working day', async ({ page }) => {
  await followUpsToSarah(page);
  await expectSaved(page);
  await openPlannerTop(page);
  const agenda = page.getByRole('region', { name: 'Next, on your clock' });
  const thankYou = agenda.getByRole('listitem').filter({ hasText: 'Thank-you email' });
  // It is 12:00 in London, Tom's working hours, but 20:00 for Sarah, whose day is over.
  await expect(thankYou.locator('.agenda-line')).toHaveText(/write the thank-you to Sarah Lim\.$/);
  await expect(thankYou.locator('.agenda-line')).not.toContainText('London');
  await expect(thankYou.locator('.send-now')).toHaveCount(0);
});

test('a UK interviewer in mid-December with no date from them gets no follow-up between Christmas and New Year', async ({ page }) => {
  // Tuesday 8 December: check-in 1 a week on, check-in 2 two weeks after that, on Tuesday 29 December.
  await page.clock.setFixedTime(new Date('2026-12-08T12:00:00Z'));
  await addInterview(page, { date: '2026-12-08', time: '10:00', timeZone: 'Europe/London', hearBackBy: '' });
  await openStep(page, 'schedule');
  const schedule = stepSection(page, 'schedule');
  const items = schedule.getByRole('listitem');
  await expect(items.filter({ hasText: 'Check-in 2' })).toContainText('Mon, 4 Jan 2027');
  await expect(items.filter({ hasText: 'Check-in 2' })).toContainText('Moved from Tue 29 Dec: most offices in the UK are closed between Christmas and New Year, then the weekend.');
  for (const text of await items.allInnerTexts()) expect(text).not.toMatch(/\b(2[4-9]|3[01]) Dec 2026|\b1 Jan 2027/u);
});
