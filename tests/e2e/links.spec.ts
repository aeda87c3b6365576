import { expect, test } from '@playwright/test';

test('no internal link or in-page anchor anywhere on the built site is broken', async ({ page, request }) => {
  const seen = new Set<string>();
  const queue = ['/'];
  const broken: string[] = [];
  const fragments: { from: string; path: string; id: string }[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await page.goto(path);
    if (!response || response.status() !== 200) {
      broken.push(`${path} answered ${response?.status()}`);
      continue;
    }
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      if (url.hash) fragments.push({ from: path, path: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
    for (const asset of await page.locator('link[href], img[src]').evaluateAll((nodes) =>
      nodes.map((node) => (node as HTMLLinkElement).href || (node as HTMLImageElement).src),
    )) {
      if (new URL(asset).origin !== new URL(page.url()).origin) continue;
      const status = (await request.get(asset)).status();
      if (status !== 200 && !asset.endsWith('/')) broken.push(`${asset} (from ${path}) answered ${status}`);
    }
  }

  for (const { from, path, id } of fragments) {
    await page.goto(path);
    if ((await page.locator(`[id="${id}"]`).count()) === 0) broken.push(`${path}#${id} (linked from ${from}) has no such id`);
  }
  expect(seen.size).toBeGreaterThanOrEqual(8);
  expect(broken).toEqual([]);
});
