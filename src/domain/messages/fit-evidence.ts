/**
 * Does a draft say why you fit, as an editor would judge it? Not by the words
 * "skills" or "experience": "I have lots of relevant experience and I am a
 * hard worker" could be sent by anyone, for any job. A draft shows fit when
 * it backs the claim with something concrete from you:
 *
 * - a reason from your notes ("what went well", "what you didn't get to say"),
 * - something you did ("At Harbour Freight I moved our delay report from
 *   monthly to weekly", "I passed the Power BI certification"),
 * - or how you like to work, set beside how they do ("testing with shoppers
 *   is how I like to work").
 *
 * English only, like the drafts. Heuristics, hand-written because no library
 * judges this: it reads sentence by sentence for a first-person sentence with
 * a done verb (built, led, moved…) that is not merely a conversational one
 * (enjoyed, discussed, mentioned…).
 */
import type { Notes } from '../records/model';
import { mentionsNote, noteParts, prepareBody } from './note-match';

/** What backs the claim that you fit, or the generic claims found instead. */
export type FitEvidence =
  | { found: 'notes' | 'experience' | 'ways-of-working'; quote: string }
  | { found: 'none'; generic: string[] };

// Done verbs that are not regular "-ed" forms.
const DONE_IRREGULAR = new Set(
  'built rebuilt led ran run wrote rewrote written taught made drew drawn grew grown held sold won cut brought oversaw overseen undertook undertaken began begun spent gave given took taken drove driven shown set'.split(' '),
);
// "-ed" verbs that describe the conversation or a feeling, not something you did.
const NOT_DONE = new Set(
  ('enjoyed liked loved appreciated valued wanted hoped wished noticed mentioned discussed talked chatted covered touched agreed asked ' +
    'answered explained described shared interviewed applied looked seemed believed needed missed learned realised realized wondered ' +
    'considered imagined pictured remembered recalled expected waited called emailed contacted received visited arrived followed reached ' +
    'attended listened watched happened tried stayed returned thanked welcomed signed checked pleased excited interested impressed ' +
    'inspired intrigued struck fascinated surprised delighted reminded prepared headed mentioned referred heard').split(' '),
);
const FIRST_PERSON = /(?<![\p{L}'])(?:I|I'm|I've|I'd|my|me|we|our)(?![\p{L}])/u;
// "I moved", "I've also built", "we quickly cut": subject, optional adverb, verb.
const SUBJECT_VERB = /(?<![\p{L}'])(?:I|we)(?:'ve|'d| have| had)?\s+(?:(?:also|recently|once|already|just|then|successfully|personally|\p{L}+ly)\s+)?(\p{L}+)/gu;
const MY_EXPERIENCE =
  /\bmy\s+(?:[\p{L}-]+\s+){0,2}?(?:placement|internship|role|job|position|project|degree|course|dissertation|thesis|apprenticeship|work|time|years?)\s+(?:at|with|in|on|for)\s+\p{Lu}/u;
const DURATION = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|months?)\b/iu;
const WAYS_OF_WORKING =
  /\b(?:how|the way)\s+I\s+(?:like|love|prefer)\s+to\s+work\b|\bI\s+work\s+(?:best|well)\b|\b(?:suits?|match(?:es)?|fits?)\s+(?:how|the way)\s+I\b|\bhow\s+I\s+(?:already\s+)?work\b/iu;
const GENERIC =
  /\b(?:(?:great|good|perfect|ideal|strong|excellent|natural|right)\s+(?:fit|match|candidate|addition)|hard[- ]?work(?:er|ing)|team[- ]player|passionate|(?:lots|plenty|a lot|a wealth)\s+of\s+(?:relevant\s+)?experience|relevant\s+experience|skills\s+and\s+experience|experience\s+and\s+skills|(?:fast|quick)\s+learner|self[- ]starter|go[- ]getter|detail[- ]oriented|results[- ]driven|highly\s+motivated)\b/giu;

/**
 * What in `body` shows why you fit, checked in this order: a reason from the
 * notes, something you did, how you like to work; or, when none is there,
 * the generic claims it makes instead (as written, each once).
 *
 * @example findFitEvidence('At Harbour Freight I moved our delay report from monthly to weekly.', { wentWell: '', elaborate: '' }) //=> { found: 'experience', quote: 'At Harbour Freight I moved our delay report from monthly to weekly.' }
 * @example findFitEvidence('I would be a great fit. I am a hard worker.', { wentWell: '', elaborate: '' }) //=> { found: 'none', generic: ['great fit', 'hard worker'] }
 */
export function findFitEvidence(body: string, notes: Pick<Notes, 'wentWell' | 'elaborate'>): FitEvidence {
  const prepared = prepareBody(body);
  const reason = [...noteParts(notes.wentWell), ...noteParts(notes.elaborate)].find((part) => mentionsNote(prepared, part));
  if (reason) return { found: 'notes', quote: reason };
  // Quotes come from the text as typed; the patterns read it with straight apostrophes.
  const sentences = body.split(/(?<=[.!?])\s+|\n+/u).map((sentence) => sentence.trim());
  const aboutYou = sentences.filter((sentence) => FIRST_PERSON.test(straight(sentence)));
  const done = aboutYou.find((sentence) => saysWhatYouDid(straight(sentence)));
  if (done) return { found: 'experience', quote: done };
  const ways = aboutYou.find((sentence) => WAYS_OF_WORKING.test(straight(sentence)));
  if (ways) return { found: 'ways-of-working', quote: ways };
  const generic = [...new Set([...body.matchAll(GENERIC)].map(([phrase]) => phrase))];
  return { found: 'none', generic };
}

const straight = (text: string) => text.replace(/[’‘]/gu, "'");

function saysWhatYouDid(sentence: string): boolean {
  if (MY_EXPERIENCE.test(sentence) || DURATION.test(sentence)) return true;
  return [...sentence.matchAll(SUBJECT_VERB)].some(([, verb]) => {
    const word = verb!.toLowerCase();
    return DONE_IRREGULAR.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_DONE.has(word));
  });
}
