/**
 * What an invitation fills in an interview: shown to the person first (what
 * was read, what was left out, the company and role as suggestions to tick),
 * then applied to a new interview, or to the open one while it is still blank.
 */
import { emptyInterviewer } from '../../records/defaults';
import type { Interview } from '../../records/model';
import { suggestCompanyAndRole, type Suggestion } from './company-role';
import { invitationIdentity } from './invitation-update';
import { invitationPeople, yourNames, type LeftOutPerson, type ProposedPerson, type You } from './invitation-people';
import type { InvitationEvent } from './read-invitation';

/** What one event would fill, before anything is saved. */
export interface InvitationProposal {
  event: InvitationEvent;
  /** Each with the role proposed, whether it starts ticked, and why not. */
  interviewers: ProposedPerson[];
  leftOut: LeftOutPerson[];
  company?: Suggestion;
  role?: Suggestion;
  /** Things the person should check (the time zone was guessed, say). */
  notes: string[];
}

/** The person's choices in the preview. */
export interface FillChoices {
  /** One per proposed interviewer: keep them? */
  interviewers: readonly boolean[];
  company: boolean;
  role: boolean;
}

const FORMAT_NAMES = { 'in-person': 'in person', video: 'video call', phone: 'phone call' } as const;

/**
 * The proposal for one event: its people (you, rooms and resources left
 * out; someone who looks like you unticked, saying why; someone from an
 * agency's domain as a recruiter), its company and role suggestions (never
 * your own name), and notes to check.
 *
 * @example proposeFill(event, { email: 'priya@example.com', name: 'Priya Shah' }).leftOut //=> [{ label: 'Priya Shah (priya@example.com)', reason: 'you' }, …]
 */
export function proposeFill(event: InvitationEvent, you: You): InvitationProposal {
  const split = invitationPeople(event.people, you, { summary: event.summary, description: event.description });
  const organizer = event.people.find((person) => person.organizer)?.email ?? '';
  const notes = [event.start.note].filter(Boolean);
  const guessed = split.interviewers.some((person) => !person.keep);
  if (you.email.trim() === '' && split.interviewers.length > 1 && !guessed) {
    notes.push('Add your email under “About you” and Nudge will leave you out of the interviewers; for now, untick yourself below.');
  }
  if (event.place.other) notes.push(`The location, “${event.place.other}”, is neither a street address nor a video link, so it is not kept.`);
  const suggestions = suggestCompanyAndRole(event.summary, organizer);
  // Your own name in the title ("Amira Rahman / Brightlane") is never the company or the role.
  const yours = yourNames(split, you).map((name) => name.toLowerCase());
  const isYours = (suggestion: Suggestion | undefined) => suggestion !== undefined && yours.some((name) => suggestion.value.toLowerCase().includes(name) || name.includes(suggestion.value.toLowerCase()));
  return {
    event,
    ...split,
    ...(suggestions.company && !isYours(suggestions.company) ? { company: suggestions.company } : {}),
    ...(suggestions.role && !isYours(suggestions.role) ? { role: suggestions.role } : {}),
    notes,
  };
}

/**
 * Whether an interview is still blank, as "Add interview" makes it: no
 * company, role, time, notes, drafts or follow-ups, and no interviewer
 * details. Its date does not count (a new interview has today's).
 *
 * @example isBlankInterview(createInterview({ … })) //=> true
 */
export function isBlankInterview(interview: Interview): boolean {
  const { notes } = interview;
  const text = [interview.company, interview.role, interview.time, interview.hearBackBy, interview.location, interview.videoLink, notes.learned, notes.wentWell, notes.elaborate, notes.openQuestions];
  const people = interview.interviewers.every((person) => [person.name, person.title, person.email, person.phone, person.address].every((value) => value.trim() === '') && person.links.length === 0);
  const ticks = [notes.askedForCard, notes.checkedSpelling, notes.askedWhenToHear, notes.proposedDate];
  return (
    text.every((value) => value.trim() === '') &&
    people &&
    !ticks.some(Boolean) &&
    notes.points.every((point) => point.trim() === '') &&
    Object.keys(interview.drafts).length === 0 &&
    Object.keys(interview.followUps).length === 0
  );
}

/**
 * Fills `interview` from the proposal and the person's choices: date, time
 * and zone, the format and its link or address when the invitation says,
 * the interviewers kept (replacing the blank card), and the company and
 * role only when ticked.
 *
 * @param interview - a blank interview (new, or the open one); not modified
 * @param newId - ids for the interviewers' cards
 * @example applyInvitation(blank, proposal, { interviewers: [true], company: true, role: false }, newId).company //=> 'Acme Logistics Pte Ltd'
 */
export function applyInvitation(interview: Interview, proposal: InvitationProposal, choices: FillChoices, newId: () => string): Interview {
  const { start, place } = proposal.event;
  const kept = proposal.interviewers.filter((_, index) => choices.interviewers[index]);
  const blankCards = interview.interviewers;
  return {
    ...interview,
    date: start.date,
    time: start.time,
    timeZone: start.timeZone,
    format: place.format ?? interview.format,
    location: place.address || interview.location,
    videoLink: place.videoLink || interview.videoLink,
    company: choices.company && proposal.company ? proposal.company.value : interview.company,
    role: choices.role && proposal.role ? proposal.role.value : interview.role,
    interviewers:
      kept.length === 0
        ? blankCards
        : kept.map((person, index) => ({ ...emptyInterviewer(blankCards[index]?.id ?? newId(), person.role), name: person.name, email: person.email })),
    ...invitationIdentity(proposal.event),
  };
}

/**
 * What was filled, as list items for "Filled from the invitation: …".
 *
 * @example filledItems(proposal, { interviewers: [true, true], company: true, role: true })
 * //=> ['the date and time', 'the time zone (Asia/Singapore)', 'interviewers Jane Tan and Tom Hughes', 'the format (video call, Microsoft Teams) with its link', 'the company', 'the role']
 */
export function filledItems(proposal: InvitationProposal, choices: FillChoices): string[] {
  const { start, place } = proposal.event;
  const kept = proposal.interviewers.filter((_, index) => choices.interviewers[index]).map((person) => person.name || person.email);
  const items = [start.time ? 'the date and time' : 'the date', `the time zone (${start.timeZone})`];
  if (kept.length > 0) items.push(`${kept.length === 1 ? 'interviewer' : 'interviewers'} ${joinList(kept)}`);
  if (place.format === 'video') items.push(`the format (video call${place.service ? `, ${place.service}` : ''}) with its link`);
  else if (place.format === 'in-person') items.push('the format (in person) with the address');
  else if (place.format) items.push(`the format (${FORMAT_NAMES[place.format]})`);
  if (place.format === 'video' && place.address) items.push('the address');
  if (choices.company && proposal.company) items.push('the company');
  if (choices.role && proposal.role) items.push('the role');
  return items;
}

/**
 * 'a', 'a and b', 'a, b and c'.
 *
 * @example joinList(['the date', 'the role']) //=> 'the date and the role'
 */
export function joinList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
