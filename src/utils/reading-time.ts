/** Words a minute for careful reading of practical advice (slower than skimming news). */
const WORDS_PER_MINUTE = 200;

/**
 * Estimates the minutes needed to read an MDX page, from its source text.
 * Import lines, tags and Markdown punctuation are not words, so they are left out.
 *
 * @example readingMinutes('# Hi\n\nThree short words.') //=> 1
 */
export function readingMinutes(mdxSource: string): number {
  const text = mdxSource
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#>*_`|[\]()-]/g, ' ');
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
