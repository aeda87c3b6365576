/**
 * What each calendar reminder says to do: the start of the email to send, or
 * the call script, so the event alone is enough to act on. Notes are quoted
 * only up to their bounds (`messages/long-text.ts`); `shortened` says which
 * were cut, for the message after a download.
 */
import { buildCallScript } from '../domain/messages/call-script';
import type { EventTexts } from '../domain/calendar/follow-up-events';
import { boundForMessages, quotedCuts } from '../domain/messages/long-text';
import { followUpRecipients, interviewerNames } from '../domain/records/contacts';
import type { Interview, Profile } from '../domain/records/model';
import { isValidDate } from '../domain/records/validate/fields';
import { currentDraft } from './drafts';
import { wallDateText } from './format';
import { withBase } from '../utils/url';

const PREVIEW_LINES = 4;

/** The texts for `interview`'s reminders, for the first person its follow-ups go to (a recruiter, when chosen), and which notes they shortened. */
export function eventTexts(interview: Interview, profile: Profile): EventTexts & { shortened: string[] } {
  const person = followUpRecipients(interview)[0] ?? interview.interviewers[0]!;
  const shortened = new Set<string>();
  const preview = (kind: 'thank-you' | 'check-in') => {
    const draft = currentDraft(interview, person, profile, kind);
    for (const label of draft.shortened) shortened.add(label);
    const lines = draft.body.split('\n').filter((line) => line.trim() !== '').slice(0, PREVIEW_LINES);
    return [`Send the ${kind} email. Subject: ${draft.subject}`, ...lines, '…'].join('\n');
  };
  const bounded = boundForMessages(interview, profile);
  const script = buildCallScript({
    interview: bounded.interview,
    interviewer: bounded.interview.interviewers.find((other) => other.id === person.id) ?? person,
    profile: bounded.profile,
    notes: bounded.interview.notes,
    metWith: interviewerNames(bounded.interview),
    interviewDateText: isValidDate(interview.date) ? wallDateText(interview.date) : '',
  });
  const call = ['Call to check in. What to say:', script.opening, ...script.lines].join('\n');
  for (const label of quotedCuts(bounded, [call])) shortened.add(label);
  return {
    thankYou: preview('thank-you'),
    checkInEmail: preview('check-in'),
    call,
    closing:
      'No answer after all your check-ins. Send a short, gracious closing note: thank them once more, wish them well with the hire, ask to be kept in mind for future roles. Then put your energy into your other applications.',
    // Absolute, so a calendar app opens it: where this page is served from (offline too, by the service worker).
    plannerUrl: typeof location === 'undefined' ? undefined : new URL(withBase('/planner/'), location.href).href,
    shortened: [...shortened],
  };
}
