/**
 * Text helpers that more than one part of the rules needs: the records (search,
 * validation) as well as the messages. They live on the ground floor so that
 * `records/` never imports from `messages/`. Lengths are counted in graphemes,
 * so an emoji or an accented letter counts once.
 */

/** The part of `Intl.Segmenter` these helpers use; `null` means "not available". */
export type Segmenter = Pick<Intl.Segmenter, 'segment'> | null;

// Built once. English rules, because the drafts are English.
export const graphemeSegmenter: Segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/**
 * The length of `text` as a reader sees it: one per grapheme, so "é" written as
 * e + accent and a family emoji each count as one.
 *
 * @example charLength('Café 👩‍👩‍👧') //=> 6
 */
export function charLength(text: string, segmenter: Segmenter = graphemeSegmenter): number {
  return segmenter ? [...segmenter.segment(text)].length : [...text].length;
}

/**
 * Collapses every run of whitespace (line breaks included) to one space and trims.
 *
 * @example squish('  Product\n  Designer ') //=> 'Product Designer'
 */
export function squish(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * A loose form of `text` for spotting near matches: lower case, accents and
 * other combining marks removed, whitespace collapsed.
 *
 * @example fold('  José   ÁLVAREZ ') //=> 'jose alvarez'
 */
export function fold(text: string): string {
  return squish(text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
}
