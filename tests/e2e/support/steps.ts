import { expect, type Page } from '@playwright/test';
import { stepAddress, type PlannerStep } from '../../../src/domain/shared/planner-address';

export type { PlannerStep } from '../../../src/domain/shared/planner-address';

/** What each step is called in the planner's list of steps (islands/parts/InterviewSteps.tsx). */
export const STEP_NAMES: Record<PlannerStep, string> = {
  details: 'Details',
  notes: 'Notes',
  emails: 'Emails',
  call: 'Call',
  schedule: 'Schedule',
  outcome: 'Outcome',
};

/** The open interview's list of steps. */
export const stepNav = (page: Page) => page.getByRole('navigation', { name: 'This interview' });

/** The step on screen: its section, whose id is the step's name (`#notes`, `#schedule`). */
export const stepSection = (page: Page, step: PlannerStep) => page.locator(`section#${step}`);

/**
 * Opens a step of the interview on screen as a person does, from the list of
 * steps at its top, and waits until it shows.
 *
 * @example await openStep(page, 'emails'); await stepSection(page, 'emails').getByLabel('Subject').fill('…');
 */
export async function openStep(page: Page, step: PlannerStep) {
  await stepNav(page).getByRole('link', { name: STEP_NAMES[step], exact: true }).click();
  await expect(stepNav(page).getByRole('link', { name: STEP_NAMES[step], exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(stepSection(page, step)).toBeVisible();
}

/** The id of the interview on screen, read from the address (`?interview=…`). */
export function openInterviewId(page: Page): string {
  const id = new URL(page.url()).searchParams.get('interview');
  if (!id) throw new Error(`No interview is open at ${page.url()}`);
  return id;
}

/**
 * Goes straight to a step's address, as a link from a calendar event or the
 * agenda does, and waits until the step shows.
 *
 * @example await gotoStep(page, openInterviewId(page), 'schedule', 'check-in-1')
 */
export async function gotoStep(page: Page, interviewId: string, step: PlannerStep, followUpId?: string) {
  await page.goto(stepAddress('/planner/', { interviewId, step, followUpId }));
  await expect(stepSection(page, step)).toBeVisible();
}

/** Back to the planner's top (what is next, your interviews) from a step. */
export async function openPlannerTop(page: Page) {
  await stepNav(page).getByRole('link', { name: '← All interviews' }).click();
  await expect(page.getByRole('heading', { name: 'Your interviews', level: 2 })).toBeVisible();
}

/** Opens an interview from the list on the planner's top, by its name ("Acme Logistics — Data Analyst"), or the first. */
export async function openInterview(page: Page, name?: string | RegExp) {
  const cards = page.getByRole('list', { name: 'Interviews' }).getByRole('link');
  // Tapped once the list is planned: until then its cards are rebuilt as schedules arrive, and a tap
  // on a busy machine can land on a card that is being replaced.
  await expect(page.getByText(/interviews?, what is due next first\.|interviews match\./)).toBeVisible();
  await (name === undefined ? cards.first() : cards.filter({ hasText: name })).click();
  await expect(stepSection(page, 'details')).toBeVisible();
}
