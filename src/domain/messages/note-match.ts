/**
 * Whether a draft mentions something from the notes, as a reader would judge
 * it: the note quoted, or most of its telling words used, in any order and
 * any case ("your plans for a new Singapore design studio" mentions "the plan
 * to open a design studio in Singapore"). The checklist uses it for the
 * specific point and for the reasons you fit.
 */
import { splitWords } from './text';
import { fold } from '../shared/text';

// Crude plural folding so "growth plans" matches "growth plan".
const stem = (word: string) => (word.length > 3 && /[^s]s$/.test(word) ? word.slice(0, -1) : word);
const COMMON = new Set(
  'about after also been being could from have into just more most much that their them then there they this what when where which will with would your very really talk talked discuss discussed'.split(' '),
);
// Short Latin words are mostly grammar; words in other scripts always count.
const isDistinctive = (word: string) => !COMMON.has(word) && (word.length >= 4 || /[^\p{Script=Latin}\p{N}]/u.test(word));

/**
 * A body prepared once for many `mentionsNote` calls.
 *
 * @example prepareBody('Your Singapore studio plans').words.has('plan') //=> true
 */
export function prepareBody(body: string): { text: string; words: Set<string> } {
  const text = fold(body);
  return { text, words: new Set(splitWords(text).map(stem)) };
}

/**
 * True when `body` quotes `note` or shares most of its distinctive words: at
 * least half of them, and at least two (or all, when it has fewer).
 *
 * @example mentionsNote(prepareBody('Your plans for a new Singapore design studio sound exciting.'), 'the plan to open a design studio in Singapore') //=> true
 * @example mentionsNote(prepareBody('I am passionate about data.'), 'the route-data project from my placement') //=> false
 */
export function mentionsNote(body: { text: string; words: Set<string> }, note: string): boolean {
  const wanted = fold(note);
  if (wanted === '') return false;
  if (body.text.includes(wanted)) return true;
  const distinctive = [...new Set(splitWords(wanted).map(stem))].filter(isDistinctive);
  const shared = distinctive.filter((word) => body.words.has(word)).length;
  return distinctive.length > 0 && shared >= Math.min(distinctive.length, Math.max(2, Math.ceil(distinctive.length / 2)));
}

/**
 * The sentences or lines of a note, trimmed, list markers ("-", "•", "1.")
 * and blanks left out (Chinese and Japanese full stops end a sentence without
 * a space after them): a note such as "what went well" often holds several
 * separate things, and a draft that uses one of them uses the note.
 *
 * @example noteParts('- The route-data project.\n- Tom and I both use Python. ') //=> ['The route-data project.', 'Tom and I both use Python.']
 */
export function noteParts(note: string): string[] {
  return note
    .split(/\n+|(?<=[.!?])\s+(?=\S)|(?<=[。！？])/u)
    .map((part) => part.replace(/^\s*(?:[-•*–]|\d+[.)])\s*/u, '').trim())
    .filter((part) => part !== '');
}
