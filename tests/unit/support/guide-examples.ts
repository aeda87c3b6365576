/**
 * The guide's worked examples, read from the MDX files themselves with the
 * MDX parser (remark-mdx), so a test of them tests exactly what readers see:
 * no copies to drift apart. A `<Fact>` inside one reads as what it prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { factValueText } from '~/components/facts/fact-value-text';

const GUIDE = new URL('../../../content/guide/', import.meta.url);

/** One `<Example>` in a guide page: its string attributes and its text as a reader sees it. */
export interface WorkedExample {
  /** The page's file name, e.g. `thank-you-email.mdx`. */
  page: string;
  /** The source line the example starts on, for messages. */
  line: number;
  attributes: Record<string, string>;
  /** Paragraphs separated by a blank line, `\` line breaks as new lines, formatting dropped. */
  text: string;
}

/** Every guide page's file name. */
export function guideFiles(): string[] {
  return readdirSync(GUIDE).filter((name) => name.endsWith('.mdx')).sort();
}

/** Every `<Example>` in one guide page, in order. */
export function readExamples(page: string): WorkedExample[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).parse(readFileSync(new URL(page, GUIDE), 'utf8')) as Root;
  const examples: WorkedExample[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Example') {
      examples.push({ page, line: node.position?.start.line ?? 0, attributes: stringAttributes(node), text: blocksText(node.children) });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return examples;
}

function stringAttributes(node: MdxJsxFlowElement): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') throw new Error(`Example at line ${node.position?.start.line}: spread attributes are not supported`);
    if (typeof attribute.value !== 'string') throw new Error(`Example at line ${node.position?.start.line}: ${attribute.name} must be a plain string`);
    attributes[attribute.name] = attribute.value;
  }
  return attributes;
}

function blocksText(nodes: readonly Nodes[]): string {
  return nodes.map(inlineText).filter((text) => text !== '').join('\n\n');
}

function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  // A date or number the page renders from the domain reads as the words it prints.
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fact') return factValueText('Fact', stringAttributes(node as unknown as MdxJsxFlowElement)) ?? '';
  if (node.type === 'break') return '\n';
  if (node.type === 'list') return node.children.map((item) => `- ${inlineText(item)}`).join('\n');
  if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'blockquote') {
    return node.children.map(inlineText).join(node.type === 'paragraph' ? '' : '\n\n');
  }
  if ('children' in node) return node.children.map(inlineText).join('');
  return '';
}
