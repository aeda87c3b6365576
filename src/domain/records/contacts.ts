/**
 * An interview's contacts and who the follow-ups go to. The cards in
 * `Interview.interviewers` are everyone the person may write to: the people
 * who interviewed them, and perhaps the employer's HR or interview coordinator
 * or an agency recruiter who put them forward (`contactRole`). When the
 * interview came through an agency, check-ins go to the recruiter, not the
 * employer; `Interview.followUpsTo` names that contact.
 *
 * Imports only types, so the planner's first screen can use it without the schemas.
 */
import type { ContactRole, Interview, Interviewer } from './model';

/** What each role is called in the planner. */
export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  interviewer: 'Interviewer',
  coordinator: 'HR / coordinator',
  recruiter: 'Recruiter / agency',
};

/**
 * The contact every follow-up goes to, when one is chosen and is still on the
 * interview; `undefined` means the follow-ups go to the interviewers themselves.
 *
 * @example followUpContact({ ...interview, followUpsTo: 'r1', interviewers: [jane, { ...sam, id: 'r1' }] })?.name //=> 'Sam Reid'
 */
export function followUpContact(interview: Pick<Interview, 'interviewers' | 'followUpsTo'>): Interviewer | undefined {
  if (interview.followUpsTo === '') return undefined;
  return interview.interviewers.find((person) => person.id === interview.followUpsTo);
}

/**
 * The people who interviewed you: the cards with the interviewer role, or
 * every card when none has it (someone who has only filled in a recruiter).
 *
 * @example interviewersOf({ interviewers: [jane, sam] }).map((person) => person.name) //=> ['Jane Tan']
 */
export function interviewersOf(interview: Pick<Interview, 'interviewers'>): Interviewer[] {
  const interviewers = interview.interviewers.filter((person) => person.contactRole === 'interviewer');
  return interviewers.length > 0 ? interviewers : [...interview.interviewers];
}

/**
 * Who the follow-ups go to: the chosen contact, else the interviewers.
 *
 * @example followUpRecipients({ ...interview, followUpsTo: '' }).map((person) => person.name) //=> ['Jane Tan', 'Tom Hughes']
 */
export function followUpRecipients(interview: Pick<Interview, 'interviewers' | 'followUpsTo'>): Interviewer[] {
  const chosen = followUpContact(interview);
  return chosen ? [chosen] : interviewersOf(interview);
}

/**
 * The names of the people who interviewed you, trimmed, blanks left out: what
 * a recruiter or coordinator is asked to pass your thanks on to.
 *
 * @example interviewerNames({ interviewers: [jane, tom, sam] }) //=> ['Jane Tan', 'Tom Hughes']
 */
export function interviewerNames(interview: Pick<Interview, 'interviewers'>): string[] {
  return interview.interviewers
    .filter((person) => person.contactRole === 'interviewer')
    .map((person) => person.name.trim())
    .filter((name) => name !== '');
}

/**
 * A contact as a choice in a list: their name and, for anyone but an
 * interviewer, their role; the role and its place in the list when the card has no name yet.
 *
 * @example contactLabel({ name: 'Sam Reid', contactRole: 'recruiter' }, 1) //=> 'Sam Reid (Recruiter / agency)'
 * @example contactLabel({ name: '', contactRole: 'interviewer' }, 0) //=> 'Interviewer 1'
 */
export function contactLabel(person: Pick<Interviewer, 'name' | 'contactRole'>, index: number): string {
  const name = person.name.trim();
  if (!name) return `${CONTACT_ROLE_LABELS[person.contactRole]} ${index + 1}`;
  return person.contactRole === 'interviewer' ? name : `${name} (${CONTACT_ROLE_LABELS[person.contactRole]})`;
}
