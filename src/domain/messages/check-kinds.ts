/**
 * What the checker looks at and which checks run for each kind of email, in
 * the order the checklist shows them. The checks themselves are in
 * `content-checks.ts` (what every email needs), `keyword-checks.ts` (a few
 * telling words), `outcome-checks.ts` (the replies to an outcome) and
 * `style-checks.ts` (what an editor marks); `email-checks.ts` runs them.
 */
import type { ContactRole, EmailKind, Interviewer, Notes, Profile } from '../records/model';

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
  notes: Pick<Notes, 'points' | 'wentWell' | 'elaborate'> & Partial<Pick<Notes, 'learned'>>;
  /** Who the email is to; a recruiter or coordinator is asked to pass thanks on. Default `interviewer`. */
  audience?: ContactRole;
  /**
   * `YYYY-MM-DD` they said you would hear back by, or `''`: the latest date
   * they gave (see `records/hear-back.ts`), since "They said: by …" on a
   * check-in moves it.
   */
  hearBackBy: string;
  /** `hearBackBy` formatted for the reader; default: `hearBackBy` as is. */
  hearBackByText?: string;
  /** Today's date in the interviewer's time zone, `YYYY-MM-DD`. */
  today: string;
  /** The people who interviewed you, as on their cards: who to name as your source to someone who was not there. Default: none. */
  metWith?: readonly string[];
}

/**
 * Word counts: below `min` looks curt; over a kind's `target` by more than a
 * tenth is too long (the guide says "about 150", so 160 passes and 192 does not).
 */
export const WORD_LIMITS = {
  min: 40,
  /** How far over the target still counts as "about" it. */
  slack: 0.1,
  target: {
    'thank-you': 150,
    'check-in': 100,
    closing: 100,
    'other-offer': 100,
    'offer-accept': 100,
    'offer-time': 100,
    'offer-terms': 120,
    feedback: 100,
    withdraw: 80,
  },
} as const satisfies { min: number; slack: number; target: Record<EmailKind, number> };

/** What every email is checked for last: its name, your name, no gaps, its length. */
const ENDING = ['sign-off', 'placeholders', 'length'] as const;

/** The checks run for each kind of email to an interviewer, in the order they are shown. */
export const CHECKS_BY_KIND = {
  'thank-you': ['subject', 'name-spelling', 'thanks', 'specific-point', 'interest', 'fit', 'documents', 'mobile', ...ENDING],
  'check-in': ['not-too-early', 'subject', 'name-spelling', 'interest', 'timeframe', 'mobile', ...ENDING],
  closing: ['subject', 'name-spelling', 'thanks', 'interest', 'door-open', ...ENDING],
  'other-offer': ['other-offer', 'subject', 'name-spelling', 'interest', 'timeframe', 'mobile', ...ENDING],
  'offer-accept': ['subject', 'name-spelling', 'thanks', 'accepts', 'in-writing', ...ENDING],
  'offer-time': ['subject', 'name-spelling', 'thanks', 'in-writing', 'answer-by', ...ENDING],
  'offer-terms': ['subject', 'name-spelling', 'thanks', 'terms', 'in-writing', ...ENDING],
  feedback: ['subject', 'name-spelling', 'thanks', 'asks-feedback', 'door-open', 'gracious', ...ENDING],
  withdraw: ['subject', 'name-spelling', 'thanks', 'withdraws', 'door-open', ...ENDING],
} as const satisfies Record<EmailKind, readonly string[]>;

/** The id of one check. */
export type CheckId = (typeof CHECKS_BY_KIND)[EmailKind][number] | 'pass-on' | 'tell-employer' | EditorMark;

/** What an editor marks (`style-checks.ts`): run on every email, shown only where they find something. */
export const EDITOR_MARKS = ['mid-capital', 'reader-their', 'told-by', 'shorthand'] as const;
/** The id of one editor's mark. */
export type EditorMark = (typeof EDITOR_MARKS)[number];

/** A check: one finding from what it looks at. */
export type Check = (input: CheckInput) => Finding;

/**
 * A finding, without `detail` when there is none.
 *
 * @example result('mobile', 'Includes your mobile number', 'ok') //=> { id: 'mobile', status: 'ok', label: 'Includes your mobile number' }
 */
export const result = (id: CheckId, label: string, status: Finding['status'], detail?: string): Finding =>
  detail === undefined ? { id, status, label } : { id, status, label, detail };
