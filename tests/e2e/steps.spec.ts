import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PLANNER_STEPS } from '../../src/domain/shared/planner-address';
import { fixtureFile } from './support/import-files';
import { addInterview, expectSaved, fillProfile } from './support/planner';
import { gotoStep, openInterview, openInterviewId, openPlannerTop, openStep, STEP_NAMES, stepNav, stepSection } from './support/steps';

// One interview in short steps, each at its own address, as a candidate in Kuala Lumpur uses it on
// her phone: Tom interviews her from London, Sarah the agency recruiter is in Kuala Lumpur.
test.use({ timezoneId: 'Asia/Kuala_Lumpur', locale: 'en-MY' });

// 15:00 in Kuala Lumpur on Tuesday 3 March 2026, the afternoon after a 10:00 interview.
const AFTERNOON = new Date('2026-03-03T07:00:00Z');
const PHONE = { width: 390, height: 844 };

/** How far below the top of the window `target` ends, in screens: 1 means it shows without scrolling. */
function screensDown(target: Locator): Promise<number> {
  return target.evaluate((element) => element.getBoundingClientRect().bottom / innerHeight);
}

/** The sticky "Saved in this browser" bar's bottom edge, in px from the window's top. */
function stickyBottom(page: Page): Promise<number> {
  return page.locator('.save-bar').evaluate((bar) => bar.getBoundingClientRect().bottom);
}

const journeys = [
  { width: 390, height: 844, scheme: 'light' },
  { width: 320, height: 640, scheme: 'light' },
  { width: 320, height: 640, scheme: 'dark' },
  { width: 1280, height: 900, scheme: 'light' },
  { width: 1280, height: 900, scheme: 'dark' },
] as const;

