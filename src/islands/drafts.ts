/**
 * The email a person sees for one interviewer: their saved draft if they
 * edited one, otherwise a fresh draft from the interview, notes and profile
 * (so the draft follows the notes until the person makes it their own).
 * A fresh draft quotes notes only up to their bounds (`messages/long-text.ts`)
 * and says which were shortened.
 */
import { draftEmail, type EmailDraft } from '../domain/messages/email-draft';
import { boundForMessages, quotedCuts } from '../domain/messages/long-text';
import { interviewerNames } from '../domain/records/contacts';
import { draftKey } from '../domain/records/defaults';
import type { EmailKind, Interview, Interviewer, Profile } from '../domain/records/model';
import { isValidDate } from '../domain/records/validate/fields';
import { wallDateText } from './format';

/** A draft as shown: its text, whether it is the person's own edit, and which notes a fresh one shortened. */
export type ShownDraft = EmailDraft & { edited: boolean; shortened: string[] };

/** What a draft needs beyond the interview: dates some drafts name (`YYYY-MM-DD`), and the reader's country. */
export interface DraftOptions {
  /** When you will answer an offer. */
  answerBy?: string;
  /** When another offer must be answered. */
  otherOfferDeadline?: string;
  /** The reader's country (ISO 3166), for the form of address it expects; `''` when not known yet. */
  country?: string;
}

/** The draft shown for `kind` to `interviewer`, and whether it is the person's own edit. */
export function currentDraft(interview: Interview, interviewer: Interviewer, profile: Profile, kind: EmailKind, point?: string, dates: DraftOptions = {}): ShownDraft {
  const saved = interview.drafts[draftKey(kind, interviewer.id)];
  if (saved) return { subject: saved.subject, body: saved.body, edited: true, shortened: [] };
  return { ...freshDraft(interview, interviewer, profile, kind, point, dates), edited: false };
}

/** A draft written from scratch from what Nudge knows, and which notes it had to shorten. */
export function freshDraft(
  interview: Interview,
  interviewer: Interviewer,
  profile: Profile,
  kind: EmailKind,
  point?: string,
  dates: DraftOptions = {},
): EmailDraft & { shortened: string[] } {
  // A date that does not exist (2026-02-30, from an import) is left for the person to fill in, never rolled over to March.
  const interviewDateText = isValidDate(interview.date) ? wallDateText(interview.date) : '';
  const bounded = boundForMessages(interview, profile, point);
  const person = bounded.interview.interviewers.find((other) => other.id === interviewer.id) ?? interviewer;
  const draft = draftEmail({
    kind,
    interview: bounded.interview,
    interviewer: person,
    profile: bounded.profile,
    point: bounded.point,
    interviewDateText,
    metWith: interviewerNames(bounded.interview),
    // A date not given (or not a date) stays a placeholder for the person to fill in.
    answerByText: dates.answerBy && isValidDate(dates.answerBy) ? wallDateText(dates.answerBy) : '',
    deadlineText: dates.otherOfferDeadline && isValidDate(dates.otherOfferDeadline) ? wallDateText(dates.otherOfferDeadline) : '',
    country: dates.country ?? '',
  });
  return { ...draft, shortened: quotedCuts(bounded, [draft.subject, draft.body]) };
}
