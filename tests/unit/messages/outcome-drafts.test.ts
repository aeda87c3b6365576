import { describe, expect, it } from 'vitest';
import { FIRST_CHOICE_PLACEHOLDER } from '~/domain/messages/other-offer-body';
import type { DraftInput } from '~/domain/messages/draft-parts';
import { checkEmail, WORD_LIMITS } from '~/domain/messages/email-checks';
import { draftEmail } from '~/domain/messages/email-draft';
import { draftsForOutcome, EMAIL_KIND_LABELS } from '~/domain/messages/email-kinds';
import { TERMS_PLACEHOLDER } from '~/domain/messages/offer-reply-body';
import { countWords } from '~/domain/messages/text';
import { emptyNotes } from '~/domain/records/defaults';
import { EMAIL_KINDS } from '~/domain/records/constants';
import { OUTCOMES } from '~/domain/records/choices';
import type { ContactRole, EmailKind } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const notes = { ...emptyNotes(), points: ['the late deliveries in the North region'], wentWell: 'The route-data project from my placement.' };
const base: DraftInput = {
  kind: 'thank-you',
  interview: { role: 'Data Analyst', company: 'Acme Logistics', notes },
  interviewer: { name: 'Jane Tan' },
  profile: { name: 'Priya Shah', mobile: '07700 900123' },
  interviewDateText: 'Tuesday 3 March',
  metWith: ['Jane Tan', 'Tom Hughes'],
  deadlineText: 'Friday 20 March',
  answerByText: 'Thursday 12 March',
};
const NAMES: Record<ContactRole, string> = { interviewer: 'Jane Tan', coordinator: 'Ana Silva', recruiter: 'Sam Reid' };
const draftFor = (kind: EmailKind, role: ContactRole) => draftEmail({ ...base, kind, interviewer: { name: NAMES[role], contactRole: role } });
const checked = (kind: EmailKind, role: ContactRole) => {
  const draft = draftFor(kind, role);
  return checkEmail({ kind, ...draft, interviewer: { name: NAMES[role] }, audience: role, profile: base.profile, notes, hearBackBy: '2026-03-27', today: '2026-03-16' });
};
// Only the person can fill these in: whether the job is their first choice, and what they want to ask about the terms.
const LEFT_FOR_THE_PERSON: Partial<Record<EmailKind, string>> = { 'other-offer': FIRST_CHOICE_PLACEHOLDER, 'offer-terms': TERMS_PLACEHOLDER };
const OUTCOME_KINDS = ['closing', 'other-offer', 'offer-accept', 'offer-time', 'offer-terms', 'feedback', 'withdraw'] as const;
const ROLES: ContactRole[] = ['interviewer', 'coordinator', 'recruiter'];

describe.each(OUTCOME_KINDS)('the %s draft, from the same engine and checked by the same checker', (kind) => {
  it.each(ROLES)('to a %s: passes every check but the gap only the person can fill, within its length', (role) => {
    const draft = draftFor(kind, role);
    const failed = checked(kind, role).filter((finding) => finding.status !== 'ok');
    expect(failed.map((finding) => finding.id)).toEqual(LEFT_FOR_THE_PERSON[kind] ? ['placeholders'] : []);
    if (LEFT_FOR_THE_PERSON[kind]) expect(draft.body).toContain(LEFT_FOR_THE_PERSON[kind]);
    expect(draft.body.startsWith(`Dear ${NAMES[role].split(' ')[0]},\n\n`)).toBe(true);
    expect(countWords(draft.body)).toBeLessThanOrEqual(WORD_LIMITS.target[kind]);
  });

  it('leaves no bracket but its own gaps when everything is known, and says who it is from', () => {
    const draft = draftFor(kind, 'interviewer');
    const gaps = draft.body.match(/\[[^\]]*\]/gu) ?? [];
    expect(gaps).toEqual(LEFT_FOR_THE_PERSON[kind] ? [LEFT_FOR_THE_PERSON[kind]] : []);
    expect(draft.body.endsWith('\nPriya Shah')).toBe(true);
  });

  it('holds placeholders for what it does not know', () => {
    const draft = draftEmail({ ...base, kind, interview: { role: '', company: '', notes: emptyNotes() }, profile: { name: '', mobile: '' }, deadlineText: '', answerByText: '' });
    expect(draft.body).toMatch(/\[your name\]/u);
    expect(draft.subject).toMatch(/\[role\]/u);
  });
});

