import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import { siteValidatorConfig } from './support/html-validate-config';
import { addInterview, atInterviewEvening, fillProfile } from './support/planner';
import { openStep, stepSection } from './support/steps';

// html-validate's recommended rules on the planner as Solid has rendered it with an interview open.
// Every page as `astro build` wrote it is checked from the files, in tests/built/html-validate.test.ts.
const config = JSON.parse(readFileSync(fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url)), 'utf8')) as ConfigData;
const validator = new HtmlValidate(siteValidatorConfig(config));

/** The report's messages, one line each, so a failure says where and what. */
function messages(report: Report): string[] {
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}

// The browser serialises every boolean attribute as `hidden=""`, whatever the markup said, so the
// style of empty attributes is not checked on a serialised DOM. The time-zone fields are ARIA
// comboboxes with a listbox of suggestions: no native element finds "London" from "UK" or "KL"
// (a <select> cannot be typed into, a <datalist> matches only its own text), so that one role is
// allowed; everything else is checked, on each step.
const renderedRules: ConfigData['rules'] = { 'attribute-empty-style': 'off', 'prefer-native-element': ['error', { exclude: ['listbox'] }] };

test('the planner, as rendered with an interview open, is valid HTML', async ({ page }) => {
  await atInterviewEvening(page);
  await addInterview(page);
  await fillProfile(page);
  await expect(stepSection(page, 'emails').getByLabel('Email', { exact: true })).toHaveValue(/^Dear Jane,/);
  expect(messages(await validator.validateString(await page.content(), 'planner-emails.html', { rules: renderedRules }))).toEqual([]);
  await openStep(page, 'details');
  expect(messages(await validator.validateString(await page.content(), 'planner-details.html', { rules: renderedRules }))).toEqual([]);
  await openStep(page, 'schedule');
  // Enabled once the schedule is planned (the interviewer's holidays loaded): until then Solid's
  // `disabled` serialises as `disabled=""`, which the style rule would report.
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toBeEnabled();
  expect(messages(await validator.validateString(await page.content(), 'planner-schedule.html', { rules: renderedRules }))).toEqual([]);
});
