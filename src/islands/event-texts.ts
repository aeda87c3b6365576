/**
 * What each calendar reminder says to do: the start of the email to send, or
 * the call script, so the event alone is enough to act on.
 */
import { buildCallScript } from '../domain/messages/call-script';
import type { EventTexts } from '../domain/calendar/follow-up-events';
import { followUpRecipients, interviewerNames } from '../domain/records/contacts';
import type { Interview, Profile } from '../domain/records/model';
import { isValidDate } from '../domain/records/validate/fields';
import { currentDraft } from './drafts';
import { wallDateText } from './format';

const PREVIEW_LINES = 4;

/** The texts for `interview`'s reminders, for the first person its follow-ups go to (a recruiter, when chosen). */
export function eventTexts(interview: Interview, profile: Profile): EventTexts {
  const person = followUpRecipients(interview)[0] ?? interview.interviewers[0]!;
  const preview = (kind: 'thank-you' | 'check-in') => {
    const draft = currentDraft(interview, person, profile, kind);
    const lines = draft.body.split('\n').filter((line) => line.trim() !== '').slice(0, PREVIEW_LINES);
    return [`Send the ${kind} email. Subject: ${draft.subject}`, ...lines, '…'].join('\n');
  };
  const script = buildCallScript({
    interview,
    interviewer: person,
    profile,
    notes: interview.notes,
    metWith: interviewerNames(interview),
    interviewDateText: isValidDate(interview.date) ? wallDateText(interview.date) : '',
  });
  return {
    thankYou: preview('thank-you'),
    checkInEmail: preview('check-in'),
    call: ['Call to check in. What to say:', script.opening, ...script.lines].join('\n'),
    closing:
      'No answer after all your check-ins. Send a short, gracious closing note: thank them once more, wish them well with the hire, ask to be kept in mind for future roles. Then put your energy into your other applications.',
  };
}
