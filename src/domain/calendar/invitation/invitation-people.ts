/**
 * Who interviews you, from an invitation's ORGANIZER and ATTENDEE lines:
 * everyone but you and the rooms and equipment booked for it, each proposed
 * with the role they most likely have.
 *
 * You are recognised by your email ("About you"), and, before that is
 * filled, by what invitations say about their guest: the name the
 * description greets ("Hi Amira"), a name in the title ("Interview: Amira
 * Rahman / Brightlane"), your name in "About you", or the one personal
 * address among colleagues who share the organiser's domain. Those guesses
 * are proposed unticked, each with why, so the person decides. Someone from
 * another company's domain (an agency's) is proposed as "Recruiter / agency".
 */
import type { ContactRole } from '../../records/model';

/** One ORGANIZER or ATTENDEE line, as read. */
export interface CalendarPerson {
  /** CN, or `''`. */
  name: string;
  /** The `mailto:` address, or `''`. */
  email: string;
  /** CUTYPE, upper case; `INDIVIDUAL` when not given (RFC 5545 §3.2.3). */
  kind: string;
  organizer: boolean;
}

/** Someone (or something) on the invitation who is not an interviewer, and why. */
export interface LeftOutPerson {
  label: string;
  reason: 'you' | 'room' | 'resource' | 'group';
}

/** A person the invitation proposes as a contact. */
export interface ProposedPerson {
  name: string;
  email: string;
  /** The role proposed: `recruiter` for someone from another company's domain. */
  role: ContactRole;
  /** Ticked in the preview: false for someone who looks like you. */
  keep: boolean;
  /** Why they are unticked or given another role, for the preview; `''` when neither. */
  why: string;
}

/** What Nudge knows about you, to leave you out. */
export interface You {
  email: string;
  name: string;
}

/** The invitation's own words, which name its guest. */
export interface InvitationText {
  summary: string;
  description: string;
}

