import { expect, type Page } from '@playwright/test';
import { openStep, stepNav } from './steps';

/** What a person typically knows the evening after an interview. */
export const JANE = {
  company: 'Acme Logistics',
  role: 'Data Analyst',
  date: '2026-03-03',
  time: '10:00',
  name: 'Jane Tan',
  email: 'jane.tan@acme.example',
  phone: '+44 20 7946 0000',
  timeZone: 'Europe/London',
  hearBackBy: '2026-03-13',
} as const;

export const PRIYA = { name: 'Priya Shah', email: 'priya@example.com', mobile: '+44 7700 900123' } as const;

/** Freezes the page's clock at the evening of the interview, so schedules are the same on every run. */
export async function atInterviewEvening(page: Page) {
  await page.clock.setFixedTime(new Date('2026-03-03T15:00:00Z'));
}

/** Adds an interview on /planner/ and fills in the details from the interviewer's card. */
export async function addInterview(page: Page, details: Partial<Record<keyof typeof JANE, string>> = {}) {
  const interview = { ...JANE, ...details };
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await page.getByLabel('Company', { exact: true }).fill(interview.company);
  await page.getByLabel('Role', { exact: true }).fill(interview.role);
  await page.getByLabel('Interview date', { exact: true }).fill(interview.date);
  await page.getByLabel('Interview time', { exact: true }).fill(interview.time);
  await page.getByLabel('Interviewer name', { exact: true }).fill(interview.name);
  await page.getByLabel('Interviewer email', { exact: true }).fill(interview.email);
  await page.getByLabel('Interviewer phone', { exact: true }).fill(interview.phone);
  await page.getByLabel('Interviewer time zone', { exact: true }).fill(interview.timeZone);
  await page.getByLabel('Reply expected by', { exact: true }).fill(interview.hearBackBy);
}

/**
 * Fills in "About you": on the Emails step of the open interview, where the
 * emails it signs are written, or on the planner's top when no interview is open.
 */
export async function fillProfile(page: Page) {
  if (await stepNav(page).isVisible()) await openStep(page, 'emails');
  await page.getByLabel('Your name', { exact: true }).fill(PRIYA.name);
  await page.getByLabel('Your email', { exact: true }).fill(PRIYA.email);
  await page.getByLabel('Your mobile', { exact: true }).fill(PRIYA.mobile);
}

/** Waits until the planner says everything is saved in this browser. */
export async function expectSaved(page: Page) {
  await expect(page.getByText('✓ Saved in this browser').first()).toBeVisible();
}
