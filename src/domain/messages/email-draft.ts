/**
 * First drafts of the two emails: the thank-you sent after the interview and
 * the check-in sent once the hear-back date has passed, each worded for who
 * it goes to (an interviewer, a coordinator, an agency recruiter). The person
 * edits the draft before sending, so where data is missing the draft holds a
 * bracketed placeholder such as `[your mobile number]`, which
 * `email-checks.ts` flags and the copy and open buttons name.
 *
 * The bodies are in `thank-you-body.ts` and `check-in-body.ts`; what they
 * share (the input, the role phrase, the greeting) is in `draft-parts.ts`.
 */
import type { EmailKind, Interview } from '../records/model';
import { checkInBody } from './check-in-body';
import { audienceOf, type DraftInput } from './draft-parts';
import { truncate } from './text';
import { charLength, squish } from '../shared/text';
import { thankYouBody } from './thank-you-body';

/** Subjects are kept to fewer than this many characters, so inboxes show them whole. */
export const SUBJECT_LIMIT = 60;

/** A drafted email. */
export interface EmailDraft {
  subject: string;
  body: string;
}

/**
 * Drafts a thank-you or check-in email from the interview, the contact's
 * card and your profile.
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
  const body = input.kind === 'thank-you' ? thankYouBody(input) : checkInBody(input);
  return { subject, body };
}

// A recruiter looks after many roles at many companies: name the company too when it fits.
function draftSubject(kind: EmailKind, interview: Pick<Interview, 'role' | 'company'>, withCompany: boolean): string {
  const lead = kind === 'thank-you' ? 'Thank you' : 'Following up';
  const role = squish(interview.role);
  const company = squish(interview.company);
  const options = role
    ? [...(withCompany && company ? [`${lead} – ${role} interview at ${company}`] : []), `${lead} – ${role} interview`, `${lead} – ${role}`]
    : company
      ? [`${lead} – interview at ${company}`, `${lead} – ${company}`]
      : [`${lead} – [role] interview`];
  const fitting = options.find((option) => charLength(option) < SUBJECT_LIMIT);
  return fitting ?? truncate(options[options.length - 1]!, SUBJECT_LIMIT - 1);
}
