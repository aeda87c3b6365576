/**
 * The checklist's simple checks: each passes when the draft uses one of a few
 * telling words (thanks, an offer of references, interest, a request for a
 * timeframe, a request to pass thanks on). The checks that need judgement,
 * such as why you fit, are in `email-checks.ts` and `fit-evidence.ts`.
 */

/**
 * True when one of `words` (regex fragments) appears in `text` as whole words, ignoring case.
 *
 * @example mentionsAny('Many thanks for today', ['thanks?']) //=> true
 */
export function mentionsAny(text: string, words: readonly string[]): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

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
    words: ['pass(?:ing)?(?: \\S+){0,6} (?:on|along)', 'forward(?:ing)?', 'let (?:them|him|her|the (?:panel|team|interviewers?)) know', 'share (?:my|this|these)'],
    hint: 'Ask them to pass your thanks on to the people you met.',
  },
} as const;
