/**
 * A note fitted to the sentence a draft puts it in, so the email reads as the
 * person's own words rather than pasted notes: tidied (emoji, trailing dots,
 * list markers), shorthand written out ("w/" → "with", "Q2 launch" → "the
 * second-quarter launch"), a subject added where the note has none, said to
 * the reader ("their plan" → "your plan" to the employer's side; see
 * `note-voice.ts`), a list joined with "and", and its first word in the case
 * its place needs (lower case after a colon: "this: their plan…"; a name or
 * an acronym keeps its capital).
 *
 * A note that cannot be fitted safely (a question, one in capitals, a
 * heading with a list, a "they" that could mean someone else, a long one) is
 * not forced into a sentence: the draft quotes it as a bullet and marks it
 * for the person to reword (`note-reword.ts`).
 */
import { BEFORE_NOUN, isOrdinaryWord, isSubjectPronoun, VERBS } from './english-words';
import { withSubject } from './note-subject';
import { voiceForReader, type NoteReader } from './note-voice';
import { expandShorthand, needsArticle } from './shorthand';
import { squish } from '../shared/text';

/** A note ready for its sentence, or the note as typed with why it was not fitted. */
export type FittedNote =
  | {
      ok: true;
      /** The note as a phrase for the sentence; `''` when the note is empty. */
      text: string;
      /** Whether it is a clause with its own subject and verb ("you need…"), or a phrase ("your plan to…"). */
      clause: boolean;
    }
  | {
      ok: false;
      /** The note tidied only (spaces, emoji), for the person to reword. */
      text: string;
      /** Why (`REFUSALS` says it in words). */
      reason: Refusal;
    };

/** Why a note was not fitted, with how the composer says it of one note and of several. */
export const REFUSALS = {
  question: ['a question', 'questions'],
  capitals: ['written in capitals', 'written in capitals'],
  spoken: ['written as spoken', 'written as spoken'],
  heading: ['a heading with a list', 'headings with lists'],
  'unclear-they': ['unclear about who “they” are', 'unclear about who “they” are'],
  long: ['long', 'long'],
} as const satisfies Record<string, readonly [string, string]>;
/** A reason a note was not fitted. */
export type Refusal = keyof typeof REFUSALS;

/** Where a note goes: inside a sentence (after a colon or mid-way, lower case) or at its start. */
export type NotePlace = 'inside' | 'start';

/** Notes longer than this many words read as a pasted paragraph in a sentence. */
export const FIT_WORD_LIMIT = 40;

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu;
const EMOTICON = /(?<=^|\s)[:;=]-?[()DPp/\\|](?=\s|$)/gu;
const SPEECH_PARTICLES = /(?<![\p{L}])(?:lah|leh|lor|meh|sia|liao|hor)(?![\p{L}])/iu;

/**
 * The note tidied for quoting: spaces collapsed, emoji and emoticons gone,
 * list markers and trailing dots or commas dropped, a lone "i" made "I".
 *
 * @example tidyNote('- great chat w/ Tom 👍 ...') //=> 'great chat w/ Tom'
 */
