import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData, type Report } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { htmlFiles, isBuilt, readBuilt } from './support/built-site';
import { ASTRO_ISLAND_STYLE, siteValidatorConfig } from '../e2e/support/html-validate-config';

// html-validate's recommended rules on every page `astro build` wrote, read from the files.
// The planner as Solid renders it in a browser is checked in tests/e2e/html-validate.spec.ts.
const config = JSON.parse(readFileSync(fileURLToPath(new URL('../../.htmlvalidate.json', import.meta.url)), 'utf8')) as ConfigData;
const validator = new HtmlValidate(siteValidatorConfig(config));

/** The report's messages, one line each, so a failure says where and what. */
function messages(report: Report): string[] {
  return report.results.flatMap((result) => result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
}

describe.runIf(isBuilt)('every built page', () => {
  test.each(htmlFiles())('%s is valid HTML', async (file) => {
    const html = readBuilt(file).replace(ASTRO_ISLAND_STYLE, '');
    expect(messages(await validator.validateString(html, file))).toEqual([]);
  });
});
