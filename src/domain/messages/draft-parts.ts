/**
 * What every draft is made of: its input, the phrases built from the
 * interview (the role, the greeting, the people you met) and the points from
 * the notes. Shared by the two email bodies and the call script.
 *
 * Greeting: "Dear <name>," with the contact's name in the form of address
 * set for them, or their country's custom (`salutation.ts`): "Dear Tom," in
 * London, "Dear Ms Tan," in Singapore when her title is known, and the full
 * name as on the card whenever the given name cannot be told safely.
 */
import type { ContactRole, EmailKind, Interview, Interviewer, Profile } from '../records/model';
import { clause, orPlaceholder } from './text';
import { squish } from '../shared/text';
import { noteParts } from './note-match';
import { nameParts } from './name-parts';
import { greetingName, type GreetedContact } from './salutation';
import type { NoteReader } from './note-voice';

/** What `draftEmail` needs. */
export interface DraftInput {
  kind: EmailKind;
  interview: Pick<Interview, 'role' | 'company' | 'notes'>;
  /** Who the email is to (a missing `contactRole` means someone who interviewed you), with their name's parts and form of address if known. */
  interviewer: Pick<Interviewer, 'name'> & Partial<Pick<Interviewer, 'contactRole'>> & GreetedContact;
  /** The reader's country (ISO 3166, e.g. `GB`), for the form of address their country expects; `''` when not known. Default `''`. */
  country?: string;
  profile: Pick<Profile, 'name' | 'mobile'>;
  /** The point from `notes.points` to mention. Default: the first one. */
  point?: string;
  /** The interview date, already formatted for the reader, e.g. "Tuesday 3 March". */
  interviewDateText: string;
  /** For a recruiter or coordinator: the names of the people you met (see `records/contacts.ts`). */
  metWith?: readonly string[];
  /** `other-offer`: when you must answer the other offer, formatted for the reader ("Friday 20 March"). Default: a placeholder. */
  deadlineText?: string;
  /** `offer-time`: when you will answer their offer, formatted for the reader. Default: a placeholder. */
  answerByText?: string;
}

/**
 * Who a draft is to: the contact's role, or an interviewer when none is given.
 *
 * @example audienceOf({ name: 'Sam Reid', contactRole: 'recruiter' }) //=> 'recruiter'
 */
export function audienceOf(contact: Partial<Pick<Interviewer, 'contactRole'>>): ContactRole {
  return contact.contactRole ?? 'interviewer';
}

/**
 * The points from the notes worth offering to mention: trimmed, blanks and
 * exact repeats left out, in the order they were written.
 *
 * @example pointsToOffer({ points: [' APAC launch ', '', 'APAC launch', 'team size'] }) //=> ['APAC launch', 'team size']
 */
export function pointsToOffer(notes: Pick<Interview['notes'], 'points'>): string[] {
  return [...new Set(notes.points.map(squish).filter((point) => point !== ''))];
}

/**
 * The job as a phrase for a sentence, with placeholders only when both role
 * and company are missing.
 *
 * @example describeRole({ role: 'Product Designer', company: 'Acme' }) //=> 'the Product Designer role at Acme'
 */
export function describeRole(interview: Pick<Interview, 'role' | 'company'>): string {
  const role = squish(interview.role);
  const company = squish(interview.company);
  if (role && company) return `the ${role} role at ${company}`;
  if (role) return `the ${role} role`;
  if (company) return `the role at ${company}`;
  return 'the [role] role at [company]';
}

/**
 * The company's name for a sentence, or a placeholder.
 *
 * @example companyName({ company: ' Acme ' }) //=> 'Acme'
 */
export function companyName(interview: Pick<Interview, 'company'>): string {
  return orPlaceholder(interview.company, 'company');
}

/**
 * "Dear <name>," in the form of address for the contact in `country` (see
 * `salutation.ts`), or a placeholder when there is no name, or no safe form
 * of it (a lone family name).
 *
 * @example greeting({ name: 'Jane Tan' }, 'GB') //=> 'Dear Jane,'
 * @example greeting({ name: 'Tan' }) //=> 'Dear [their name, as you greet them],'
 */
export function greeting(contact: GreetedContact, country = ''): string {
  if (squish(contact.name) === '' && !(contact.salutation === 'own' && squish(contact.greetAs ?? ''))) return "Dear [interviewer's name],";
  return `Dear ${greetingName(contact, country) || '[their name, as you greet them]'},`;
}

/**
 * Names joined for a sentence ("Jane Tan and Tom Hughes"), or `fallback`
 * when there are none.
 *
 * @example joinNames(['Jane Tan', 'Tom Hughes', 'Ana Silva'], 'the team') //=> 'Jane Tan, Tom Hughes and Ana Silva'
 */
export function joinNames(names: readonly string[], fallback: string): string {
  const named = names.map(squish).filter((name) => name !== '');
  if (named.length === 0) return fallback;
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}

/**
 * The first thing written in a note, ready to end a sentence: notes are often
 * several lines or sentences, and a draft quotes one.
 *
 * @example firstNote('- The route-data project from my placement.\n- Tom uses Python too.') //=> 'The route-data project from my placement'
 */
export function firstNote(note: string): string {
  return clause(noteParts(note)[0] ?? '');
}

/**
 * The reader of a draft as its notes need to know them: their role, and how
 * the notes may name them (the name on their card, and their given name
 * when it is known or safe to tell, see `name-parts.ts`).
 *
 * @example noteReader({ interviewer: { name: 'Jane Tan' } }) //=> { role: 'interviewer', names: ['Jane Tan', 'Jane'] }
 */
export function noteReader(input: Pick<DraftInput, 'interviewer'>): NoteReader {
  const name = squish(input.interviewer.name);
  const { given } = nameParts(input.interviewer);
  const names = [name, given].filter((form, index, all) => form !== '' && all.indexOf(form) === index);
  return { role: audienceOf(input.interviewer), names };
}
