/**
 * The checks that need a little judgement in the emails around an outcome:
 * the note about another offer says it has a deadline, a request for time
 * says by when you will answer, and a reply to a no stays gracious. Also
 * which kind an email is judged as: a check-in that tells them about another
 * offer's deadline is that email, the one time writing before their date is
 * right (the guide's hearing-back page), not an early check-in.
 */
import { result, type Check } from './check-kinds';
import type { EmailKind } from '../records/model';

const OTHER_OFFER = /\b(?:another|other|second|competing|new)\s+(?:job\s+|firm\s+|written\s+)?offer\b|\boffer\s+(?:from|elsewhere|with another)\b/iu;
const DEADLINE = /\b(?:reply|respond|answer|decide|accept|get back|come back|give (?:them|my) (?:an )?answer)\b[^.?!]{0,40}\b(?:by|before|within)\b|\bdeadline\b|\bexpires?\b/iu;
const ANSWER_BY = /\b(?:come back|get back|answer|reply|respond|decide|let you know|decision|give you my answer)\b[^.?!]{0,40}\bby\b/iu;
// Arguing with a no closes the door the reply is meant to keep open.
const ARGUING = /\b(?:unfair|reconsider|disagree|don'?t understand why|do not understand why|a mistake|surprised (?:by|at|that) (?:the|your) decision|disappointed (?:in|with) (?:you|your))\b/giu;

/**
 * Whether `body` tells the reader about another offer and when it must be answered.
 *
 * @example mentionsOtherOfferDeadline("I've received another job offer. I need to reply to it by Friday.") //=> true
 */
export function mentionsOtherOfferDeadline(body: string): boolean {
  return OTHER_OFFER.test(body) && DEADLINE.test(body);
}

/**
 * The kind an email is judged as: a check-in about another offer's deadline
 * is judged as that email; any other kind as itself.
 *
 * @example judgeKind('check-in', "I've received another offer and must answer it by Friday.") //=> 'other-offer'
 */
export function judgeKind(kind: EmailKind, body: string): EmailKind {
  return kind === 'check-in' && mentionsOtherOfferDeadline(body) ? 'other-offer' : kind;
}

/** The outcome checks, by id. */
export const OUTCOME_CHECKS = {
  'other-offer': ({ body }) => {
    const label = 'Says you have another offer, and its deadline';
    if (!OTHER_OFFER.test(body)) return result('other-offer', label, 'missing', 'Say that you have received another offer (its company and pay can stay out of it).');
    if (!DEADLINE.test(body)) return result('other-offer', label, 'missing', 'Say when you must answer it, so they know how long they have.');
    return result('other-offer', label, 'ok', 'Another offer with a deadline is the one reason to write before the date they gave.');
  },
  'answer-by': ({ body }) => {
    const label = 'Says when you will answer';
    if (ANSWER_BY.test(body)) return result('answer-by', label, 'ok');
    return result('answer-by', label, 'missing', 'Say by when you will give your answer: a day or two is normal, a week often fine.');
  },
  gracious: ({ body }) => {
    const label = 'Stays gracious';
    const found = [...new Set([...body.matchAll(ARGUING)].map(([words]) => words))];
    if (found.length === 0) return result('gracious', label, 'ok');
    return result('gracious', label, 'warning', `Leave out “${found[0]}”: arguing with the decision closes the door this email keeps open.`);
  },
} satisfies Record<string, Check>;
