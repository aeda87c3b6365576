/**
 * Who interviews you, from an invitation's ORGANIZER and ATTENDEE lines:
 * everyone but you and the rooms and equipment booked for it.
 */

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

/**
 * Splits the people on an invitation into interviewers and the rest. You are
 * recognised by `yourEmail` (any letter case); rooms, resources and groups by
 * CUTYPE, and Google's room addresses (`…@resource.calendar.google.com`). The
 * organiser comes first, each address once. A CN that is only the email
 * address is not a name, so the name is left blank to be filled from the card.
 *
 * @example invitationPeople([{ name: 'Jane Tan', email: 'jane@acme.example', kind: 'INDIVIDUAL', organizer: true }, { name: 'Priya Shah', email: 'priya@example.com', kind: 'INDIVIDUAL', organizer: false }], 'priya@example.com')
 * //=> { interviewers: [{ name: 'Jane Tan', email: 'jane@acme.example' }], leftOut: [{ label: 'Priya Shah (priya@example.com)', reason: 'you' }] }
 */
export function invitationPeople(
  people: readonly CalendarPerson[],
  yourEmail: string,
): { interviewers: { name: string; email: string }[]; leftOut: LeftOutPerson[] } {
  const you = yourEmail.trim().toLowerCase();
  const seen = new Set<string>();
  const interviewers: { name: string; email: string }[] = [];
  const leftOut: LeftOutPerson[] = [];
  const ordered = [...people.filter((person) => person.organizer), ...people.filter((person) => !person.organizer)];
  for (const person of ordered) {
    const email = person.email.trim();
    const key = email.toLowerCase() || `name:${person.name.trim().toLowerCase()}`;
    if (seen.has(key) || key === 'name:') continue;
    seen.add(key);
    const name = person.name.trim().toLowerCase() === email.toLowerCase() ? '' : person.name.trim();
    const label = name && email ? `${name} (${email})` : name || email;
    if (you !== '' && email.toLowerCase() === you) leftOut.push({ label, reason: 'you' });
    else if (person.kind === 'ROOM') leftOut.push({ label, reason: 'room' });
    else if (person.kind === 'RESOURCE' || /@resource\.calendar\.google\.com$/iu.test(email)) leftOut.push({ label, reason: 'resource' });
    else if (person.kind === 'GROUP') leftOut.push({ label, reason: 'group' });
    else interviewers.push({ name, email });
  }
  return { interviewers, leftOut };
}
