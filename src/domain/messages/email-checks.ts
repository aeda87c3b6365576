/**
 * The live checklist shown beside a draft: each check looks at the subject and
 * body as the person has edited them and returns one `Finding`. It judges as
 * an editor following the guide would, and the guide's own worked emails are
 * its test fixtures: each "strong" one passes every check, each "weak" one
 * fails exactly the checks the guide says it fails (tests/unit/guide/).
 *
 * Which checks run depends on the kind (see `checksFor`): a thank-you
 * should thank them, recall a point, show you want the job, say why you fit
 * (with evidence, see `fit-evidence.ts`) and offer documents; a
 * check-in instead restates your interest, asks for an updated timeframe and
 * should not go out before the date they gave. Both need their name spelled
 * as on the card, your mobile and name, a short subject, a sensible length
 * and no leftover placeholders. Written to a recruiter or a coordinator, a
 * thank-you also asks them to pass your thanks on.
 */
import { firstNote, pointsToOffer } from './draft-parts';
import { SUBJECT_LIMIT } from './email-draft';
import { findFitEvidence } from './fit-evidence';
import { mentionsNote, prepareBody } from './note-match';
import { KEYWORD_CHECKS, mentionsAny } from './keyword-checks';
import { findPlaceholders, listPlaceholders } from './placeholders';
import type { ContactRole, EmailKind, Interviewer, Notes, Profile } from '../records/model';
import { countWords, digitsOnly, findSpellings, truncate } from './text';
import { charLength, squish } from '../shared/text';

/** One line of the checklist. `id` is stable; `label` and `detail` are shown to the person. */
export interface Finding {
  id: string;
  status: 'ok' | 'missing' | 'warning';
  label: string;
  detail?: string;
}

/** What `checkEmail` looks at. */
export interface CheckInput {
  kind: EmailKind;
  subject: string;
  body: string;
  interviewer: Pick<Interviewer, 'name'>;
  profile: Pick<Profile, 'name' | 'mobile'>;
  notes: Pick<Notes, 'points' | 'wentWell' | 'elaborate'>;
  /** Who the email is to; a recruiter or coordinator is asked to pass thanks on. Default `interviewer`. */
  audience?: ContactRole;
  /** `YYYY-MM-DD` they said you would hear back by, or `''`. */
  hearBackBy: string;
  /** `hearBackBy` formatted for the reader; default: `hearBackBy` as is. */
  hearBackByText?: string;
  /** Today's date in the interviewer's time zone, `YYYY-MM-DD`. */
  today: string;
}

/** Word counts: below `min` looks curt, above `max` is too long; `target` is shown as the aim. */
export const WORD_LIMITS = { min: 40, max: 200, target: { 'thank-you': 150, 'check-in': 100 } } as const;

/** The checks run for each kind of email to an interviewer, in the order they are shown. */
export const CHECKS_BY_KIND = {
  'thank-you': ['subject', 'name-spelling', 'thanks', 'specific-point', 'interest', 'fit', 'documents', 'mobile', 'sign-off', 'placeholders', 'length'],
  'check-in': ['not-too-early', 'subject', 'name-spelling', 'interest', 'timeframe', 'mobile', 'sign-off', 'placeholders', 'length'],
} as const satisfies Record<EmailKind, readonly string[]>;

/** The id of one check. */
export type CheckId = (typeof CHECKS_BY_KIND)[EmailKind][number] | 'pass-on';

/**
 * The checks for a kind of email to `audience`, in the order they are shown:
 * `CHECKS_BY_KIND`, and for a thank-you to a recruiter or coordinator, a
 * request to pass your thanks on after the thanks.
 *
 * @example checksFor('thank-you', 'recruiter').slice(0, 4) //=> ['subject', 'name-spelling', 'thanks', 'pass-on']
 */
export function checksFor(kind: EmailKind, audience: ContactRole = 'interviewer'): CheckId[] {
  const ids: CheckId[] = [...CHECKS_BY_KIND[kind]];
  if (kind === 'thank-you' && audience !== 'interviewer') ids.splice(ids.indexOf('thanks') + 1, 0, 'pass-on');
  return ids;
}

/**
 * Checks a draft and returns one finding per check for its kind and audience.
 *
 * @example checkEmail({ kind: 'thank-you', subject: '', body: 'Hi', interviewer, profile, notes, hearBackBy: '', today: '2026-03-03' })[0] //=> { id: 'subject', status: 'missing', label: 'Subject line', detail: 'Add a subject so they know what the email is about.' }
 */
export function checkEmail(input: CheckInput): Finding[] {
  return checksFor(input.kind, input.audience).map((id) => CHECKS[id](input));
}

const result = (id: CheckId, label: string, status: Finding['status'], detail?: string): Finding =>
  detail === undefined ? { id, status, label } : { id, status, label, detail };

function keywordCheck(id: keyof typeof KEYWORD_CHECKS) {
  const { label, words, hint } = KEYWORD_CHECKS[id];
  return ({ body }: CheckInput) => (mentionsAny(body, words) ? result(id, label, 'ok') : result(id, label, 'missing', hint));
}

