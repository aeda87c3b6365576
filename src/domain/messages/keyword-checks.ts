/**
 * The checklist's simple checks: each passes when the draft uses one of a few
 * telling words (thanks, an offer of references, interest, a request for a
 * timeframe, a request to pass thanks on, accepting, the offer in writing,
 * the terms, feedback, the door left open, withdrawing). The checks that
 * need judgement, such as why you fit, are in `content-checks.ts`,
 * `fit-evidence.ts` and `outcome-checks.ts`.
 */
import { result, type Check, type CheckId } from './check-kinds';

/**
 * True when one of `words` (regex fragments) appears in `text` as whole words, ignoring case.
 *
 * @example mentionsAny('Many thanks for today', ['thanks?']) //=> true
 */
export function mentionsAny(text: string, words: readonly string[]): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

const PASS_ON = ['pass(?:ing)?(?: \\S+){0,6} (?:on|along)', 'forward(?:ing)?', 'let (?:them|him|her|the (?:panel|team|interviewers?)) know', 'share (?:my|this|these)'];

/**
 * Checks that pass when the body uses one of a few telling words; `hint` says what to add.
 *
 * @example KEYWORD_CHECKS.thanks.label //=> 'Thanks them for their time'
 */
export const KEYWORD_CHECKS = {
  thanks: {
    label: 'Thanks them for their time',
    words: ['thanks?', 'thankful', 'grateful', 'appreciat\\p{L}*'],
    hint: 'Start by thanking them for their time.',
  },
  documents: {
    label: 'Offers further documents',
    words: ['references?', 'referees?', 'portfolio', 'documents?', 'documentation', 'information', 'samples?', 'CV', 'résumé', 'resume', 'certificates?', 'transcripts?'],
    hint: 'Offer to send references, a portfolio or anything else they need.',
  },
  interest: {
    label: 'Says you are still interested',
    words: ['interest(?:ed)?', 'keen(?:er)?', 'enthusias\\p{L}*', 'excited', 'eager', "(?:I'd|I would|I’d) love to", 'look(?:ing)? forward to (?:working|joining)'],
    hint: 'Say that you are still keen on the role.',
  },
  timeframe: {
    label: 'Asks for an updated timeframe',
    words: ['time ?frames?', 'timelines?', 'time ?scales?', 'updated?', 'next steps?', 'hear back', 'heard (?:anything|back)', 'any news', 'feedback'],
    hint: 'Ask politely whether they have an updated timeframe.',
  },
  'pass-on': {
    label: 'Asks them to pass your thanks on',
    words: PASS_ON,
    hint: 'Ask them to pass your thanks on to the people you met.',
  },
  'tell-employer': {
    label: 'Asks them to tell the employer',
    words: [...PASS_ON, 'let (?:\\p{Lu}\\S*|them) know', 'ask (?:\\p{Lu}\\S*|them)'],
    hint: 'Ask them to pass your answer on to the employer.',
  },
  accepts: {
    label: 'Says you accept',
    words: ['accept(?:ing)?'],
    hint: 'Say plainly that you accept the offer.',
  },
  'in-writing': {
    label: 'Asks for the offer in writing',
    words: ['in writing', 'written (?:offer|confirmation)', 'contract', 'offer letter', 'paperwork'],
    hint: 'Ask for the offer in writing: a spoken offer is a start, not a contract.',
  },
  terms: {
    label: 'Asks about the terms',
    words: ['salary', 'pay', 'start date', 'hours', 'location', 'place of work', 'package', 'benefits', 'bonus', 'notice period', 'terms', 'leave', 'remote', 'hybrid'],
    hint: 'Ask the questions you have about the terms: pay, start date, hours, where you would work.',
  },
  'asks-feedback': {
    label: 'Asks for feedback',
    words: ['feedback', 'stronger candidate', 'advice'],
    hint: 'Ask, briefly, for any feedback on how you could have been a stronger candidate.',
  },
  'door-open': {
    label: 'Leaves the door open',
    words: ['future', 'keep me in mind', 'similar roles?', 'other roles', 'paths cross', 'stay in touch', 'opens? up', 'be considered'],
    hint: 'Say you would be glad to be considered for similar roles, or to stay in touch.',
  },
  withdraws: {
    label: 'Says you are withdrawing',
    words: ['withdraw\\p{L}*'],
    hint: 'Say plainly that you are withdrawing your application.',
  },
} as const;

/**
 * The check for one of `KEYWORD_CHECKS`: ok when the body uses one of its words, else missing with its hint.
 *
 * @example keywordCheck('thanks')({ ...input, body: 'Many thanks' }).status //=> 'ok'
 */
export function keywordCheck(id: keyof typeof KEYWORD_CHECKS & CheckId): Check {
  const { label, words, hint } = KEYWORD_CHECKS[id];
  return ({ body }) => (mentionsAny(body, words) ? result(id, label, 'ok') : result(id, label, 'missing', hint));
}
