import { describe, expect, test } from 'vitest';
import { attribute, elementsOf, fileOf, hasFile, htmlFiles, isBuilt, readBuilt, urlPathOf } from './support/built-site';

// Every internal link, asset and in-page anchor of the built site, read from the files `astro build`
// wrote (no browser, no server): a link that would 404 or an anchor with no target fails here.
const ORIGIN = 'http://nudge.invalid';

interface Page {
  file: string;
  ids: Set<string>;
  /** Every URL the page refers to: links, stylesheets, icons, images, scripts, the manifest. */
  references: string[];
}

function readPage(file: string): Page {
  const elements = elementsOf(readBuilt(file));
  const ids = new Set(elements.flatMap((element) => [attribute(element, 'id'), element.tagName === 'a' ? attribute(element, 'name') : undefined]).filter((id): id is string => !!id));
  const references = elements.flatMap((element) => {
    const url = attribute(element, 'href') ?? attribute(element, 'src');
    return url === undefined ? [] : [url];
  });
  return { file, ids, references };
}

const files = htmlFiles();
const pages = new Map(files.map((file) => [file, readPage(file)]));

/** Where a reference on `page` goes, when it stays on this site. */
function internalTarget(page: Page, reference: string): URL | undefined {
  const url = new URL(reference, ORIGIN + urlPathOf(page.file));
  return url.origin === ORIGIN ? url : undefined;
}

describe.runIf(isBuilt)('the built site', () => {
  test('has every guide page, the planner and the data page', () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', 'planner/index.html', 'data/index.html', 'guide/check-in/index.html']));
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  test('every page can be reached from the home page by following links', () => {
    const reached = new Set<string>();
    const queue = ['index.html'];
    while (queue.length > 0) {
      const file = queue.shift()!;
      if (reached.has(file) || !pages.has(file)) continue;
      reached.add(file);
      for (const reference of pages.get(file)!.references) {
        const target = internalTarget(pages.get(file)!, reference);
        const next = target && fileOf(target.pathname);
        if (next) queue.push(next);
      }
    }
    expect(files.filter((file) => !reached.has(file))).toEqual([]);
  });

  test('no internal link, stylesheet, icon or script points at a file the build does not have', () => {
    const broken = [...pages.values()].flatMap((page) =>
      page.references.flatMap((reference) => {
        const target = internalTarget(page, reference);
        if (!target) return [];
        const file = fileOf(target.pathname);
        return file && hasFile(file) ? [] : [`${reference} (on ${urlPathOf(page.file)})`];
      }),
    );
    expect(broken).toEqual([]);
  });

  test('every #fragment, on the same page or another, names an element that is there', () => {
    const broken = [...pages.values()].flatMap((page) =>
      page.references.flatMap((reference) => {
        const target = internalTarget(page, reference);
        if (!target?.hash) return [];
        const id = decodeURIComponent(target.hash.slice(1));
        const file = fileOf(target.pathname);
        return file && pages.get(file)?.ids.has(id) ? [] : [`${reference} (on ${urlPathOf(page.file)})`];
      }),
    );
    expect(broken).toEqual([]);
  });
});

test('there is a build to check (run `astro build` first)', () => {
  expect(isBuilt).toBe(true);
});
