import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { attribute, elementsOf, htmlFiles, isBuilt, readBuilt } from './support/built-site';

// A guide page that embeds none of the planner's tools is prose, and ships no JavaScript but the
// service-worker registration: one small inline script. Read from the built files, so every such
// page is checked, the new ones included (tests/e2e/no-javascript.spec.ts watches a few of them
// load in a browser).
const guidePages = htmlFiles().filter((file) => file === 'index.html' || /^guide\/[^/]+\/index\.html$/.test(file));
const prose = guidePages.filter((file) => !readBuilt(file).includes('<astro-island'));

describe.runIf(isBuilt)('prose pages', () => {
  test('include the overview, the glossary and the pages after "you hear back"', () => {
    for (const slug of ['glossary', 'the-offer', 'after-a-no', 'next-round', 'references-and-checks', 'withdrawing', 'when-it-goes-quiet']) {
      expect(prose).toContain(`guide/${slug}/index.html`);
    }
    expect(prose).toContain('index.html');
  });

  test.each(prose)('%s ships only the service-worker registration, at most 1 KB', (file) => {
    const elements = elementsOf(readBuilt(file));
    const scripts = elements.filter((element) => element.tagName === 'script');
    expect(scripts).toHaveLength(1);
    const [registration] = scripts;
    expect(attribute(registration!, 'src')).toBeUndefined();
    const text = registration!.childNodes.map((node) => ('value' in node ? node.value : '')).join('');
    expect(text).toContain('serviceWorker');
    expect(gzipSync(text).length).toBeLessThanOrEqual(1024);
    const preloads = elements.filter((element) => element.tagName === 'link' && /preload/.test(attribute(element, 'rel') ?? ''));
    expect(preloads.map((element) => attribute(element, 'href'))).toEqual([]);
  });
});
