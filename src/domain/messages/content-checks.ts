/**
 * The checks that look at what an email says as a whole: its subject, their
 * name as on the card, a point from the notes, why you fit (with evidence,
 * `fit-evidence.ts`), interest, your mobile and name, leftover placeholders,
 * its length, and whether a check-in is early. See `check-kinds.ts` for
 * which run for which email.
 */
import { result, WORD_LIMITS, type Check, type CheckInput, type Finding } from './check-kinds';
import { firstNote, pointsToOffer } from './draft-parts';
import { SUBJECT_LIMIT } from './email-draft';
import { findFitEvidence } from './fit-evidence';
import { keywordCheck } from './keyword-checks';
import { mentionsNote, prepareBody } from './note-match';
import { findPlaceholders, listPlaceholders } from './placeholders';
import { countWords, digitsOnly, findSpellings, truncate } from './text';
import { charLength, squish } from '../shared/text';

/** The checks of what an email says, by id. */
export const CONTENT_CHECKS = {
  subject: ({ subject }) => {
    const length = charLength(squish(subject));
    if (length === 0) return result('subject', 'Subject line', 'missing', 'Add a subject so they know what the email is about.');
    if (length < SUBJECT_LIMIT) return result('subject', 'Subject line', 'ok', `${length} characters`);
    const detail = `${length} characters: inboxes cut long subjects short, so keep it under ${SUBJECT_LIMIT}.`;
    return result('subject', 'Subject line', 'warning', detail);
  },
  'name-spelling': ({ body, interviewer }) => checkName(body, squish(interviewer.name)),
  'specific-point': ({ body, notes }) => checkPoint(body, pointsToOffer(notes)),
  fit: ({ body, notes }) => checkFit(body, notes),
  // In a thank-you the same words show you want the job; in anything later, that you still do.
  interest: (input) => {
    const found = keywordCheck('interest')(input);
    if (input.kind !== 'thank-you') return found;
    const label = 'Shows you want the job';
    return found.status === 'ok' ? { ...found, label } : { ...found, label, detail: 'Say which part of the role made you keener, and why.' };
  },
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
  // Over the target by more than a tenth is a warning, never a tick: a 192-word thank-you is not done.
  length: ({ kind, body }) => {
    const words = countWords(body);
    const target = WORD_LIMITS.target[kind];
    const label = `${words} ${words === 1 ? 'word' : 'words'} (aim for about ${target})`;
    if (words > Math.round(target * (1 + WORD_LIMITS.slack))) {
      return result('length', label, 'warning', `Too long to read at a glance: cut about ${words - target} words, down to about ${target}.`);
    }
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
} satisfies Record<string, Check>;

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