describe('the outcome drafts say what the guide teaches', () => {
  it.each([
    ['offer-accept', 'interviewer', "Thank you for offering me the Data Analyst role at Acme Logistics. I'm delighted to accept it."],
    ['offer-accept', 'recruiter', 'Could you let Acme Logistics know, and ask them to send the offer in writing'],
    ['offer-time', 'interviewer', "I'd like to come back to you by Thursday 12 March, if that works for you."],
    ['offer-time', 'recruiter', "let them know I'll come back to them by Thursday 12 March?"],
    ['offer-terms', 'interviewer', 'Before I give you my answer, could I ask about a few of the terms?'],
    ['offer-terms', 'recruiter', 'could you ask Acme Logistics about a few of the terms?'],
    ['other-offer', 'interviewer', "I need to reply to it by Friday 20 March. [only if it is true: say they are your first choice] Before I answer, could you tell me whether there's an updated timeframe for your decision?"],
    ['other-offer', 'recruiter', "Could you ask Acme Logistics whether there's an updated timeframe for their decision"],
    ['feedback', 'interviewer', "I'd really value any feedback on how I could have been a stronger candidate."],
    ['feedback', 'recruiter', 'please keep me in mind for similar roles'],
    ['withdraw', 'interviewer', "I've now accepted another position, so I'd like to withdraw my application for the Data Analyst role at Acme Logistics."],
    ['withdraw', 'coordinator', 'Could you pass my thanks on to Jane Tan and Tom Hughes?'],
    ['closing', 'interviewer', "I won't keep getting in touch, but I wanted to thank you again for your time."],
    ['closing', 'coordinator', 'since I interviewed with Jane Tan and Tom Hughes on Tuesday 3 March'],
    ['closing', 'recruiter', 'please keep me in mind for anything similar'],
  ] as const)('%s to a %s: %j', (kind, role, text) => {
    expect(draftFor(kind, role).body).toContain(text);
  });

  it.each([
    ['closing', 'With thanks – Data Analyst interview'],
    ['other-offer', 'Another offer – Data Analyst interview'],
    ['offer-accept', 'Accepting your offer – Data Analyst role'],
    ['offer-time', 'Your offer – Data Analyst role'],
    ['offer-terms', 'Questions about the offer – Data Analyst role'],
    ['feedback', 'Thank you – Data Analyst application'],
    ['withdraw', 'Withdrawing my application – Data Analyst role'],
  ] as const)('the %s subject is %j', (kind, subject) => {
    expect(draftFor(kind, 'interviewer').subject).toBe(subject);
  });

  it('does not change its input', () => {
    const input = deepFreeze(structuredClone({ ...base, kind: 'offer-terms' as const }));
    const copy = structuredClone(input);
    for (const kind of OUTCOME_KINDS) draftEmail({ ...input, kind });
    expect(input).toEqual(copy);
  });
});

describe('which drafts go with which outcome', () => {
  it.each([
    ['waiting', ['thank-you', 'check-in', 'other-offer', 'closing']],
    ['offer', ['offer-accept', 'offer-time', 'offer-terms']],
    ['rejected', ['feedback']],
    ['withdrawn', ['withdraw']],
  ] as const)('%s: %j', (outcome, kinds) => {
    expect(draftsForOutcome(outcome)).toEqual(kinds);
  });

  it('offers every kind for some outcome, and names each', () => {
    expect(new Set(OUTCOMES.flatMap((outcome) => draftsForOutcome(outcome)))).toEqual(new Set(EMAIL_KINDS));
    for (const kind of EMAIL_KINDS) expect(EMAIL_KIND_LABELS[kind]).toMatch(/^\p{Lu}/u);
  });
});
