import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

// Pages that are only prose ship no JavaScript, but for the service-worker
// registration: one small inline script that waits for `load`.
const prosePages = ['/', '/guide/during-the-interview/', '/guide/hearing-back/'];

for (const path of prosePages) {
  test(`${path} loads no JavaScript file, only the service-worker registration of at most 1 KB`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(scripts).toEqual([]);

    const inline = await page.locator('script').evaluateAll((nodes) =>
      nodes.map((node) => ({ src: node.getAttribute('src'), type: node.getAttribute('type'), text: node.textContent ?? '' })),
    );
    expect(inline).toHaveLength(1);
    const [registration] = inline;
    expect(registration!.src).toBeNull();
    expect(registration!.text).toContain('serviceWorker');
    expect(registration!.text).toMatch(/addEventListener\(\s*["'`]load["'`]/);
    expect(registration!.text).not.toContain('document.write');
    expect(gzipSync(registration!.text).length).toBeLessThanOrEqual(1024);
  });
}
