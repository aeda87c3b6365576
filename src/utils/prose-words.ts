/**
 * How many words of a guide page a reader reads, counted from its MDX source
 * with the MDX parser (remark-mdx, at build time and in tests only).
 *
 * Counted, because a reader reads them: the text of headings, paragraphs,
 * lists, tables and quotes; the bodies of callouts and worked examples; the
 * titles, "To:" and "Subject:" lines those components show; link text; and
 * each `<Fact>`, as the words it prints (through `valueText`).
 * Not counted, because a reader never reads them as prose: the frontmatter
 * (the title and description are the page's heading and lede, not its body),
 * import lines, code, link addresses, other attributes, the planner tools
 * embedded in a page (islands) and a worked schedule's table of dates.
 */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Attributes of a component that are shown on the page as text. */
const SHOWN_ATTRIBUTES = new Set(['title', 'subject', 'to']);

/** The text an inline component prints, e.g. a `<Fact>`'s date; `undefined` when it prints none. */
export type ValueText = (name: string, attributes: Record<string, string>) => string | undefined;

/**
 * The number of words in `text`: runs of non-space characters that hold a letter or a digit.
 *
 * @example wordCount('Dear Jane, – thank you') //=> 4
 */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The words of prose in an MDX page, as listed above.
 *
 * @example proseWords('---\ntitle: T\n---\nimport X from "x";\n\nThree short words.') //=> 3
 */
export function proseWords(mdxSource: string, valueText: ValueText = () => undefined): number {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(mdxSource) as Root;
  let words = 0;
  const visit = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += wordCount(node.value);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes: Record<string, string> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
      }
      const printed = valueText(node.name ?? '', attributes);
      if (printed !== undefined) words += wordCount(printed);
      for (const [name, value] of Object.entries(attributes)) if (SHOWN_ATTRIBUTES.has(name)) words += wordCount(value);
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return words;
}
