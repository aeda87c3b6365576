import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { factValueText } from '~/components/facts/fact-value-text';
import { guideFiles } from '../support/guide-examples';
import { NOT_THE_PLANNERS, STATED_NUMBERS, statedNumbers } from '../support/stated-numbers';

// The guide states no date, time or rule number by hand: every one the planner also states
// (when a follow-up falls, how many days apart, how many check-ins, send times, email lengths,
// a worked example's dates) is printed by <Fact>, which reads the domain at build time. So a
// rule changed in src/domain/ changes every page, and a page cannot drift from the planner.
// This reads each page's prose (frontmatter title and description included, since they cannot
// hold a <Fact>) with each <Fact> taken out, and fails on anything that looks like such a number.
const GUIDE = new URL('../../../content/guide/', import.meta.url);

/** A page's prose as one text per paragraph-like block, each <Fact> replaced by a marker. */
function proseBlocks(page: string): string[] {
  const source = readFileSync(new URL(page, GUIDE), 'utf8');
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(source) as Root;
  const blocks: string[] = [];
  const text = (node: Nodes): string => {
    if (node.type === 'text' || node.type === 'inlineCode') return node.value;
    if (node.type === 'yaml' || node.type === 'mdxjsEsm' || node.type === 'code') return '';
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fact') return '⟦fact⟧';
    return 'children' in node ? node.children.map((child) => text(child as Nodes)).join('') : '';
  };
  const visit = (node: Nodes) => {
    if (node.type === 'yaml') {
      for (const line of node.value.split('\n')) if (/^(title|description):/.test(line)) blocks.push(line);
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(text(node));
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return blocks;
}

function factsOf(page: string): Record<string, string>[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(readFileSync(new URL(page, GUIDE), 'utf8')) as Root;
  const found: Record<string, string>[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'Fact') {
      found.push(Object.fromEntries(node.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : []))));
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return found;
}

describe.each(guideFiles())('%s', (page) => {
  it('states no date, time or rule number by hand: <Fact> prints each one from the domain', () => {
    const allowed = NOT_THE_PLANNERS.filter((entry) => `${entry.page}.mdx` === page).map((entry) => entry.text);
    const found = proseBlocks(page).flatMap((block) => statedNumbers(block, allowed).map((what) => `${what} in "${block}"`));
    expect(found).toEqual([]);
  });

  it('names only facts the domain has', () => {
    for (const attributes of factsOf(page)) expect(() => factValueText('Fact', attributes), JSON.stringify(attributes)).not.toThrow();
  });
});

describe('the check itself', () => {
  it('would catch a rule, a date and a time written by hand', () => {
    const samples = ['check in every two weeks', 'we met on 3 March', 'around Thursday the 12th', 'send it at 08:30', 'three check-ins', 'about 150 words', 'eight hours ahead'];
    for (const sample of samples) expect(STATED_NUMBERS.some(({ pattern }) => pattern.test(sample)), sample).toBe(true);
  });

  it('lets through what is not a number the planner states', () => {
    const samples = ['a day or two', 'in the first six months', 'about 12% of orders', 'call 07700 900123', 'a week later'];
    for (const sample of samples) expect(STATED_NUMBERS.some(({ pattern }) => pattern.test(sample)), sample).toBe(false);
  });
});
