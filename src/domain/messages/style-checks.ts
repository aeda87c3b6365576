/**
 * What an editor marks in a draft that the other checks cannot see, each
 * with its fix: a capital letter mid-sentence ("this: Their plan"), "their"
 * about the company when writing to the company ("their plan" to the hiring
 * manager), "you told me" to someone who was not in the interview (an agency
 * recruiter, a coordinator), and a note pasted as typed with its shorthand
 * ("Q2 launch w/ APAC team"). These are marks, not a list to tick: the
 * checklist shows one only where it finds something (`EDITOR_MARKS` in `check-kinds.ts`).
 */
import { result, type Check, type CheckInput, type EditorMark } from './check-kinds';
import { isFunctionWord } from './english-words';
import { mentionsNote, noteParts, prepareBody } from './note-match';
import { fitNote } from './note-fit';
import { expandShorthand, findShorthand, spelledOut } from './shorthand';
import { fold } from '../shared/text';

// Words written with a capital only because a sentence starts with them.
const SLIPS = new Set(['thanks', 'thank', 'please', 'hope', 'great', 'good', 'nice', 'sorry', 'looking', 'just']);
// A sentence starts after . ! ? (and a closing quote or bracket), after a placeholder (which
// stands for a sentence), at a new line, or after a list marker.
const SENTENCE_START = /(?:^|[.!?…\]]["'”’)]*\s+|\n\s*(?:[-•*]\s+|\d+[.)]\s+)?)["'“‘(]*$/u;

/** "Their" about the employer: the employer's plans, team, needs, or what it needs and does. */
const EMPLOYER_THEIR =
  /\b(?:their|they(?:['’]re| are| need| want| plan| hope| use| have| were)|them)\b(?:\s+\p{L}+)?(?:\s+(?:plans?|team|company|roadmap|goals?|needs?|priorit(?:y|ies)|product|platform|business|office|strategy|launch|hiring|organi[sz]ation|department|stack|process|customers|clients|users|growth|expansion|migration|budget|culture|rollout|roll-out|move|someone|looking|hiring|moving|planning))\b/iu;
const TOLD_IN_ROOM = /\b(?:you (?:told|showed|asked) me|you (?:mentioned|said|explained)|as we discussed|our (?:conversation|discussion|chat)|when we (?:met|spoke))\b/iu;

/** The editor's checks, by id. */
export const STYLE_CHECKS = {
  'mid-capital': ({ body }) => {
    const label = 'Capitals only where they belong';
    const slip = capitalSlip(body);
    if (!slip) return result('mid-capital', label, 'ok');
    return result('mid-capital', label, 'warning', `“${slip.context}”: write “${slip.word.toLowerCase()}” in lower case, as it is mid-sentence.`);
  },
  'reader-their': ({ body, audience = 'interviewer', interviewer }) => {
    const label = 'The company is “you”';
    const found = audience === 'recruiter' ? null : EMPLOYER_THEIR.exec(body);
    if (!found) return result('reader-their', label, 'ok');
    const reader = interviewer.name.trim() || 'they';
    return result('reader-their', label, 'warning', `“${found[0]}”: ${reader} works there, so write “you” and “your” for the company.`);
  },
  // Only about what the notes say was learned in the interview: a coordinator or recruiter may have told you other things themselves.
  'told-by': ({ body, notes, audience = 'interviewer', interviewer, metWith = [] }) => {
    const label = 'Says who told you';
    const found = audience === 'interviewer' ? undefined : toldInTheRoom(body, notes);
    if (!found) return result('told-by', label, 'ok');
    const who = metWith.length === 1 ? metWith[0]! : 'the interviewer';
    const reader = interviewer.name.trim() || 'They';
    return result('told-by', label, 'warning', `“${found}”: ${reader} was not in the interview. Say who it came from, such as “${who} told me…”.`);
  },
  shorthand: (input) => {
    const label = 'Notes written out, not pasted';
    const pasted = pastedNote(input);
    if (pasted) return result('shorthand', label, 'warning', `“${pasted.note}” is pasted as you noted it. Write it out, such as: “${pasted.written}”.`);
    const [token] = findShorthand(input.body, true);
    if (!token) return result('shorthand', label, 'ok');
    return result('shorthand', label, 'warning', `“${token}” is note-taking shorthand: write “${spelledOut(token)}”.`);
  },
} satisfies Record<EditorMark, Check>;

/**
 * The first ordinary word written with a capital mid-sentence, with the words before it.
 *
 * @example capitalSlip('What stayed with me was this: Their plan.') //=> { word: 'Their', context: 'this: Their plan' }
 */
export function capitalSlip(body: string): { word: string; context: string } | undefined {
  for (const match of body.matchAll(/\p{Lu}[\p{L}'’]*/gu)) {
    const word = match[0];
    const at = match.index;
    if (SENTENCE_START.test(body.slice(Math.max(0, at - 8), at)) || at === 0) continue;
    if (!(isFunctionWord(word) || SLIPS.has(word.toLowerCase())) || /^\p{Lu}+$/u.test(word)) continue;
    // A name or title in capitals ("at The Body Shop", "Head of Analytics") keeps them.
    const after = body.slice(at + word.length);
    if (/^\s+(?:(?:of|and|for|&)\s+)?\p{Lu}/u.test(after)) continue;
    const before = /(?:\S+\s+)?\S*$/u.exec(body.slice(Math.max(0, at - 30), at))?.[0] ?? '';
    const next = /^\s*\S*/u.exec(after)?.[0] ?? '';
    return { word, context: `${before}${word}${next}`.trim() };
  }
  return undefined;
}

// "You told me…" in a sentence that goes on to say something from the interview notes.
function toldInTheRoom(body: string, notes: CheckInput['notes']): string | undefined {
  const parts = [...notes.points, notes.learned ?? '', notes.wentWell, notes.elaborate].flatMap(noteParts);
  for (const sentence of body.split(/(?<=[.!?])\s+|\n+/u)) {
    const found = TOLD_IN_ROOM.exec(sentence);
    if (!found) continue;
    const prepared = prepareBody(sentence);
    if (parts.some((part) => mentionsNote(prepared, part))) return found[0];
  }
  return undefined;
}

// A note with shorthand in it, quoted word for word, and how it reads written out.
function pastedNote({ body, notes, audience = 'interviewer' }: CheckInput): { note: string; written: string } | undefined {
  const text = fold(body);
  const parts = [...notes.points, notes.learned ?? '', notes.wentWell, notes.elaborate].flatMap(noteParts);
  for (const part of parts) {
    const note = part.replace(/[.\s]+$/u, '');
    if (findShorthand(note).length === 0 || !text.includes(fold(note))) continue;
    const fitted = fitNote(note, { role: audience });
    return { note, written: fitted.ok ? fitted.text : expandShorthand(note) };
  }
  return undefined;
}
