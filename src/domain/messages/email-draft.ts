/**
 * First drafts of the two emails: the thank-you sent after the interview and
 * the check-in sent once the hear-back date has passed. The person edits the
 * draft before sending, so where data is missing the draft holds a bracketed
 * placeholder such as `[your mobile number]`, which `email-checks.ts` flags.
 *
 * Greeting convention: "Dear <name>," with the interviewer's name exactly as
 * on their card. Guessing a first name goes wrong across naming customs
 * (陈美玲's given name is not the first character), and the full name is what
 * the spelling check compares against.
 */
import type { EmailKind, Interview, Interviewer, Notes, Profile } from '../records/model';
import { charLength, clause, orPlaceholder, squish, truncate } from './text';

/** Subjects are kept to fewer than this many characters, so inboxes show them whole. */
export const SUBJECT_LIMIT = 60;

/** What `draftEmail` needs. */
export interface DraftInput {
  kind: EmailKind;
  interview: Pick<Interview, 'role' | 'company' | 'notes'>;
  interviewer: Pick<Interviewer, 'name'>;
  profile: Pick<Profile, 'name' | 'mobile'>;
  /** The point from `notes.points` to mention. Default: the first one. */
  point?: string;
  /** The interview date, already formatted for the reader, e.g. "Tuesday 3 March". */
  interviewDateText: string;
}

/** A drafted email. */
export interface EmailDraft {
  subject: string;
  body: string;
}

/**
 * The points from the notes worth offering to mention: trimmed, blanks and
 * exact repeats left out, in the order they were written.
 *
 * @example pointsToOffer({ points: [' APAC launch ', '', 'APAC launch', 'team size'] }) //=> ['APAC launch', 'team size']
 */
export function pointsToOffer(notes: Pick<Notes, 'points'>): string[] {
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
 * Drafts a thank-you or check-in email from the interview, the interviewer's
 * card and your profile.
 *
 * The thank-you (about 100–150 words) thanks them, mentions one point you
 * discussed, says why you fit (from "what went well" and "what to elaborate"
 * in the notes), offers references or a portfolio and gives your mobile.
 * The check-in says who you are and when you interviewed, that you are still
 * interested, that you understand decisions take time, and asks for an
 * updated timeframe; it mentions a point only when `point` is given.
 *
 * @example draftEmail({ kind: 'thank-you', interview, interviewer, profile, interviewDateText: 'Tuesday 3 March' }).subject //=> 'Thank you – Product Designer interview'
 */
export function draftEmail(input: DraftInput): EmailDraft {
  const subject = draftSubject(input.kind, input.interview);
  const body = input.kind === 'thank-you' ? thankYouBody(input) : checkInBody(input);
  return { subject, body };
}

function draftSubject(kind: EmailKind, interview: Pick<Interview, 'role' | 'company'>): string {
  const lead = kind === 'thank-you' ? 'Thank you' : 'Following up';
  const role = squish(interview.role);
  const company = squish(interview.company);
  const options = role
    ? [`${lead} – ${role} interview`, `${lead} – ${role}`]
    : company
      ? [`${lead} – interview at ${company}`, `${lead} – ${company}`]
      : [`${lead} – [role] interview`];
  const fitting = options.find((option) => charLength(option) < SUBJECT_LIMIT);
  return fitting ?? truncate(options[options.length - 1], SUBJECT_LIMIT - 1);
}

function greeting(interviewer: Pick<Interviewer, 'name'>): string {
  return `Dear ${orPlaceholder(interviewer.name, "interviewer's name")},`;
}

function thankYouBody(input: DraftInput): string {
  const { notes } = input.interview;
  const date = squish(input.interviewDateText);
  const point = clause(input.point ?? '') || clause(pointsToOffer(notes)[0] ?? '');
  const wentWell = clause(notes.wentWell);
  const elaborate = clause(notes.elaborate);
  const fit = ["I'm confident my skills and experience fit what you need."];
  if (wentWell) fit.push(`A highlight for me: ${wentWell}.`);
  if (elaborate) fit.push(`Something I'd like to add, as we didn't get to it: ${elaborate}.`);
  if (!wentWell && !elaborate) fit[0] = fit[0].replace(/\.$/, ': [why your background fits the role].');
  return [
    greeting(input.interviewer),
    `Thank you for taking the time to meet me${date ? ` on ${date}` : ''} about ${describeRole(input.interview)}. ` +
      'I enjoyed our conversation and came away even keener on the position.',
    `Our discussion has stayed with me, especially this: ${point || '[a specific point you discussed]'}.`,
    fit.join(' '),
    "I'd be glad to send references, portfolio samples or any other information you need. " +
      `You can reach me on ${orPlaceholder(input.profile.mobile, 'your mobile number')}.`,
    'Thank you again, and I look forward to hearing from you.',
    `Kind regards,\n${orPlaceholder(input.profile.name, 'your name')}`,
  ].join('\n\n');
}

function checkInBody(input: DraftInput): string {
  const point = clause(input.point ?? '');
  const name = orPlaceholder(input.profile.name, 'your name');
  return [
    greeting(input.interviewer),
    `I hope you're well. My name is ${name}, and I interviewed with you on ` +
      `${orPlaceholder(input.interviewDateText, 'interview date')} for ${describeRole(input.interview)}.`,
    "I'm writing to say that I'm still very interested in the position." +
      (point ? ` Our conversation about this has stayed with me: ${point}.` : ''),
    'I appreciate that hiring decisions take time and often involve several people. ' +
      "Whenever you have a moment, could you let me know whether there's an updated timeframe for the next step?",
    `If it's easier to talk, you can reach me on ${orPlaceholder(input.profile.mobile, 'your mobile number')}. ` +
      'Thank you for your help.',
    `Best regards,\n${name}`,
  ].join('\n\n');
}
