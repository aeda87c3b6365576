/**
 * How alike two drafts are, so the composer can warn when two interviewers
 * from the same interview would get near-copies (they may well compare notes).
 *
 * The measure is the Jaccard index over word 3-gram "shingles": the share of
 * three-word runs the two texts have in common. Case, accents and punctuation
 * are ignored, and so are the interviewers' names, since a draft that differs
 * only in the greeting is still a copy.
 */
import { NO_SPACE_SCRIPT, splitWords } from './text';
import { fold } from '../shared/text';

/** Drafts at least this similar are flagged as near-copies. */
export const NEAR_COPY_THRESHOLD = 0.85;

/** A draft to compare. */
export interface DraftText {
  id: string;
  text: string;
  /** The interviewer's name; every draft's name is left out of every comparison. */
  name?: string;
}

/** The word 3-grams of `text`, with the words of `ignore` (names) removed first. */
function shingles(text: string, ignore: readonly string[]): Set<string> {
  let folded = fold(text);
  const names = ignore.map(fold).filter((name) => name !== '');
  // A name in a script without spaces may segment differently in context, so
  // it is cut out as a string; other names go word by word, which also drops
  // "Jane" from "Dear Jane," for Jane Tan without touching "Janet".
  for (const name of names) if (NO_SPACE_SCRIPT.test(name)) folded = folded.split(name).join(' ');
  const nameWords = new Set(names.flatMap((name) => splitWords(name)));
  const words = splitWords(folded).filter((word) => !nameWords.has(word));
  if (words.length < 3) return new Set(words.length > 0 ? [words.join(' ')] : []);
  const runs = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) runs.add(words.slice(i, i + 3).join(' '));
  return runs;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const run of a) if (b.has(run)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * How similar two texts are, from 0 (no three-word run in common) to 1 (the
 * same words in the same order). Two empty texts count as identical.
 *
 * @param ignore - names to leave out before comparing.
 * @example similarity('Dear Jane Tan, thank you for your time today.', 'Dear Omar Haddad, thank you for your time today.', ['Jane Tan', 'Omar Haddad']) //=> 1
 */
export function similarity(a: string, b: string, ignore: readonly string[] = []): number {
  return jaccard(shingles(a, ignore), shingles(b, ignore));
}

/**
 * The pairs of drafts that are near-copies of each other (similarity at or
 * above `threshold`), as `[idA, idB]` in input order. Drafts with no words are
 * left out: two empty drafts are not worth a warning.
 *
 * @example nearlyIdenticalPairs([{ id: 'a', text: 'Dear Jane, thanks so much for today.', name: 'Jane' }, { id: 'b', text: 'Dear Omar, thanks so much for today.', name: 'Omar' }]) //=> [['a', 'b']]
 */
export function nearlyIdenticalPairs(drafts: readonly DraftText[], threshold = NEAR_COPY_THRESHOLD): [string, string][] {
  const names = drafts.flatMap((draft) => (draft.name ? [draft.name] : []));
  const sets = drafts.map((draft) => shingles(draft.text, names));
  const pairs: [string, string][] = [];
  for (let i = 0; i < drafts.length; i++) {
    for (let j = i + 1; j < drafts.length; j++) {
      if (sets[i].size > 0 && sets[j].size > 0 && jaccard(sets[i], sets[j]) >= threshold) pairs.push([drafts[i].id, drafts[j].id]);
    }
  }
  return pairs;
}
