/**
 * Note-taking shorthand ("w/", "re:", "Q2", "&", "yrs") and what it is
 * written out as in an email. Notes are typed fast, in the corridor after an
 * interview; an email quoting "Q2 launch w/ APAC team" reads as notes, not as
 * something written to the reader. The drafts write it out
 * (`expandShorthand`); the checker flags what is left (`findShorthand`).
 */
import { isOrdinaryWord } from './english-words';

interface Entry {
  /** Matches the shorthand as a whole token (the flags are added here). */
  pattern: string;
  /** What it becomes; a function gets the words either side. */
  out: string | ((match: string, before: string, after: string) => string);
  /**
   * Whether it is never written in an email, so the checker flags it
   * wherever it is; otherwise ("Q2", "&") only in a note pasted as typed.
   */
  always: boolean;
  /** Matched in the case written ("Q2", not "q2"; "Jan", not "jan"). Default: any case. */
  exactCase?: boolean;
}

const MONTHS: Record<string, string> = {
  Jan: 'January', Feb: 'February', Mar: 'March', Apr: 'April', Jun: 'June', Jul: 'July', Aug: 'August', Sep: 'September', Oct: 'October', Nov: 'November', Dec: 'December',
};
const ORDINALS = ['first', 'second', 'third', 'fourth'];
const PREPOSITIONS = new Set('in by for during before after until till from to of since at within through around across and or is was are were'.split(' '));

// "Q2 launch" → "the second-quarter launch", "by Q2" → "by the second quarter", "Q2 2026" → "the second quarter of 2026".
function period(part: 'quarter' | 'half') {
  return (match: string, before: string, after: string): string => {
    const [, n = '1', year] = /^[QH](\d)(?:\s+(20\d\d))?$/iu.exec(match) ?? [];
    const ordinal = ORDINALS[Number(n) - 1]!;
    const article = before === '' || PREPOSITIONS.has(before.toLowerCase()) ? 'the ' : '';
    if (year) return `${article}${ordinal} ${part} of ${year}`;
    if (/^\p{Ll}[\p{L}-]*$/u.test(after) && !PREPOSITIONS.has(after)) return `${article}${ordinal}-${part}`;
    return article ? `${article}${ordinal} ${part}` : `in the ${ordinal} ${part}`;
  };
}

const ENTRIES: Entry[] = [
  { pattern: String.raw`w\/o`, out: 'without', always: true },
  { pattern: String.raw`w\/(?=\s|\p{L})`, out: 'with ', always: true },
  { pattern: String.raw`b\/c`, out: 'because', always: true },
  { pattern: String.raw`re:`, out: 'about', always: true },
  { pattern: String.raw`w\.?r\.?t\.?`, out: 'about', always: true },
  { pattern: String.raw`(?:->|=>|→)`, out: 'to', always: true },
  { pattern: 'thru', out: 'through', always: true },
  { pattern: String.raw`approx\.?`, out: 'about', always: true },
  { pattern: String.raw`esp\.?`, out: 'especially', always: true },
  { pattern: 'mgmt', out: 'management', always: true },
  { pattern: 'mgr', out: 'manager', always: true },
  { pattern: 'govt', out: 'government', always: true },
  { pattern: 'dept', out: 'department', always: true },
  { pattern: 'yrs', out: 'years', always: true },
  { pattern: 'yr', out: 'year', always: true },
  { pattern: '(?:mths|mos)', out: 'months', always: true },
  { pattern: 'wks', out: 'weeks', always: true },
  { pattern: 'hrs', out: 'hours', always: true },
  { pattern: 'mins', out: 'minutes', always: true },
  { pattern: 'ppl', out: 'people', always: true },
  { pattern: 'abt', out: 'about', always: true },
  { pattern: 'biz', out: 'business', always: true },
  { pattern: 'reqs', out: 'requirements', always: true },
  { pattern: 'req', out: 'requirement', always: true },
  { pattern: 'exp', out: 'experience', always: true },
  { pattern: 'yoe', out: 'years of experience', always: true },
  { pattern: 'asap', out: 'as soon as possible', always: true },
  { pattern: '(?:thx|tks)', out: 'thanks', always: true },
  { pattern: '(?:pls|plz)', out: 'please', always: true },
  { pattern: 'tbc', out: 'to be confirmed', always: true },
  { pattern: 'tbd', out: 'to be decided', always: true },
  { pattern: String.raw`vs\.?`, out: 'versus', always: true },
  { pattern: '~(?=\\d)', out: 'about ', always: true },
  { pattern: String.raw`Q[1-4](?:\s+20\d\d)?`, out: period('quarter'), always: false, exactCase: true },
  { pattern: String.raw`H[12](?:\s+20\d\d)?`, out: period('half'), always: false, exactCase: true },
  // Spaced only: "AT&T", "R&D" and "P&G" are names.
  { pattern: '(?<=\\s)[&+](?=\\s)', out: 'and', always: false },
  { pattern: '(?<=\\s)@(?=\\s)', out: 'at', always: false },
  { pattern: '(?<=\\s)=(?=\\s)', out: 'is', always: false },
  // Months, only where a date is plainly meant: "start in Jan", "by end of Sept" (Jan and Mar are names too).
  { pattern: '(?<=\\b(?:in|by|from|until|till|before|after|since|early|mid|late|of)\\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?', out: (month) => MONTHS[month.slice(0, 3)]!, always: false, exactCase: true },
];

