/**
 * The emails the composer writes, by name, and which ones fit where the
 * person stands: while waiting to hear, the thank-you, the check-in, the
 * note about another offer's deadline and the closing note; after an offer,
 * the three replies; after a no, the request for feedback; after
 * withdrawing, the email saying so. The planner's steps show the drafts for
 * their outcome (`draftsForOutcome`); every one is written by `draftEmail`
 * and checked by `checkEmail`.
 */
import type { EmailKind, Outcome } from '../records/model';

/**
 * Each kind's name in the composer.
 *
 * @example EMAIL_KIND_LABELS['offer-time'] //=> 'Ask for time to decide'
 */
export const EMAIL_KIND_LABELS: Record<EmailKind, string> = {
  'thank-you': 'Thank-you email',
  'check-in': 'Check-in email',
  closing: 'Closing note',
  'other-offer': 'Another offer, with a deadline',
  'offer-accept': 'Accept the offer',
  'offer-time': 'Ask for time to decide',
  'offer-terms': 'Ask about the terms',
  feedback: 'Ask for feedback',
  withdraw: 'Withdraw your application',
};

const BY_OUTCOME: Record<Outcome, readonly EmailKind[]> = {
  waiting: ['thank-you', 'check-in', 'other-offer', 'closing'],
  // A new round starts a new interview with its own thank-you; this one's is still to hand.
  'next-round': ['thank-you'],
  offer: ['offer-accept', 'offer-time', 'offer-terms'],
  rejected: ['feedback'],
  withdrawn: ['withdraw'],
};

/**
 * The drafts that fit an outcome, in the order the composer offers them.
 *
 * @example draftsForOutcome('offer') //=> ['offer-accept', 'offer-time', 'offer-terms']
 */
export function draftsForOutcome(outcome: Outcome): readonly EmailKind[] {
  return BY_OUTCOME[outcome];
}