const CHECKS: Record<CheckId, (input: CheckInput) => Finding> = {
  subject: ({ subject }) => {
    const length = charLength(squish(subject));
    if (length === 0) return result('subject', 'Subject line', 'missing', 'Add a subject so they know what the email is about.');
    if (length < SUBJECT_LIMIT) return result('subject', 'Subject line', 'ok', `${length} characters`);
    const detail = `${length} characters: inboxes cut long subjects short, so keep it under ${SUBJECT_LIMIT}.`;
    return result('subject', 'Subject line', 'warning', detail);
  },
  'name-spelling': ({ body, interviewer }) => checkName(body, squish(interviewer.name)),
  thanks: keywordCheck('thanks'),
  'specific-point': ({ body, notes }) => checkPoint(body, pointsToOffer(notes)),
  'pass-on': keywordCheck('pass-on'),
  fit: ({ body, notes }) => checkFit(body, notes),
  documents: keywordCheck('documents'),
  // In a thank-you the same words show you want the job; in a check-in, that you still do.
  interest: (input) => {
    const found = keywordCheck('interest')(input);
    if (input.kind === 'check-in') return found;
    const label = 'Shows you want the job';
    return found.status === 'ok' ? { ...found, label } : { ...found, label, detail: 'Say which part of the role made you keener, and why.' };
  },
  timeframe: keywordCheck('timeframe'),
  mobile: ({ body, profile }) => {
    const label = 'Includes your mobile number';
    if (digitsOnly(profile.mobile) === '') return result('mobile', label, 'missing', 'Add your mobile number to your profile, then include it here.');
    if (mentionsNumber(body, profile.mobile)) return result('mobile', label, 'ok');
    return result('mobile', label, 'missing', `Add your mobile number (${squish(profile.mobile)}) so they can call you.`);
  },
  'sign-off': ({ body, profile }) => {
    const label = 'Signs off with your name';
    const name = squish(profile.name).normalize('NFC');
    if (!name) return result('sign-off', label, 'missing', 'Add your name to your profile, then sign off with it.');
    if (squish(body).normalize('NFC').includes(name)) return result('sign-off', label, 'ok');
    return result('sign-off', label, 'missing', `End with your name: ${name}.`);
  },
  placeholders: ({ subject, body }) => {
    const left = findPlaceholders(`${subject}\n${body}`);
    if (left.length === 0) return result('placeholders', 'No placeholders left', 'ok');
    return result('placeholders', 'No placeholders left', 'missing', `Fill in or remove: ${listPlaceholders(left)}.`);
  },
  length: ({ kind, body }) => {
    const words = countWords(body);
    const label = `${words} ${words === 1 ? 'word' : 'words'} (aim for about ${WORD_LIMITS.target[kind]})`;
    if (words > WORD_LIMITS.max) return result('length', label, 'warning', `Keep it brief: cut it to ${WORD_LIMITS.max} words or fewer.`);
    if (words < WORD_LIMITS.min) return result('length', label, 'warning', 'This is very short; a few more sentences would help.');
    return result('length', label, 'ok');
  },
  'not-too-early': ({ hearBackBy, hearBackByText, today }) => {
    const label = 'Not too early';
    if (!ISO_DATE.test(hearBackBy) || !ISO_DATE.test(today)) return result('not-too-early', label, 'ok', 'No hear-back date noted.');
    const date = hearBackByText ?? hearBackBy;
    // ISO dates compare correctly as strings.
    if (today >= hearBackBy) return result('not-too-early', label, 'ok', `They said they'd be in touch by ${date}.`);
    return result('not-too-early', label, 'warning', `They said they'd be in touch by ${date}; checking in earlier can look impatient.`);
  },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `mobile` appears in `body`, however it is spaced or prefixed (+44 or 0). */
function mentionsNumber(body: string, mobile: string): boolean {
  const wanted = digitsOnly(mobile).replace(/^0+/, '');
  return [...body.normalize('NFKC').matchAll(/\+?\d[\d \t\u00a0().\-/]*\d/g)].some(([run]) => {
    const got = digitsOnly(run).replace(/^0+/, '');
    const [short, long] = got.length <= wanted.length ? [got, wanted] : [wanted, got];
    // A national number inside an international one (447700900123 ends with 7700900123).
    return short === long || (short.length >= 7 && long.endsWith(short));
  });
}

function checkPoint(body: string, points: string[]): Finding {
  const label = 'Mentions a specific point you discussed';
  if (points.length === 0) return result('specific-point', label, 'missing', 'Add the points you discussed to your notes, then mention one here.');
  const prepared = prepareBody(body);
  const hit = points.find((point) => mentionsNote(prepared, point));
  return hit
    ? result('specific-point', label, 'ok', `Mentions: ${hit}`)
    : result('specific-point', label, 'missing', `Mention one, such as: ${points[0]}`);
}

function checkFit(body: string, notes: CheckInput['notes']): Finding {
  const label = 'Says why you fit the role';
  const evidence = findFitEvidence(body, notes);
  if (evidence.found !== 'none') return result('fit', label, 'ok', `Backed by: “${truncate(evidence.quote, 70)}”`);
  const claims = evidence.generic.slice(0, 2).map((claim) => `“${claim}”`);
  const reason = firstNote(notes.wentWell) || firstNote(notes.elaborate);
  const example = reason ? `, such as: ${reason}` : ': a project, a result or a qualification';
  if (claims.length > 0) {
    return result('fit', label, 'missing', `${claims.join(' and ')} could come from anyone. Back it with one thing you have done that matches what they need${example}.`);
  }
  return result('fit', label, 'missing', `Add one thing you have done that matches what they need${example}.`);
}

function checkName(body: string, name: string): Finding {
  const label = 'Their name, spelled as on the card';
  if (!name) return result('name-spelling', label, 'missing', 'Add their name to the interviewer card first.');
  const { exact, near, partial } = findSpellings(body, name);
  if (near.length > 0) return result('name-spelling', label, 'warning', `Spelled differently from the card: “${near[0]}” (card: “${name}”).`);
  if (exact) return result('name-spelling', label, 'ok');
  if (partial) return result('name-spelling', label, 'ok', `Uses “${partial}”; check it matches the card: “${name}”.`);
  return result('name-spelling', label, 'missing', `Greet them by name, as written on their card: ${name}.`);
}
