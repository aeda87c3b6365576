import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';

// `/data/` must not be framed by another site (issue 10). A <meta> policy cannot say so; the host
// must, from the `_headers` file the site ships (Netlify, Cloudflare Pages; the README's nginx
// snippet sends the same, checked by tests/built/headers.test.ts). `astro preview` does not read
// `_headers`, so here the test applies the built file's headers to `/data/`, as such a host would,
// and a page frames it. `frame-ancestors 'none'` refuses every parent, the site's own pages too,
// so the parent is one of them: a page from another address would be refused by Chromium's own
// rules on local addresses, which would hide whether the headers did it.

const built = fileURLToPath(new URL(`../../${process.env.NUDGE_OUT_DIR ?? 'dist'}/_headers`, import.meta.url));

/** The headers `_headers` gives every path (`/*`). */
async function shippedHeaders(): Promise<Record<string, string>> {
  const text = await readFile(built, 'utf8');
  const rules = text.split('/*\n')[1] ?? '';
  return Object.fromEntries(
    rules
      .split('\n')
      .filter((line) => /^\s+\S/.test(line))
      .map((line) => {
        const [name, ...value] = line.trim().split(':');
        return [name!, value.join(':').trim()];
      }),
  );
}

// A service worker would answer `/data/` itself, past the route that adds the headers.
test.use({ serviceWorkers: 'block' });

/** Opens a page of the site that frames `/data/`, and waits until the frame has finished, loaded or refused. */
async function frameDataPage(page: Page) {
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = '/data/';
        document.body.append(frame);
      }),
  );
  return page.frames().find((frame) => frame !== page.mainFrame())!;
}

test('@reliability no page can frame the data page: the shipped host headers say frame-ancestors \'none\', nosniff, no referrer and no device access', async ({ page, baseURL }) => {
  const headers = await shippedHeaders();
  expect(headers).toMatchObject({
    'Content-Security-Policy': "frame-ancestors 'none'",
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  });
  expect(headers['Permissions-Policy']).toMatch(/^camera=\(\), microphone=\(\), geolocation=\(\)/);

  await page.route(`${baseURL}/data/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
  });
  const frame = await frameDataPage(page);
  expect(frame.url()).toBe('chrome-error://chromewebdata/');
  await expect(page.frameLocator('iframe').getByRole('heading', { name: 'Your data' })).toHaveCount(0);
});

test('without the host headers the same frame would load: the test above can tell', async ({ page, baseURL }) => {
  const frame = await frameDataPage(page);
  expect(frame.url()).toBe(`${baseURL}/data/`);
  await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
});