// Shorthand is a token of its own: not inside a word ("thru" in "thruway", "Q2" in "SQ2"), nor a path ("a/w/b").
// "~3 weeks" is the exception: a sign before a number.
const tokenPattern = (entry: Entry) =>
  new RegExp(`(?<![\\p{L}\\p{N}/_])${entry.pattern}${entry.pattern.startsWith('~') ? '' : '(?![\\p{L}\\p{N}/_])'}`, entry.exactCase ? 'gu' : 'giu');
const COMPILED = ENTRIES.map((entry) => ({ ...entry, regex: tokenPattern(entry) }));

const wordBefore = (text: string, at: number) => /([\p{L}\p{N}'’-]+)\W*$/u.exec(text.slice(0, at))?.[1] ?? '';
const wordAfter = (text: string, at: number) => /^\W*?([\p{L}\p{N}'’-]+)/u.exec(text.slice(at))?.[1] ?? '';

/**
 * `text` with its note-taking shorthand written out, spacing tidied.
 *
 * @example expandShorthand('Q2 launch w/ APAC team') //=> 'the second-quarter launch with APAC team'
 * @example expandShorthand('re: pay bands & 5 yrs exp') //=> 'about pay bands and 5 years exp'
 */
export function expandShorthand(text: string): string {
  let out = text;
  for (const entry of COMPILED) {
    out = out.replace(entry.regex, (match: string, ...rest: unknown[]) => {
      const at = rest.find((value) => typeof value === 'number') as number;
      if (typeof entry.out === 'string') return entry.out;
      return entry.out(match, wordBefore(out, at), wordAfter(out, at + match.length));
    });
  }
  return out.replace(/\s{2,}/gu, ' ').trim();
}

/**
 * The shorthand in `text`, each as written, once, in the order found: all of
 * it, or with `alwaysOnly` only what an email never uses ("w/", "re:"), not
 * what is fine in prose ("Q2", "&").
 *
 * @example findShorthand('Thanks re: the Q2 launch w/ the team') //=> ['w/', 're:', 'Q2']
 */
export function findShorthand(text: string, alwaysOnly = false): string[] {
  const found: string[] = [];
  for (const entry of COMPILED) {
    if (alwaysOnly && !entry.always) continue;
    for (const [match] of text.matchAll(entry.regex)) found.push(match.trim() || match);
  }
  return [...new Set(found)];
}

/**
 * What one piece of shorthand, as `findShorthand` found it, is written out
 * as; a quarter or a half reads as it would mid-sentence.
 *
 * @example spelledOut('w/') //=> 'with'
 * @example spelledOut('Q2') //=> 'the second quarter'
 */
export function spelledOut(token: string): string {
  for (const entry of COMPILED) {
    entry.regex.lastIndex = 0;
    if (!entry.regex.test(` ${token} `)) continue;
    return (typeof entry.out === 'string' ? entry.out : entry.out(token, 'in', '')).trim();
  }
  return token;
}

/**
 * Whether the word after shorthand such as "w/" can take "the" before it:
 * an acronym naming a group ("w/ APAC team" → "with the APAC team").
 *
 * @example needsArticle('APAC', 'team') //=> true
 */
export function needsArticle(word: string, next: string): boolean {
  return /^\p{Lu}{2,}$/u.test(word) && GROUP_NOUNS.has(next.toLowerCase()) && !isOrdinaryWord(word);
}
const GROUP_NOUNS = new Set('team teams office offices region market markets side group unit division launch rollout project programme program org business function squad hub'.split(' '));
