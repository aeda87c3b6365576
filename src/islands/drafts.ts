/**
 * The email a person sees for one interviewer: their saved draft if they
 * edited one, otherwise a fresh draft from the interview, notes and profile
 * (so the draft follows the notes until the person makes it their own).
 */
import { draftEmail, type EmailDraft } from '../domain/messages/email-draft';
import { interviewerNames } from '../domain/records/contacts';
import { draftKey } from '../domain/records/defaults';
import type { EmailKind, Interview, Interviewer, Profile } from '../domain/records/model';
import { wallDateText } from './format';

/** The draft shown for `kind` to `interviewer`, and whether it is the person's own edit. */
export function currentDraft(
  interview: Interview,
  interviewer: Interviewer,
  profile: Profile,
  kind: EmailKind,
  point?: string,
): EmailDraft & { edited: boolean } {
  const saved = interview.drafts[draftKey(kind, interviewer.id)];
  if (saved) return { subject: saved.subject, body: saved.body, edited: true };
  return { ...freshDraft(interview, interviewer, profile, kind, point), edited: false };
}

/** A draft written from scratch from what Nudge knows. */
export function freshDraft(interview: Interview, interviewer: Interviewer, profile: Profile, kind: EmailKind, point?: string): EmailDraft {
  const interviewDateText = interview.date ? wallDateText(interview.date) : '';
  return draftEmail({ kind, interview, interviewer, profile, point, interviewDateText, metWith: interviewerNames(interview) });
}
