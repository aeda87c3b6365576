import { proseWords, type ValueText } from './prose-words';

/** Words a minute for careful reading of practical advice (slower than skimming news). */
export const WORDS_PER_MINUTE = 200;

/**
 * Estimates the minutes needed to read an MDX page from its source: its words
 * of prose as `proseWords` counts them (frontmatter, imports, tags and
 * Markdown punctuation are not words), at 200 a minute, at least one.
 *
 * @example readingMinutes('# Hi\n\nThree short words.') //=> 1
 */
export function readingMinutes(mdxSource: string, valueText?: ValueText): number {
  return Math.max(1, Math.round(proseWords(mdxSource, valueText) / WORDS_PER_MINUTE));
}
