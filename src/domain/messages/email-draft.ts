/**
 * First drafts of every email the composer writes, one engine for all: the
 * thank-you sent after the interview, the check-in sent once the hear-back
 * date has passed, the closing note after the last one, the note about
 * another offer's deadline, and the replies to an outcome (accepting an
 * offer, asking for time to decide, asking about its terms, asking for
 * feedback after a no, withdrawing). Each is worded for who it goes to (an
 * interviewer, a coordinator, an agency recruiter) and checked by the same
 * checker (`email-checks.ts`). The person
 * edits the draft before sending, so where data is missing the draft holds a
 * bracketed placeholder such as `[your mobile number]`, which
 * `email-checks.ts` flags and the copy and open buttons name.
 *
 * The bodies are in one file per email (`thank-you-body.ts`, `check-in-body.ts`,
 * `closing-body.ts`, `other-offer-body.ts`, `offer-reply-body.ts`,
 * `after-no-body.ts`, `withdraw-body.ts`); what they share (the input, the
 * role phrase, the greeting) is in `draft-parts.ts`; which drafts go with
 * which outcome, and their names, in `email-kinds.ts`.
 */
import type { EmailKind, Interview } from '../records/model';
import { feedbackBody } from './after-no-body';
import { checkInBody } from './check-in-body';
import { closingBody } from './closing-body';
import { audienceOf, type DraftInput } from './draft-parts';
import { offerAcceptBody, offerTermsBody, offerTimeBody } from './offer-reply-body';
import { otherOfferBody } from './other-offer-body';
import { withdrawBody } from './withdraw-body';
import { truncate } from './text';
import { charLength, squish } from '../shared/text';
import { thankYouBody } from './thank-you-body';

const BODIES: Record<EmailKind, (input: DraftInput) => string> = {
  'thank-you': thankYouBody,
  'check-in': checkInBody,
  closing: closingBody,
  'other-offer': otherOfferBody,
  'offer-accept': offerAcceptBody,
  'offer-time': offerTimeBody,
  'offer-terms': offerTermsBody,
  feedback: feedbackBody,
  withdraw: withdrawBody,
};

// Each subject is "<lead> – <role> <noun>", shortened to fit (see `draftSubject`).
const SUBJECTS: Record<EmailKind, { lead: string; noun: string }> = {
  'thank-you': { lead: 'Thank you', noun: 'interview' },
  'check-in': { lead: 'Following up', noun: 'interview' },
  closing: { lead: 'With thanks', noun: 'interview' },
  'other-offer': { lead: 'Another offer', noun: 'interview' },
  'offer-accept': { lead: 'Accepting your offer', noun: 'role' },
  'offer-time': { lead: 'Your offer', noun: 'role' },
  'offer-terms': { lead: 'Questions about the offer', noun: 'role' },
  feedback: { lead: 'Thank you', noun: 'application' },
  withdraw: { lead: 'Withdrawing my application', noun: 'role' },
};

/** Subjects are kept to fewer than this many characters, so inboxes show them whole. */
export const SUBJECT_LIMIT = 60;

/** A drafted email. */
export interface EmailDraft {
  subject: string;
  body: string;
}

/**
 * Drafts an email of any kind from the interview, the contact's card and
 * your profile (and, for some kinds, a date: `deadlineText`, `answerByText`).
 *
 * The thank-you thanks them, mentions one point you discussed, says why you
 * fit (from what they need and what went well, in the notes), offers
 * references or samples and gives your mobile. The check-in says who you are
 * and when you interviewed, that you are still interested, that you
 * understand decisions take time, and asks for an updated timeframe. Either
 * one to a recruiter or coordinator asks them to pass things on.
 *
 * @example draftEmail({ kind: 'thank-you', interview, interviewer, profile, interviewDateText: 'Tuesday 3 March' }).subject //=> 'Thank you – Product Designer interview'
 */
export function draftEmail(input: DraftInput): EmailDraft {
  const subject = draftSubject(input.kind, input.interview, audienceOf(input.interviewer) === 'recruiter');
  const body = BODIES[input.kind](input);
  return { subject, body };
}

// A recruiter looks after many roles at many companies: name the company too when it fits.
function draftSubject(kind: EmailKind, interview: Pick<Interview, 'role' | 'company'>, withCompany: boolean): string {
  const { lead, noun } = SUBJECTS[kind];
  const role = squish(interview.role);
  const company = squish(interview.company);
  const options = role
    ? [...(withCompany && company ? [`${lead} – ${role} ${noun} at ${company}`] : []), `${lead} – ${role} ${noun}`, `${lead} – ${role}`]
    : company
      ? [`${lead} – ${noun} at ${company}`, `${lead} – ${company}`]
      : [`${lead} – [role] ${noun}`];
  const fitting = options.find((option) => charLength(option) < SUBJECT_LIMIT);
  return fitting ?? truncate(options[options.length - 1]!, SUBJECT_LIMIT - 1);
}
