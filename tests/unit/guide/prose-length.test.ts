import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factValueText } from '~/components/facts/fact-value-text';
import { proseWords } from '~/utils/prose-words';
import { readingMinutes } from '~/utils/reading-time';
import { guideFiles } from '../support/guide-examples';

// How long the guide is, counted the way a reader reads it (src/utils/prose-words.ts says exactly
// what counts): the words of its headings, paragraphs, lists, tables, callouts and worked examples,
// with each <Fact> counted as the words it prints; not the frontmatter, imports, code, link
// addresses, or the planner tools and schedule tables a page embeds. The layout's "N min read"
// comes from the same count.
const GUIDE = new URL('../../../content/guide/', import.meta.url);
const words = (page: string) => proseWords(readFileSync(new URL(page, GUIDE), 'utf8'), factValueText);

/** The nine pages the guide had before issue 21 made it a fifth shorter (8,744 words then). */
const FIRST_NINE = [
  'overview.mdx',
  'during-the-interview.mdx',
  'right-after.mdx',
  'thank-you-email.mdx',
  'agencies-and-panels.mdx',
  'other-channels.mdx',
  'check-in.mdx',
  'weeks-after.mdx',
  'hearing-back.mdx',
];
const FIRST_NINE_LIMIT = 7000;
/** No page should take much over five minutes to read. */
const PAGE_LIMIT = 1200;

describe('the guide stays short', () => {
  it(`keeps its first nine pages to ${FIRST_NINE_LIMIT} words together`, () => {
    const counts = Object.fromEntries(FIRST_NINE.map((page) => [page, words(page)]));
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    expect(total, JSON.stringify(counts, null, 1)).toBeLessThanOrEqual(FIRST_NINE_LIMIT);
  });

  it.each(guideFiles())(`keeps %s under ${PAGE_LIMIT} words`, (page) => {
    expect(words(page)).toBeLessThanOrEqual(PAGE_LIMIT);
  });
});

describe('proseWords', () => {
  it('counts headings, paragraphs, lists, callouts and examples with their titles, but not frontmatter, imports or link addresses', () => {
    const source = [
      '---',
      'title: Not counted here',
      'description: Nor this, it is frontmatter',
      '---',
      "import Callout from '~/components/Callout.astro';",
      '',
      '## Two words',
      '',
      'Read [the guide](/guide/during-the-interview/) now.',
      '',
      '- one',
      '- two',
      '',
      '<Callout title="Three word title">',
      '',
      'Inside.',
      '',
      '</Callout>',
    ].join('\n');
    expect(proseWords(source)).toBe(2 + 4 + 2 + 3 + 1);
  });

  it('counts a <Fact> as the words it prints', () => {
    expect(proseWords('They said <Fact of="priya.hearBack" />.', factValueText)).toBe(2 + 3);
  });

  it('leaves out the planner tools a page embeds', () => {
    expect(proseWords('Fill it in.\n\n<NotesChecklist client:visible />\n', factValueText)).toBe(3);
  });

  it('gives the reading time the layout shows: about two hundred words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('# Title\n\nThree short words.')).toBe(1);
  });
});