for (const { width, height, scheme } of journeys) {
  test(`a first-time user at ${width} px (${scheme}) goes from an invitation file to a correct calendar, never more than a screen of scrolling per step`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    await page.clock.setFixedTime(AFTERNOON);
    const shot = (name: string) => page.screenshot({ path: `test-results/screenshots/journey-${name}-${width}-${scheme}.png`, fullPage: true });

    // 1. The empty planner: the invitation field is on its first screens.
    await page.goto('/planner/');
    const field = page.getByLabel('Interview invitation (.ics)');
    await expect(field).toBeVisible();
    expect(await screensDown(field), 'the invitation field').toBeLessThanOrEqual(2);
    await shot('1-empty');

    // 2. What the invitation holds, before anything is saved: "Fill in the interview" is a screen away at most.
    await field.setInputFiles(await fixtureFile('invitations', 'teams-outlook.ics'));
    const preview = page.getByRole('region', { name: 'Read from the invitation' });
    await expect(preview).toContainText('Tue, 3 Mar 2026, 10:00 am Singapore time');
    const fill = preview.getByRole('button', { name: 'Fill in the interview' });
    await preview.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // The one-screen rule is for a 390 px phone and wider; a 320 px one needs a little more.
    if (width >= 390) expect(await screensDown(fill), '"Fill in the interview" from the preview’s top').toBeLessThanOrEqual(2);
    // She is not one of her interviewers, and the suggested company and role are right.
    await preview.getByRole('checkbox', { name: /^Priya Shah/ }).uncheck();
    await preview.getByRole('checkbox', { name: /Company: Acme Logistics Pte Ltd/ }).check();
    await preview.getByRole('checkbox', { name: /Role: Data Analyst/ }).check();
    await shot('2-preview');
    await fill.click();

    // 3. The interview's first step, at its own address, its list of steps just under the sticky bar.
    await expect(stepSection(page, 'details')).toBeVisible();
    await expect(page).toHaveURL(/\/planner\/\?interview=[\w-]+&step=details$/);
    await expect(page.getByRole('combobox', { name: 'Interviewer time zone' })).toHaveValue('Singapore, GMT+8');
    const schedule = stepNav(page).getByRole('link', { name: 'Schedule', exact: true });
    expect(await screensDown(schedule), 'the Schedule step').toBeLessThanOrEqual(1);
    // Read once the page has settled: the save bar's status changes (Saving… to Saved, which wraps at
    // 320 px) as the new interview is written, and a busy machine can measure in between.
    await expect
      .poll(async () => (await stepNav(page).evaluate((nav) => nav.getBoundingClientRect().top)) - (await stickyBottom(page)), { message: 'the list of steps clears the sticky bar' })
      .toBeGreaterThanOrEqual(0);
    await shot('3-details');
    await schedule.click();

    // 4. The schedule: the calendar download is on the step's first screen.
    const download = page.getByRole('button', { name: 'Download calendar (.ics)' });
    await expect(download).toBeEnabled();
    expect(await screensDown(download), 'Download calendar (.ics)').toBeLessThanOrEqual(1);
    await shot('4-schedule');
    const downloading = page.waitForEvent('download');
    await download.click();
    const ics = await readFile((await (await downloading).path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('Email Jane Tan and Tom Hughes (Acme Logistics Pte Ltd) — thank you');
    // 18:00 in Singapore that evening, which is 18:00 in Kuala Lumpur too.
    expect(events[0]!.getFirstPropertyValue('dtstart')!.toString()).toBe('2026-03-03T10:00:00Z');
    await expect(page.getByText(/^Downloaded nudge-acme-logistics-pte-ltd-follow-ups\.ics with \d follow-ups/)).toBeVisible();
  });
}

test('with one interview filled in on a 390 px phone, no step is taller than four screens', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.clock.setFixedTime(AFTERNOON);
  await addInterview(page);
  await fillProfile(page);
  await openStep(page, 'notes');
  const notes = stepSection(page, 'notes');
  await notes.getByLabel('What you learned about them').fill('They are opening a regional hub next spring; the team will double and most of the work is forecasting.');
  await notes.getByLabel('What went well').fill('My answer on the warehouse dashboard landed well.');
  await notes.getByRole('button', { name: 'Add a point' }).click();
  await notes.getByLabel('Point 1').fill('their plan to open a Singapore hub next year');
  await expectSaved(page);
  for (const step of PLANNER_STEPS) {
    await openStep(page, step);
    if (step === 'schedule') await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeEnabled();
    if (step === 'call') await expect(stepSection(page, step).getByText('When they answer')).toBeVisible();
    const tall = await page.evaluate(() => {
      const top = document.querySelector('.step-nav')!.getBoundingClientRect().top;
      return (document.querySelector('section.step')!.getBoundingClientRect().bottom - top) / innerHeight;
    });
    expect(tall, `${STEP_NAMES[step]} is ${tall.toFixed(1)} screens tall`).toBeLessThanOrEqual(4);
  }
});

test('"Download calendar (.ics)" is two taps from the planner’s top, and the back button retraces the steps', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.clock.setFixedTime(AFTERNOON);
  await addInterview(page);
  await expectSaved(page);
  await openPlannerTop(page);
  await expect(page).toHaveURL(/\/planner\/$/);

  await openInterview(page, /Acme Logistics/); // tap 1
  await stepNav(page).getByRole('link', { name: 'Schedule', exact: true }).click(); // tap 2
  const download = page.getByRole('button', { name: 'Download calendar (.ics)' });
  await expect(download).toBeInViewport();

  await openStep(page, 'notes');
  await page.goBack();
  await expect(stepSection(page, 'schedule')).toBeVisible();
  await page.goBack();
  await expect(stepSection(page, 'details')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your interviews', level: 2 })).toBeVisible();
  await page.goForward();
  await expect(stepSection(page, 'details')).toBeVisible();

  // The links at a step's end go on through the steps, one after another.
  for (const [next, name] of [['notes', 'Notes →'], ['emails', 'Emails →'], ['call', 'Call →'], ['schedule', 'Schedule →'], ['outcome', 'Outcome →']] as const) {
    await page.getByRole('navigation', { name: 'Steps before and after' }).getByRole('link', { name }).click();
    await expect(stepSection(page, next)).toBeVisible();
  }
  await page.getByRole('navigation', { name: 'Steps before and after' }).getByRole('link', { name: '← Schedule' }).click();
  await expect(stepSection(page, 'schedule')).toBeVisible();
});

