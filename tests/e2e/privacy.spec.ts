import { openStep, stepSection } from './support/steps';
import { expect, test } from '@playwright/test';
import { guidePaths } from './support/guide';

test('@reliability a whole journey asks nothing of any other site, and the Content-Security-Policy is never broken', async ({ page, context }) => {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.addInitScript(() => {
    const seen: string[] = ((window as { __cspViolations?: string[] }).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const violations: string[] = [];
  const collect = async () => violations.push(...(await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? [])));

  const checkPolicy = async () => {
    const path = new URL(page.url()).pathname;
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy!.match(/script-src[^;]*/)![0], path).not.toContain('unsafe-inline');
    await expect(page.locator('meta[name="referrer"]'), path).toHaveAttribute('content', 'no-referrer');
  };

  for (const path of await guidePaths(page)) {
    await page.goto(path);
    const island = page.locator('section.tool').first();
    if (await island.count()) await island.scrollIntoViewIfNeeded();
    await checkPolicy();
    await collect();
  }

  await page.goto('/planner/');
  await checkPolicy();
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.getByLabel('Role', { exact: true }).fill('Data Analyst');
  await page.getByLabel('Interviewer name', { exact: true }).fill('Jane Tan');
  await openStep(page, 'emails');
  await stepSection(page, 'emails').getByLabel('Subject', { exact: true }).fill('Thank you – Data Analyst interview');
  await expect(page.getByText('✓ Saved in this browser').first()).toBeVisible();
  await openStep(page, 'schedule');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download calendar (.ics)' }).click();
  await downloading;
  await collect();
  await page.goto('/guide/thank-you-email/');
  await page.getByRole('region', { name: 'Email composer' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('region', { name: 'Email composer' }).getByLabel('Subject', { exact: true })).toHaveValue(/Thank you/);
  await collect();
  await page.goBack();
  await openStep(page, 'details');
  await expect(page.getByLabel('Company', { exact: true })).toHaveValue('Acme');
  await collect();
  await page.goto('/data/');
  await checkPolicy();
  await collect();

  const origin = new URL(page.url()).origin;
  const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
  expect(elsewhere).toEqual([]);
  expect(violations).toEqual([]);
});

test('@reliability once the planner has loaded, using it sends nothing over the network', async ({ page }) => {
  await page.goto('/planner/');
  await page.getByRole('button', { name: 'Add interview' }).click();
  await page.getByLabel('Company', { exact: true }).fill('Acme');
  await page.waitForLoadState('networkidle');

  const sent: string[] = [];
  page.on('request', (request) => {
    // Fetching the site's own code chunks is not sending data; anything else is.
    // Nor is the tab's icon, which the browser asks for again when a step changes the address.
    const path = new URL(request.url()).pathname;
    if (!/\/_astro\/[^/]+\.js$/.test(path) && path !== '/favicon.svg' && !request.url().startsWith('blob:')) sent.push(`${request.method()} ${request.url()}`);
  });
  await page.getByLabel('Role', { exact: true }).fill('Data Analyst');
  await page.getByLabel('Interviewer name', { exact: true }).fill('Jane Tan');
  await page.getByLabel('Interviewer email', { exact: true }).fill('jane@acme.example');
  await openStep(page, 'notes');
  await stepSection(page, 'notes').getByLabel('What went well').fill('The dashboard answer.');
  await expect(page.getByText('✓ Saved in this browser').first()).toBeVisible();
  expect(sent).toEqual([]);
});
