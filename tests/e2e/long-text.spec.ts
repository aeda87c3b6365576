import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { openInterview, openStep } from './support/steps';
import { buildDataSet, longText } from '../fixtures/data-set';
import { EVENT_DESCRIPTION_CHARS, EVENT_TITLE_CHARS } from '../../src/domain/messages/long-text';
import { serializeExport } from '../../src/domain/records/transfer/export-file';
import { importExportText } from './support/data-set';
import { atInterviewEvening, expectSaved } from './support/planner';

// A pasted transcript as a "specific point" (issue 10): the page keeps answering, and what goes
// into an email, a call script or a calendar event is bounded and says it was shortened.

const NOW = new Date('2026-03-03T15:00:00Z');
const POINT_CHARS = 100 * 1024;

test('@reliability a 100 KB point keeps typing working, and the draft, the call script and the calendar use only its start, saying so', async ({ page }) => {
  await atInterviewEvening(page);
  const data = buildDataSet({ interviews: 1, now: NOW, longPointChars: POINT_CHARS });
  // No saved drafts: the email is drafted from the notes, long point and all.
  data.interviews[0] = { ...data.interviews[0]!, drafts: {} };
  await importExportText(page, serializeExport(data), 1);
  await page.goto('/planner/');
  await openInterview(page);

  // Typing anywhere still works, in the long point itself too, and is saved whole.
  await page.getByLabel('Role', { exact: true }).fill('Forecasting Analyst');
  await openStep(page, 'notes');
  const point = page.getByLabel('Point 1', { exact: true });
  await expect.poll(() => point.inputValue().then((value) => value.length)).toBe(POINT_CHARS);
  await point.press('End');
  await point.pressSequentially('!?');
  await expect.poll(() => point.inputValue().then((value) => value.slice(-3) + value.length)).toBe(`${longText(POINT_CHARS).at(-1)}!?${POINT_CHARS + 2}`);
  await expectSaved(page);

  // The email quotes the start of the point, and says so.
  await openStep(page, 'emails');
  const emails = page.getByRole('region', { name: 'Emails' });
  await expect(emails.getByRole('status').filter({ hasText: /^Your notes are long, so this draft uses only the start of .*Your notes themselves are kept whole\.$/ })).toBeVisible();
  const body = await emails.getByLabel('Email', { exact: true }).inputValue();
  expect(body.length).toBeLessThan(5_000);
  expect((await emails.getByLabel('Subject', { exact: true }).inputValue()).length).toBeLessThanOrEqual(EVENT_TITLE_CHARS);

  // The email cannot fit a point this long into a sentence: it quotes it as a bullet to reword, and says so.
  await expect(emails.getByRole('status').filter({ hasText: /^2 notes are quoted as you typed them, on bullets \(one is long, one is unclear about who “they” are\)\./ })).toBeVisible();

  // The call script, which is spoken, leaves out a point too long to say.
  await openStep(page, 'call');
  const call = page.getByRole('region', { name: 'Call script' });
  await expect(call.getByText("I'm calling because I'm still very interested in the role.", { exact: true })).toBeVisible();
  await expect(call.getByText(/APAC launch/)).toHaveCount(0);

  // The calendar: every event bounded, the file parses, and the message says what was shortened.
  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(String(event.getFirstPropertyValue('summary')).length).toBeLessThanOrEqual(EVENT_TITLE_CHARS);
    expect(String(event.getFirstPropertyValue('description')).length).toBeLessThanOrEqual(EVENT_DESCRIPTION_CHARS);
  }
  expect(ics.length).toBeLessThan(events.length * (EVENT_DESCRIPTION_CHARS * 2 + 2_000));
  await expect(page.getByRole('region', { name: 'Follow-up schedule' }).getByText(/Your notes are long, so each event uses only the start of /)).toBeVisible();

  // The note itself is kept whole.
  await page.reload();
  await openStep(page, 'notes');
  const saved = page.getByLabel('Point 1', { exact: true });
  await expect.poll(() => saved.inputValue().then((value) => value === `${longText(POINT_CHARS)}!?`)).toBe(true);
});