export function tidyNote(note: string): string {
  return squish(note.replace(EMOJI, ' ').replace(EMOTICON, ' '))
    .replace(/^(?:[-•*–>.…]+|\d+[.)])\s*/u, '')
    .replace(/[\s.…,;:!–-]+$/u, '')
    .replace(/(?<![\p{L}'’.])i(?=(?:['’](?:m|ve|d|ll))?(?![\p{L}'’.]))/gu, 'I')
    .replace(/(?<![\p{L}])im(?![\p{L}'’])/gu, "I'm");
}

/**
 * `note` fitted to its place in a sentence written to `reader`.
 *
 * @example fitNote('Their plan to move event tracking from Mixpanel to Amplitude', { role: 'interviewer' }) //=> { ok: true, text: 'your plan to move event tracking from Mixpanel to Amplitude', clause: false }
 * @example fitNote('Q2 launch w/ APAC team', { role: 'recruiter' }) //=> { ok: true, text: 'the second-quarter launch with the APAC team', clause: false }
 * @example fitNote('What does success look like?', { role: 'interviewer' }) //=> { ok: false, text: 'What does success look like?', reason: 'question' }
 */
export function fitNote(note: string, reader: NoteReader, place: NotePlace = 'inside'): FittedNote {
  const tidy = tidyNote(note);
  if (tidy === '') return { ok: true, text: '', clause: false };
  const refused = (reason: Refusal): FittedNote => ({ ok: false, text: tidy, reason });
  if (/[?？]/u.test(tidy)) return refused('question');
  if (inCapitals(tidy)) return refused('capitals');
  if (SPEECH_PARTICLES.test(tidy)) return refused('spoken');
  const expanded = expandShorthand(tidy);
  if (/(?<!\d):(?!\d)/u.test(expanded)) return refused('heading');
  if (expanded.split(/\s+/u).length > FIT_WORD_LIMIT) return refused('long');
  // Voice first: a subject added afterwards ("you need…" to the employer) is already said to the reader.
  const voiced = voiceForReader(withArticles(expanded), reader);
  if (voiced === undefined) return refused('unclear-they');
  const text = setCase(joinList(withSubject(voiced, reader.role)), place);
  return { ok: true, text, clause: isClause(text) };
}

// More than half its letters in capitals, over two words or more: "APAC LAUNCH IN Q2".
function inCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return text.trim().split(/\s+/u).length >= 2 && letters.length >= 6 && upper / letters.length > 0.6;
}

// "APAC team" at the start or after a preposition → "the APAC team"; "by end of" → "by the end of".
function withArticles(text: string): string {
  return text
    .replace(/^(team|budget|headcount|backlog|pipeline|total|mix)(\s+of\b)/iu, (_, noun: string, of: string) => `a ${noun.toLowerCase()}${of}`)
    .replace(/^(team|company|role|business|boss|manager|hiring manager|interviewer|panel|office|department|client|CEO|CTO|CFO|COO)(?=\s+\p{Ll})/iu, (noun: string) =>
      `the ${/^\p{Lu}{2,}$/u.test(noun) ? noun : noun.toLowerCase()}`,
    )
    .replace(/(^|\b(?:by|at|before|until|from|after|since|towards?)\s+)(end|start|beginning|middle)(\s+of\b)/giu, '$1the $2$3').replace(/(^|\b(?:with|for|from|at|in|on|to|across|within)\s+)(\p{Lu}{2,})(\s+)(\p{L}+)/gu, (match, lead: string, word: string, space: string, next: string) =>
    needsArticle(word, next) ? `${lead}the ${word}${space}${next}` : match,
  );
}

// "SQL, dbt, Looker" → "SQL, dbt and Looker": a bare list of short items, no verb among them.
function joinList(text: string): string {
  const items = text.split(/\s*,\s*/u);
  if (items.length < 3 || /\band\b|\bor\b/u.test(items.at(-1)!) || items.some((item) => item === '' || item.split(/\s+/u).length > 3)) return text;
  if (items.some((item) => isClause(item))) return text;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function setCase(text: string, place: NotePlace): string {
  if (place === 'start') return text[0]!.toUpperCase() + text.slice(1);
  const first = /^[\p{L}'’-]+/u.exec(text)?.[0] ?? '';
  return first && isOrdinaryWord(first) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

// A clause has a subject and a finite verb: "you need…", "the team is growing", "this hire would own…",
// "their customers complain…". A verb-looking word after "their" or "to" is a noun or an infinitive.
function isClause(text: string): boolean {
  const words = text.toLowerCase().replace(/’/gu, "'").split(/\s+/u);
  if (isSubjectPronoun(words[0] ?? '') && words[0] !== 'that' && words[0] !== 'this') return true;
  return words.slice(1, 6).some((word, index) => {
    const before = words[index]!;
    if (BEFORE_NOUN.has(before)) return false;
    if (VERBS.auxiliary.has(word) || VERBS.third.has(word) || VERBS.past.has(word)) return true;
    return VERBS.base.has(word) && /s$/u.test(before) && !/(?:ss|us|is)$/u.test(before);
  });
}
