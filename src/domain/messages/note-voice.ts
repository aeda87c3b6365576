/**
 * A note said to the person reading the email. Notes are written about the
 * employer ("their plan", "they need someone…"), in the interviewer's words
 * about you ("you'd own the dashboard") or about the reader by name ("Jane
 * wants weekly reporting"). In an email to someone on the employer's side
 * (an interviewer, a coordinator) the employer is "you"; to an agency
 * recruiter it stays "they". A coordinator was not in the room, so "them"
 * (the people the person talked to: "walked them through…") stays "them" to
 * a coordinator. Whatever the reader, the interviewer's "you"
 * meaning the candidate becomes "I". Where a "they" could point at something
 * else the note names first ("customers say they…"), the note is not
 * rewritten: the caller quotes it for the person to reword.
 */
import type { ContactRole } from '../records/model';
import { VERBS } from './english-words';

/** Who reads the email, as a note needs to know. */
export interface NoteReader {
  role: ContactRole;
  /** How the reader may be named in the notes ("Jane Tan", "Jane"), longest first. Default: none. */
  names?: readonly string[];
}

const TO_READER: Record<string, string> = {
  they: 'you', them: 'you', their: 'your', theirs: 'yours', themselves: 'yourselves',
  "they're": "you're", "they've": "you've", "they'd": "you'd", "they'll": "you'll",
};
const YOU_TO_ME: Record<string, string> = {
  your: 'my', yours: 'mine', yourself: 'myself', "you're": "I'm", "you've": "I've", "you'd": "I'd", "you'll": "I'll",
};
const AFTER_I: Record<string, string> = { are: 'am', were: 'was', "aren't": 'am not', "weren't": "wasn't" };
// After these (or at the start, or after a comma) "you" is a subject: "I"; elsewhere an object: "me".
const BEFORE_SUBJECT = new Set(['', 'and', 'but', 'or', 'so', 'that', 'if', 'when', 'because', 'as', 'then', 'while', 'once', 'where', 'which', 'who', 'think', 'said', 'thinks']);
const IRREGULAR_PLURALS = new Set(['people', 'staff', 'children', 'men', 'women', 'folk', 'folks', 'stakeholders', 'candidates']);
// Words ending in "s" that are not plural nouns.
const NOT_PLURAL = /(?:ss|us|is|ous|ics|'s|’s)$|^(?:this|has|was|does|says|seems|looks|needs|wants|plans|uses|hopes|expects|prefers|runs|lacks|relies|struggles|aims|always|perhaps|sometimes|across|towards|besides|less|unless|yes|its|his|hers|ours|yours|theirs|us|as|is)$/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const straight = (word: string) => word.toLowerCase().replace(/’/gu, "'");
// The replacement in the written word's case and apostrophe ("They’d" → "You’d").
const withCase = (written: string, replacement: string) => {
  const cased = /^\p{Lu}/u.test(written) || replacement.startsWith('I') ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
  return written.includes('’') ? cased.replace(/'/gu, '’') : cased;
};

/**
 * The third-person singular of a verb made plural, for "you" as its subject:
 * "wants" → "want", "has" → "have", "is" → "are", "tries" → "try".
 *
 * @example pluralVerb('pushes') //=> 'push'
 */
export function pluralVerb(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do', "isn't": "aren't", "wasn't": "weren't", "doesn't": "don't", "hasn't": "haven't" };
  if (irregular[lower]) return irregular[lower]!;
  if (/[^aeiou]ies$/u.test(lower)) return `${verb.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z|o)es$/u.test(lower)) return verb.slice(0, -2);
  return /[^s]s$/u.test(lower) ? verb.slice(0, -1) : verb;
}

/**
 * `text` said to `reader`, or undefined when a "they" could mean something
 * the note names before it, so rewriting it could change what it says.
 *
 * @example voiceForReader('Their plan to move event tracking to Amplitude', { role: 'interviewer' }) //=> 'Your plan to move event tracking to Amplitude'
 * @example voiceForReader("you'd own the dashboard", { role: 'recruiter' }) //=> "I'd own the dashboard"
 * @example voiceForReader('Jane wants weekly reporting', { role: 'interviewer', names: ['Jane'] }) //=> 'you want weekly reporting'
 * @example voiceForReader('Customers say they want faster delivery', { role: 'interviewer' }) //=> undefined
 */
export function voiceForReader(text: string, reader: NoteReader): string | undefined {
  const employerSide = reader.role !== 'recruiter';
  const named = reader.role === 'interviewer' ? nameReader(text, reader.names ?? []) : text;
  let sawPlural = false;
  let ambiguous = false;
  let previous = '';
  let subjectI = false;
  const out = named.replace(WORD, (word, at: number) => {
    const lower = straight(word);
    if (named[at - 1] === '⟪') return word;
    const before = /[,;]\s*$/u.test(named.slice(0, at)) ? '' : previous;
    previous = lower;
    let replaced = word;
    if (subjectI && AFTER_I[lower]) replaced = withCase(word, AFTER_I[lower]!);
    subjectI = false;
    if (lower === 'you') {
      const subject = BEFORE_SUBJECT.has(before);
      subjectI = subject;
      replaced = subject ? 'I' : 'me';
    } else if (YOU_TO_ME[lower]) {
      replaced = withCase(word, YOU_TO_ME[lower]!);
    } else if (employerSide && TO_READER[lower] && !(lower === 'them' && reader.role === 'coordinator')) {
      if (sawPlural) ambiguous = true;
      replaced = withCase(word, TO_READER[lower]!);
    }
    if (IRREGULAR_PLURALS.has(lower) || (lower.length >= 4 && lower.endsWith('s') && !NOT_PLURAL.test(lower) && !VERBS.third.has(lower))) sawPlural = true;
    return replaced;
  });
  return ambiguous ? undefined : out.replace(/⟪(\p{L}+)⟫/gu, '$1');
}

// "Jane Tan's team" → "your team"; "Jane wants…" at the start → "you want…"; "asked Jane" → "asked you".
// The new words are bracketed so the pass over pronouns leaves them alone (this "you" is the reader, not the candidate).
function nameReader(text: string, names: readonly string[]): string {
  let out = text;
  for (const name of names.filter((form) => form.trim() !== '')) {
    const escaped = name.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
    const edge = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])${pattern}`, 'gu');
    out = out
      .replace(edge(`${escaped}['’]s(?![\\p{L}])`), '⟪your⟫')
      .replace(edge(`^${escaped}\\s+(?:((?:always|often|really|also|still|usually|never|just|already|\\p{L}+ly))\\s+)?(\\p{L}+)`), (_, adverb: string | undefined, verb: string) => `⟪you⟫ ${adverb ? `${adverb} ` : ''}${pluralVerb(verb)}`)
      .replace(edge(`${escaped}(?![\\p{L}\\p{N}])`), '⟪you⟫');
  }
  return out;
}