// Mail services people use for themselves: an address there is a person's, not an employer's.
const PERSONAL_MAIL = /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|qq|163|126|naver|rediffmail)\.[a-z.]+$/iu;
// "Hi Amira", "Dear Amira,", "Hello Ms Rahman" at the start of a line of the description.
const GREETING = /^[\s>]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[\s,]+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?([\p{L}][\p{L}'’-]*)/imu;

const fold = (text: string) => text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
const domainOf = (email: string) => email.trim().toLowerCase().split('@')[1] ?? '';

/**
 * Splits the people on an invitation into proposed contacts and the rest.
 * You are left out by `you.email` (any letter case); rooms, resources and
 * groups by CUTYPE, and Google's room addresses (`…@resource.calendar.google.com`).
 * The organiser comes first, each address once. A CN that is only the email
 * address is not a name, so the name is left blank to be filled from the card.
 *
 * @example invitationPeople([{ name: 'Jane Tan', email: 'jane@acme.example', kind: 'INDIVIDUAL', organizer: true }, { name: 'Priya Shah', email: 'priya@example.com', kind: 'INDIVIDUAL', organizer: false }], { email: 'priya@example.com', name: '' })
 * //=> { interviewers: [{ name: 'Jane Tan', email: 'jane@acme.example', role: 'interviewer', keep: true, why: '' }], leftOut: [{ label: 'Priya Shah (priya@example.com)', reason: 'you' }] }
 */
export function invitationPeople(
  people: readonly CalendarPerson[],
  you: You,
  text: InvitationText = { summary: '', description: '' },
): { interviewers: ProposedPerson[]; leftOut: LeftOutPerson[] } {
  const yourEmail = you.email.trim().toLowerCase();
  const seen = new Set<string>();
  const found: { name: string; email: string; organizer: boolean }[] = [];
  const leftOut: LeftOutPerson[] = [];
  const ordered = [...people.filter((person) => person.organizer), ...people.filter((person) => !person.organizer)];
  for (const person of ordered) {
    const email = person.email.trim();
    const key = email.toLowerCase() || `name:${person.name.trim().toLowerCase()}`;
    if (seen.has(key) || key === 'name:') continue;
    seen.add(key);
    const name = person.name.trim().toLowerCase() === email.toLowerCase() ? '' : person.name.trim();
    const label = name && email ? `${name} (${email})` : name || email;
    if (yourEmail !== '' && email.toLowerCase() === yourEmail) leftOut.push({ label, reason: 'you' });
    else if (person.kind === 'ROOM') leftOut.push({ label, reason: 'room' });
    else if (person.kind === 'RESOURCE' || /@resource\.calendar\.google\.com$/iu.test(email)) leftOut.push({ label, reason: 'resource' });
    else if (person.kind === 'GROUP') leftOut.push({ label, reason: 'group' });
    else found.push({ name, email, organizer: person.organizer });
  }
  const youFound = leftOut.some((person) => person.reason === 'you');
  const organizerDomain = domainOf(found.find((person) => person.organizer)?.email ?? '');
  const guests = found.filter((person) => !person.organizer);
  const outsiders = guests.filter((person) => domainOf(person.email) !== organizerDomain);
  const interviewers = found.map((person): ProposedPerson => {
    const domain = domainOf(person.email);
    const why = youFound || person.organizer ? '' : looksLikeYou(person, you, text, { guests, outsiders, organizerDomain });
    if (why) return { name: person.name, email: person.email, role: 'interviewer', keep: false, why };
    if (!person.organizer && organizerDomain !== '' && domain !== '' && domain !== organizerDomain && !PERSONAL_MAIL.test(domain)) {
      return { name: person.name, email: person.email, role: 'recruiter', keep: true, why: `From another company’s address (${domain}) than the organiser’s, so proposed as a recruiter or agency.` };
    }
    return { name: person.name, email: person.email, role: 'interviewer', keep: true, why: '' };
  });
  return { interviewers, leftOut };
}

/** Why a guest looks like you, in words for the preview, or `''` when they do not. */
function looksLikeYou(
  person: { name: string; email: string },
  you: You,
  text: InvitationText,
  others: { guests: readonly { email: string }[]; outsiders: readonly { email: string }[]; organizerDomain: string },
): string {
  const name = fold(person.name);
  const first = name.split(' ')[0] ?? '';
  const local = person.email.toLowerCase().split('@')[0] ?? '';
  if (name !== '' && you.name.trim() !== '' && name === fold(you.name)) return 'Untick: this is your name in “About you”.';
  const greeted = GREETING.exec(text.description)?.[1]?.toLowerCase();
  if (greeted && greeted.length > 1 && (greeted === first || name.split(' ').includes(greeted) || local.startsWith(greeted))) {
    return `Unticked: the description greets “${greeted[0]!.toUpperCase()}${greeted.slice(1)}”, so this is probably you.`;
  }
  if (name.includes(' ') && fold(text.summary).includes(name)) return 'Unticked: their name is in the invitation’s title, so this is probably you.';
  const domain = domainOf(person.email);
  const alone = others.outsiders.length === 1 && others.outsiders[0]!.email === person.email;
  if (alone && PERSONAL_MAIL.test(domain) && (others.guests.length > 1 || others.organizerDomain !== '')) {
    return `Unticked: the only personal address (${domain}) among people from ${others.organizerDomain || 'the company'}, so this is probably you.`;
  }
  return '';
}

/**
 * The names of everyone on the invitation who is, or looks like, you: never
 * to be suggested as the company or the role.
 *
 * @example yourNames(invitationPeople(people, you, text), you) //=> ['Amira Rahman']
 */
export function yourNames(split: { interviewers: readonly ProposedPerson[]; leftOut: readonly LeftOutPerson[] }, you: You): string[] {
  const names = [
    you.name.trim(),
    ...split.interviewers.filter((person) => !person.keep).map((person) => person.name),
    ...split.leftOut.filter((person) => person.reason === 'you').map((person) => person.label.replace(/\s*\([^)]*@[^)]*\)$/u, '')),
  ];
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== '' && !name.includes('@')))];
}
