import { readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { guideFiles } from '../support/guide-examples';

// The glossary (/guide/glossary/) explains the terms the guide keeps, for readers of English as a
// second language. Each page links a term to its definition where the page first uses it in its
// prose: not in a heading (a link there would be the heading), and not inside a worked example
// (an email has no links to the glossary).
const GUIDE = new URL('../../../content/guide/', import.meta.url);
const GLOSSARY = 'glossary.mdx';

const parse = (page: string) => unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(readFileSync(new URL(page, GUIDE), 'utf8')) as Root;

/** The glossary's terms: each `<dt id="…">Term</dt>`. */
function glossaryTerms(): { id: string; term: string }[] {
  const terms: { id: string; term: string }[] = [];
  const visit = (node: Nodes) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'dt') {
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      const term = node.children.map((child) => ('value' in child ? child.value : '')).join('');
      if (typeof id === 'string') terms.push({ id, term });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parse(GLOSSARY));
  return terms;
}

/** A page's prose in reading order, as runs of text, each with the link it sits in (if any). */
function proseRuns(page: string): { text: string; href?: string }[] {
  const runs: { text: string; href?: string }[] = [];
  const visit = (node: Nodes, href?: string) => {
    if (node.type === 'heading' || node.type === 'yaml' || node.type === 'mdxjsEsm') return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Example') return;
    if (node.type === 'text') runs.push({ text: node.value, href });
    // A paragraph break: no term runs across it.
    if (node.type === 'paragraph' || node.type === 'tableCell') runs.push({ text: '\n' });
    const link = node.type === 'link' ? node.url : href;
    if ('children' in node) for (const child of node.children) visit(child as Nodes, link);
  };
  visit(parse(page));
  return runs;
}

/** Where `term` first appears in `runs`, as the link it sits in; `null` when it does not appear. */
function firstUse(runs: { text: string; href?: string }[], term: string): { href?: string; context: string } | null {
  const text = runs.map((run) => run.text).join('');
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}-])${escaped}s?(?![\\p{L}-])`, 'giu');
  for (const match of text.matchAll(pattern)) {
    // A job title such as "Project Coordinator" is a name, not the term (which the glossary
    // writes as a common noun: "Coordinator", not "Employment Pass").
    const before = text.slice(0, match.index).match(/(\p{Lu}\p{L}*)\s$/u);
    if (/^\p{Lu}/u.test(match[0]) && before && /^\p{Lu}[\p{Ll} -]*$/u.test(term)) continue;
    let offset = 0;
    for (const run of runs) {
      if (match.index! < offset + run.text.length) return { href: run.href, context: text.slice(Math.max(0, match.index! - 40), match.index! + 40) };
      offset += run.text.length;
    }
  }
  return null;
}

const terms = glossaryTerms();

describe('the glossary', () => {
  it('defines the terms the guide keeps, each with an anchor', () => {
    expect(terms.length).toBeGreaterThan(15);
    expect(new Set(terms.map((entry) => entry.id)).size).toBe(terms.length);
  });
});

describe.each(guideFiles().filter((page) => page !== GLOSSARY))('%s', (page) => {
  it('links each glossary term to its definition where it first uses it', () => {
    const runs = proseRuns(page);
    const unlinked = terms.flatMap(({ id, term }) => {
      const use = firstUse(runs, term);
      return use && use.href !== `/guide/glossary/#${id}` ? [`${term} (first used ${use.href ? `as a link to ${use.href}` : 'unlinked'}: "…${use.context.replace(/\n/g, ' ')}…")`] : [];
    });
    expect(unlinked).toEqual([]);
  });
});
