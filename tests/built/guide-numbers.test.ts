import type { DefaultTreeAdapterMap } from 'parse5';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { factText, guideDate, type FactShow } from '../../src/components/facts/fact-text';
import { WORKED_EXAMPLES, type ExampleName } from '../../src/components/facts/worked-examples';
import { OFFICE_CLOSURES } from '../../src/domain/schedule/office-closures';
import { NOT_THE_PLANNERS, statedNumbers } from '../unit/support/stated-numbers';
import { attribute, elementsOf, htmlFiles, isBuilt, readBuilt, type Element } from './support/built-site';

// The guide as the reader gets it: every date, number of days, count of check-ins and time that
// a built guide page states, and that the planner states too, comes from the domain. Each is
// printed by a component that reads src/domain/ at build time and marks what it printed: <Fact>
// (`data-fact`), a worked schedule (`data-schedule`) and the office closures (`data-closures`,
// with their sources' titles, `data-closure-sources`).
// This reads the pages `astro build` wrote, chrome and components included (the timeline, the
// stage labels, the descriptions), and fails on
// - a number the planner states that is not so marked: typed by hand, it would stay when a rule
//   changes, and the guide would be wrong;
// - a marked number that is not what the domain says now: a rule changed and the page did not.
type Node = DefaultTreeAdapterMap['node'];

/** Elements whose text is a block of its own: no statement runs across them. */
const BLOCKS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'figcaption', 'blockquote', 'div', 'section', 'article', 'header', 'footer', 'nav', 'main', 'ol', 'ul', 'table', 'tr', 'br']);
/** Not text a reader reads as the guide's own: code, and the planner's tools (their numbers are the planner's). */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'astro-island', 'head']);

/** What marks an element printed from the domain (or, for the closures' sources, the titles of the pages it cites). */
const FROM_DOMAIN = ['data-fact', 'data-schedule', 'data-closures', 'data-closure-sources'];
const FACT = '⟦fact⟧';

/** The guide's pages as built: the overview (the home page) and every page under /guide/. */
const pages = htmlFiles().filter((file) => file === 'index.html' || /^guide\/[^/]+\/index\.html$/.test(file));
const slugOf = (file: string) => (file === 'index.html' ? 'overview' : file.split('/')[1]!);

/** The page's text, one line per block, each element that reads the domain replaced by a marker. */
function proseLines(html: string): string[] {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') {
      text += (node as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!('tagName' in node)) {
      for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
      return;
    }
    const element = node as Element;
    if (SKIPPED.has(element.tagName)) return;
    if (FROM_DOMAIN.some((name) => attribute(element, name) !== undefined)) {
      text += FACT;
      return;
    }
    const block = BLOCKS.has(element.tagName);
    if (block) text += '\n';
    for (const child of element.childNodes) walk(child);
    if (block) text += '\n';
  };
  walk(parse(html) as Node);
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

const textOf = (element: Element): string => {
  const collect = (node: Node): string =>
    node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(collect).join('') : '';
  return collect(element).replace(/\s+/g, ' ').trim();
};

describe.runIf(isBuilt)('the built guide states the planner’s numbers only from the domain', () => {
  test('has the overview and the guide pages to check', () => {
    expect(pages).toContain('index.html');
    expect(pages).toContain('guide/weeks-after/index.html');
    expect(pages.length).toBeGreaterThanOrEqual(16);
  });

  test.each(pages)('%s: no date, number of days, count or time is typed by hand', (file) => {
    const allowed = NOT_THE_PLANNERS.filter((entry) => entry.page === slugOf(file)).map((entry) => entry.text);
    const found = proseLines(readBuilt(file)).flatMap((line) => statedNumbers(line, allowed).map((what) => `${what} in "${line}"`));
    expect(found).toEqual([]);
  });

  test.each(pages)('%s: every number it prints from the domain is the domain’s value now', (file) => {
    const facts = elementsOf(readBuilt(file)).filter((element) => attribute(element, 'data-fact') !== undefined);
    for (const fact of facts) {
      const of = attribute(fact, 'data-fact')!;
      const show = attribute(fact, 'data-show') as FactShow | undefined;
      expect(textOf(fact), `${of}${show ? ` (${show})` : ''}`).toBe(factText(of, show));
    }
  });

  test('each worked schedule shows the dates and times the planner works out for that example', () => {
    const tables = pages.flatMap((file) => elementsOf(readBuilt(file)).filter((element) => attribute(element, 'data-schedule') !== undefined));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) {
      const name = attribute(table, 'data-schedule') as ExampleName;
      const { interview, schedule } = WORKED_EXAMPLES[name];
      const cells = (row: Element) => row.childNodes.filter((child): child is Element => 'tagName' in child && child.tagName === 'td').map(textOf);
      const bodyRows = elementsOfTree(table).filter((element) => element.tagName === 'tr').map(cells).filter((row) => row.length > 0);
      const expected = [
        { date: guideDate(interview.date, 'short'), time: interview.time },
        ...schedule.map((item) => ({ date: guideDate(item.dueWallTime.date, 'short'), time: item.dueWallTime.time })),
      ];
      expect(bodyRows.map((row) => row[0]), name).toEqual(expected.map((row) => row.date));
      bodyRows.forEach((row, index) => expect(row.join(' '), `${name}, row ${index + 1}`).toContain(expected[index]!.time));
    }
  });

  test('the office closures listed are exactly the ones the schedule keeps follow-ups out of', () => {
    const lists = pages.flatMap((file) => elementsOf(readBuilt(file)).filter((element) => attribute(element, 'data-closures') !== undefined));
    expect(lists.length).toBeGreaterThan(0);
    for (const list of lists) {
      const items = elementsOfTree(list).filter((element) => element.tagName === 'li').map(textOf);
      for (const closure of OFFICE_CLOSURES) {
        expect(items.some((item) => item.startsWith(`${closure.name}, ${closure.when}:`)), `${closure.id}: ${closure.name}, ${closure.when}`).toBe(true);
      }
      expect(items.length).toBe(new Set(OFFICE_CLOSURES.map((closure) => `${closure.name}|${closure.when}`)).size);
    }
  });
});

describe('the check itself', () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><main>${body}</main></body></html>`;
  const found = (body: string) => proseLines(page(body)).flatMap((line) => statedNumbers(line));

  test('finds a number typed by hand anywhere on the page, in a component’s text too', () => {
    expect(found('<p>Check in every fourteen days.</p>')).not.toEqual([]);
    expect(found('<ol class="timeline"><li><p class="when">Three check-ins later</p></li></ol>')).not.toEqual([]);
    expect(found('<p>They said <strong>Friday 13 March</strong>.</p>')).not.toEqual([]);
  });

  test('lets through what the domain printed, and the planner’s own tools', () => {
    expect(found('<p>Check in every <span data-fact="rule.stepDays">fourteen</span> days.</p>')).toEqual([]);
    expect(found('<table data-schedule="priya"><tr><td>Fri 13 March</td></tr></table>')).toEqual([]);
    expect(found('<astro-island><p>Due Fri 13 March at 10:30</p></astro-island>')).toEqual([]);
  });

  test('reads blocks apart, so no statement is made of two of them', () => {
    expect(proseLines(page('<p>two</p><p>weeks</p>'))).toEqual(['two', 'weeks']);
  });
});

/** Every element under `element`, itself included. */
function elementsOfTree(element: Element): Element[] {
  const found: Element[] = [element];
  for (const child of element.childNodes) if ('tagName' in child) found.push(...elementsOfTree(child as Element));
  return found;
}
