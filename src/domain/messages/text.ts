/**
 * Small text helpers shared by the email, similarity and call-script modules
 * (the few that records need too, `fold`, `squish` and `charLength`, are in
 * `shared/text.ts`).
 * They work on text in any script: words are found with `Intl.Segmenter`
 * (so Chinese, which has no spaces, still splits into words) and lengths are
 * counted in graphemes (so an emoji or an accented letter counts once).
 */

import { fold, graphemeSegmenter, squish, type Segmenter } from '../shared/text';

// Built once. English rules, because the drafts are English; ICU still splits
// Chinese, Japanese and Thai with its dictionaries whatever the locale.
const wordSegmenter: Segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'word' }) : null;

/**
 * The words of `text`, in order and as written. Punctuation, spaces and emoji
 * are not words. Without `Intl.Segmenter` it falls back to splitting on
 * whitespace, which treats a run of Chinese characters as one word.
 *
 * @param segmenter - which segmenter to use; pass `null` to force the fallback.
 * @example splitWords('Thanks, Jane! 🙂 See you.') //=> ['Thanks', 'Jane', 'See', 'you']
 */
export function splitWords(text: string, segmenter: Segmenter = wordSegmenter): string[] {
  if (segmenter) {
    const words: string[] = [];
    for (const part of segmenter.segment(text)) if (part.isWordLike) words.push(part.segment);
    return words;
  }
  return text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((token) => token !== '');
}

/**
 * How many words `text` holds (see `splitWords`).
 *
 * @example countWords('Thank you for your time today.') //=> 6
 */
export function countWords(text: string, segmenter: Segmenter = wordSegmenter): number {
  return splitWords(text, segmenter).length;
}

/**
 * Shortens `text` to at most `max` graphemes, cutting at a space where one is
 * near and ending with "…". Text that already fits comes back unchanged.
 *
 * @example truncate('Thank you – Senior Platform Engineer', 24) //=> 'Thank you – Senior…'
 */
export function truncate(text: string, max: number, segmenter: Segmenter = graphemeSegmenter): string {
  const graphemes = segmenter ? [...segmenter.segment(text)].map((part) => part.segment) : [...text];
  if (graphemes.length <= max) return text;
  const room = Math.max(0, max - 1);
  const cut = graphemes.slice(0, room).join('');
  const space = cut.lastIndexOf(' ');
  // Back off to the last space unless the cut already ends a word, or backing
  // off would lose more than half: then a long word is cut mid-way.
  const endsWord = /\s/u.test(graphemes[room]);
  const kept = endsWord || space < cut.length / 2 ? cut : cut.slice(0, space);
  return `${kept.replace(/[\s,;:–-]+$/u, '')}…`;
}

/**
 * `value` tidied with `squish`, or a bracketed placeholder such as
 * `[your name]` when it is blank, for the person to fill in.
 *
 * @example orPlaceholder('', 'your name') //=> '[your name]'
 */
export function orPlaceholder(value: string, hint: string): string {
  return squish(value) || `[${hint}]`;
}

/**
 * Tidies a note so it can end a sentence: whitespace collapsed and trailing
 * `.`, `,`, `;` or `:` dropped (the caller adds its own full stop).
 *
 * @example clause(' the APAC launch plans. ') //=> 'the APAC launch plans'
 */
export function clause(note: string): string {
  return squish(note).replace(/[\s.,;:。]+$/u, '');
}

/**
 * Only the digits 0–9 of `text` (full-width digits count), for comparing phone
 * numbers however they are spaced.
 *
 * @example digitsOnly('+44 (0)7700-900 123') //=> '4407700900123'
 */
export function digitsOnly(text: string): string {
  return text.normalize('NFKC').replace(/[^0-9]/g, '');
}

/**
 * The Levenshtein distance between two strings, counted in code points: how
 * many single-letter insertions, deletions or substitutions turn one into the other.
 *
 * @example editDistance('Jane Tan', 'Jane Tann') //=> 1
 */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/**
 * Letters of scripts written without spaces between words (Chinese, Japanese,
 * Thai, …), where any letter may start or end a word.
 *
 * @example NO_SPACE_SCRIPT.test('陈美玲') //=> true
 */
export const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function isBoundary(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined || !WORD_CHAR.test(before) || !WORD_CHAR.test(after)) return true;
  return NO_SPACE_SCRIPT.test(before) || NO_SPACE_SCRIPT.test(after);
}

/** How `findSpellings` found a name in a text. */
export interface Spellings {
  /** The name appears exactly as given (whitespace aside), as whole words. */
  exact: boolean;
  /** Other spellings present: differing in case or accents, or by a typo or two. */
  near: string[];
  /** When the full name is absent: one of its words that appears exactly ("Tan" in "Dear Ms Tan"). */
  partial?: string;
}

/**
 * Looks for `name` in `text` as whole words, and for near spellings of it
 * that are not exact: a case or accent difference, or (for names of 5+
 * letters) one edit, two from 10 letters. Near spellings overlapping an exact
 * one are ignored, so "陈美玲您好" holds 陈美玲 exactly and nothing near.
 *
 * @example findSpellings('Dear Jane Tann,', 'Jane Tan') //=> { exact: false, near: ['Jane Tann'], partial: 'Jane' }
 */
export function findSpellings(text: string, name: string): Spellings {
  const chars = [...text.normalize('NFC')];
  const wanted = squish(name.normalize('NFC'));
  const folded = fold(wanted);
  const size = [...folded].length;
  const tolerance = size >= 10 ? 2 : size >= 5 ? 1 : 0;
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= chars.length; i++) {
    if (!isBoundary(chars[i - 1], chars[i])) continue;
    if (i < chars.length && WORD_CHAR.test(chars[i])) starts.push(i);
    if (i > 0 && WORD_CHAR.test(chars[i - 1])) ends.push(i);
  }
  const exact: [number, number][] = [];
  const near: [number, number, string][] = [];
  for (const start of starts) {
    for (const end of ends) {
      if (end <= start || end - start < size / 2) continue;
      if (end - start > size * 2 + 4) break;
      const candidate = squish(chars.slice(start, end).join(''));
      if (candidate === wanted) exact.push([start, end]);
      else if (fold(candidate) === folded || (tolerance > 0 && editDistance(fold(candidate), folded) <= tolerance)) near.push([start, end, candidate]);
    }
  }
  const overlapsExact = ([start, end]: [number, number, string]) => exact.some(([s, e]) => start < e && s < end);
  const spellings: Spellings = { exact: exact.length > 0, near: [...new Set(near.filter((n) => !overlapsExact(n)).map((n) => n[2]))] };
  if (!spellings.exact && wanted.includes(' ')) {
    const joined = chars.join('');
    const part = wanted.split(' ').find((word) => [...word].length >= 2 && findSpellings(joined, word).exact);
    if (part) spellings.partial = part;
  }
  return spellings;
}
