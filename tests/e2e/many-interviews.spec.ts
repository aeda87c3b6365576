import { openInterview, openPlannerTop, openStep } from './support/steps';
import { expect, test, type Page } from '@playwright/test';
import { buildDataSet, dataSetText } from '../fixtures/data-set';
import { serializeExport } from '../../src/domain/records/transfer/export-file';
import { importExportText } from './support/data-set';
import { atInterviewEvening, expectSaved } from './support/planner';

// A long search (issue 10): many interviews stay quick to open, to find and to act on.
// These tests assert what is on screen; the times are the benchmark's (`npm run bench`).

const NOW = new Date('2026-03-03T15:00:00Z');
/** For a stuck page, not a slow one: planning a thousand interviews under heavy load took over 30 s. */
const PLANNING_PATIENCE_MS = 300_000;

const list = (page: Page) => page.getByRole('list', { name: 'Interviews' });

test.beforeEach(async ({ page }) => {
  await atInterviewEvening(page);
});

test('@reliability with a thousand interviews the planner opens a page of the list at a time and answers typing and "Add interview"', async ({ page }) => {
  test.slow();
  await importExportText(page, dataSetText({ interviews: 1000, now: NOW }), 1000);
  await page.goto('/planner/');
  // Said once every interview is planned (its country's holidays loaded, its schedule built a slice at a
  // time). That is seconds on a phone but can be minutes on a test machine running three suites at once:
  // this waits for the state, however long it takes.
  await expect(page.getByText('1,000 interviews, what is due next first. Showing the first 20.')).toBeVisible({ timeout: PLANNING_PATIENCE_MS });
  // A page of cards, not a thousand.
  await expect(list(page).getByRole('listitem')).toHaveCount(20);
  await page.getByRole('button', { name: /^Show 20 more/ }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(40);

  await openInterview(page);
  await page.getByLabel('Role', { exact: true }).fill('Senior Data Analyst');
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Senior Data Analyst');
  await expectSaved(page);

  await openPlannerTop(page);
  await page.getByRole('button', { name: 'Add interview' }).click();
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('');
  await page.getByLabel('Company', { exact: true }).fill('Newco');
  await expectSaved(page);
  await openPlannerTop(page);
  await expect(page.getByText(/^1,001 interviews, what is due next first\./)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/^1,001 interviews/)).toBeVisible({ timeout: PLANNING_PATIENCE_MS });
});

test('@reliability search, filters and the "Next, on your clock" agenda find a follow-up among many and act on it in one click', async ({ page }) => {
  const data = buildDataSet({ interviews: 60, now: NOW });
  await importExportText(page, serializeExport(data), 60);
  await page.goto('/planner/');
  await expect(page.getByText('60 interviews, what is due next first. Showing the first 20.')).toBeVisible();

  // Search: company, role or interviewer, any case, any accents.
  const globex = data.interviews.filter((interview) => interview.company === 'Globex').length;
  await page.getByLabel('Search interviews', { exact: true }).fill('GLOBEX');
  await expect(page.getByText(`${globex} of 60 interviews match.`)).toBeVisible();
  for (const name of await list(page).locator('.name').allTextContents()) expect(name).toContain('Globex');
  const jose = data.interviews.filter((interview) => interview.interviewers.some((person) => person.name === 'José Álvarez')).length;
  await page.getByLabel('Search interviews', { exact: true }).fill('jose alvarez');
  await expect(page.getByText(`${jose} of 60 interviews match.`)).toBeVisible();
  await page.getByLabel('Search interviews', { exact: true }).fill('no such company');
  await expect(page.getByText('No interviews match “no such company”.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all interviews' }).click();
  await expect(page.getByLabel('Search interviews', { exact: true })).toHaveValue('');

  // Filters, each with its count.
  const withOutcome = data.interviews.filter((interview) => interview.outcome !== 'waiting').length;
  await page.getByLabel('Show', { exact: true }).selectOption('outcome');
  await expect(page.getByText(`${withOutcome} of 60 interviews match.`)).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption('waiting');
  await expect(page.getByText(`${60 - withOutcome} of 60 interviews match.`)).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption('all');

  // What is due next comes first: the newest interview, yesterday, has its thank-you due.
  const agenda = page.getByRole('region', { name: 'Next, on your clock' });
  await expect(page.getByRole('heading', { name: 'Next, on your clock', exact: true })).toBeVisible();
  const first = agenda.getByRole('listitem').first();
  await expect(first).toBeVisible();
  const label = (await first.locator('.user-text').textContent())!;
  await first.getByRole('button', { name: /^(Write the email|Open the call script|Open the follow-ups)/ }).click();
  // The step it asked for has the focus, so the keyboard and a screen reader are taken there too.
  await expect(page.locator('h2:focus')).toHaveText(/^(Emails|Call script|Follow-up schedule)$/);
  // The back button comes back to the agenda.
  await page.goBack();
  await expect(agenda.getByRole('listitem').first()).toBeVisible();

  const before = await agenda.getByRole('listitem').count();
  await agenda.getByRole('listitem').first().getByRole('button', { name: /^Mark done/ }).click();
  await expect(agenda.getByRole('status').filter({ hasText: /^Marked done: .* for / })).toContainText(label.slice(0, 20));
  await expect(agenda.getByRole('listitem')).not.toHaveCount(before === 0 ? 1 : before + 1);
});

test('@reliability a stored impossible date shows as a problem in the list, the field and the schedule, never as another day', async ({ page }) => {
  const data = buildDataSet({ interviews: 1, now: NOW });
  data.interviews[0] = { ...data.interviews[0]!, company: 'Impossible Ltd', date: '2026-02-30' };
  await importExportText(page, serializeExport(data), 1);
  await page.goto('/planner/');
  const card = list(page).getByRole('listitem').filter({ hasText: 'Impossible Ltd' });
  await expect(card).toContainText('Date to fix: 2026-02-30');
  await expect(card).toContainText('No follow-ups until the date is fixed');
  await expect(card).not.toContainText('March');
  await expect(page.getByRole('region', { name: 'Next, on your clock' })).toContainText('Nothing is due in the next seven days.');
  await openInterview(page, /Impossible Ltd/);
  await expect(page.getByText("That date (2026-02-30) doesn't exist: check the day and month.")).toBeVisible();
  await openStep(page, 'schedule');
  await expect(page.getByText(/The interview date is saved as “2026-02-30”, which is\s+not a real date/)).toBeVisible();
});