test('a step’s address opens that step, a follow-up’s address shows it below the sticky bar, and the address holds nothing but an id', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.clock.setFixedTime(AFTERNOON);
  await addInterview(page);
  await expectSaved(page);
  const id = openInterviewId(page);
  for (const step of PLANNER_STEPS) {
    await gotoStep(page, id, step);
    await expect(stepNav(page).getByRole('link', { name: STEP_NAMES[step], exact: true })).toHaveAttribute('aria-current', 'page');
    const address = new URL(page.url());
    expect([...address.searchParams.keys()]).toEqual(['interview', 'step']);
    // Nothing the person typed: no company, role, name or date.
    expect(address.href).not.toMatch(/Acme|Analyst|Jane|2026/i);
  }

  await gotoStep(page, id, 'schedule', 'check-in-2');
  const item = page.locator('#follow-up-check-in-2');
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  expect(await item.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await stickyBottom(page));

  // Jumping to a step keeps its heading clear of the sticky bar too.
  await openStep(page, 'call');
  expect(await stepNav(page).evaluate((nav) => nav.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await stickyBottom(page));
  await expect(page.getByRole('heading', { name: 'Call script', level: 2 })).toBeFocused();
  await expect(page).toHaveTitle(/^Call: Acme Logistics — Data Analyst/);
});

test('a calendar event’s link opens its follow-up on the schedule step, where it is marked done, and holds nothing but ids', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.clock.setFixedTime(AFTERNOON);
  await addInterview(page);
  await expectSaved(page);
  const id = openInterviewId(page);
  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  const ics = await readFile((await (await downloading).path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
  const links = events.map((event) => String(event.getFirstPropertyValue('url')));
  expect(links).toHaveLength(events.length);
  for (const [index, link] of links.entries()) {
    const address = new URL(link);
    expect(address.pathname).toBe('/planner/');
    expect(Object.fromEntries(address.searchParams)).toEqual({ interview: id, step: 'schedule', 'follow-up': expect.stringMatching(/^(thank-you|check-in-\d|closing)$/) });
    expect(link).not.toMatch(/Acme|Analyst|Jane|2026/i);
    // The description's last line carries the same link, for calendar apps that do not show URL.
    expect(String(events[index]!.getFirstPropertyValue('description')).split('\n').at(-1)).toBe(`Mark it done, skip it or note what they said: ${link}`);
  }

  // The first check-in's reminder, tapped in a calendar app: that follow-up, on screen, ready to mark.
  const checkIn = links.find((link) => link.endsWith('follow-up=check-in-1'))!;
  await page.goto(checkIn);
  const item = page.locator('#follow-up-check-in-1');
  await expect(item).toBeFocused();
  await expect(item).toBeInViewport();
  await item.getByRole('button', { name: /^Mark done/ }).click();
  await expect(item.getByText('✓ Done', { exact: true })).toBeVisible();
  await expectSaved(page);
});

test('an address for an interview this browser does not have says so and shows the interviews it does have', async ({ page }) => {
  await page.clock.setFixedTime(AFTERNOON);
  await addInterview(page);
  await expectSaved(page);
  await gotoStep(page, openInterviewId(page), 'details');
  await page.goto('/planner/?interview=0f0f0f0f-dead-beef-0000-000000000000&step=schedule');
  await expect(page.getByText(/^That interview is not in this browser/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Interviews' }).getByRole('link', { name: /Acme Logistics/ })).toBeVisible();
});
