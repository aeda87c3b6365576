/**
 * The live checklist shown beside a draft: each check looks at the subject and
 * body as the person has edited them and returns one `Finding`. It judges as
 * an editor following the guide would, and the guide's own worked emails are
 * its test fixtures: each "strong" one passes every check, each "weak" one
 * fails exactly the checks the guide says it fails (tests/unit/guide/).
 *
 * An editor's marks (`style-checks.ts`: a capital mid-sentence, "their"
 * about the reader, "you told me" to someone who was not there, pasted
 * shorthand) run on every email and are shown only where they find something.
 *
 * Which checks run depends on the kind (`CHECKS_BY_KIND` in `check-kinds.ts`)
 * and who it is to: a thank-you to a recruiter or a coordinator also asks
 * them to pass your thanks on, and a reply to an offer or a withdrawal sent
 * through a recruiter asks them to tell the employer. A check-in about
 * another offer's deadline is judged as that email (`judgeKind`).
 */
import { CHECKS_BY_KIND, EDITOR_MARKS, type Check, type CheckId, type CheckInput, type EditorMark, type Finding } from './check-kinds';
import { CONTENT_CHECKS } from './content-checks';
import { keywordCheck } from './keyword-checks';
import { judgeKind, OUTCOME_CHECKS } from './outcome-checks';
import { STYLE_CHECKS } from './style-checks';
import type { ContactRole, EmailKind } from '../records/model';

export { CHECKS_BY_KIND, EDITOR_MARKS, WORD_LIMITS, type CheckId, type CheckInput, type Finding } from './check-kinds';
export { judgeKind } from './outcome-checks';

// Through a recruiter, these replies reach the employer only if the recruiter passes them on.
const TOLD_THROUGH_AGENCY: readonly EmailKind[] = ['offer-accept', 'offer-time', 'offer-terms', 'withdraw'];

/**
 * The checks for a kind of email to `audience`, in the order they are shown:
 * `CHECKS_BY_KIND`, and after the thanks, a request to pass your thanks on
 * (a thank-you to a recruiter or coordinator) or to tell the employer (a
 * reply to an offer or a withdrawal through a recruiter); then the editor's
 * marks.
 *
 * @example checksFor('thank-you', 'recruiter').slice(0, 4) //=> ['subject', 'name-spelling', 'thanks', 'pass-on']
 * @example checksFor('withdraw').slice(-4) //=> ['mid-capital', 'reader-their', 'told-by', 'shorthand']
 */
export function checksFor(kind: EmailKind, audience: ContactRole = 'interviewer'): CheckId[] {
  const ids: CheckId[] = [...CHECKS_BY_KIND[kind]];
  const after = ids.indexOf('thanks') + 1;
  if (kind === 'thank-you' && audience !== 'interviewer') ids.splice(after, 0, 'pass-on');
  if (audience === 'recruiter' && TOLD_THROUGH_AGENCY.includes(kind)) ids.splice(after, 0, 'tell-employer');
  return [...ids, ...EDITOR_MARKS];
}

/**
 * Checks a draft and returns one finding per check for the kind it is
 * judged as (see `judgeKind`) and its audience, leaving out the editor's
 * marks that found nothing.
 *
 * @example checkEmail({ kind: 'thank-you', subject: '', body: 'Hi', interviewer, profile, notes, hearBackBy: '', today: '2026-03-03' })[0] //=> { id: 'subject', status: 'missing', label: 'Subject line', detail: 'Add a subject so they know what the email is about.' }
 */
export function checkEmail(input: CheckInput): Finding[] {
  const kind = judgeKind(input.kind, input.body);
  const judged = kind === input.kind ? input : { ...input, kind };
  return checksFor(kind, input.audience)
    .map((id) => CHECKS[id](judged))
    .filter((finding) => finding.status !== 'ok' || !isMark(finding.id));
}

const isMark = (id: string): id is EditorMark => (EDITOR_MARKS as readonly string[]).includes(id);

const CHECKS: Record<CheckId, Check> = {
  ...CONTENT_CHECKS,
  ...OUTCOME_CHECKS,
  ...STYLE_CHECKS,
  thanks: keywordCheck('thanks'),
  'pass-on': keywordCheck('pass-on'),
  'tell-employer': keywordCheck('tell-employer'),
  documents: keywordCheck('documents'),
  timeframe: keywordCheck('timeframe'),
  accepts: keywordCheck('accepts'),
  'in-writing': keywordCheck('in-writing'),
  terms: keywordCheck('terms'),
  'asks-feedback': keywordCheck('asks-feedback'),
  'door-open': keywordCheck('door-open'),
  withdraws: keywordCheck('withdraws'),
};
