import { describe, expect, it } from 'vitest';
import { checkInBody } from '~/domain/messages/check-in-body';
import type { DraftInput } from '~/domain/messages/draft-parts';
import { checkEmail } from '~/domain/messages/email-checks';
import { draftEmail } from '~/domain/messages/email-draft';
import { emptyNotes } from '~/domain/records/defaults';
import type { ContactRole } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const base: DraftInput = {
  kind: 'check-in',
  interview: { role: 'Data Analyst', company: 'Acme Logistics', notes: emptyNotes() },
  interviewer: { name: 'Jane Tan' },
  profile: { name: 'Priya Shah', mobile: '07700 900123' },
  interviewDateText: 'Tuesday 3 March',
  metWith: ['Jane Tan'],
};
const to = (name: string, contactRole: ContactRole): DraftInput => ({ ...base, interviewer: { name, contactRole } });

describe('checkInBody', () => {
  it.each([
    ['an interviewer', to('Jane Tan', 'interviewer'), ['My name is Priya Shah, and I interviewed with you on Tuesday 3 March for the Data Analyst role at Acme Logistics.', "could you let me know whether there's an updated timeframe"]],
    ['a coordinator', to('Ana Silva', 'coordinator'), ['My name is Priya Shah, and I interviewed with Jane Tan on Tuesday 3 March for the Data Analyst role at Acme Logistics.', "could you let me know whether there's an updated timeframe"]],
    [
      'a recruiter',
      to('Sam Reid', 'recruiter'),
      [
        "I'm getting in touch about the Data Analyst role at Acme Logistics: I interviewed with Jane Tan on Tuesday 3 March.",
        'Have you heard anything from them since, or had any feedback?',
        "When you next speak to them, could you ask whether there's an updated timeframe for the next step, and let them know I'm still keen?",
      ],
    ],
  ])('to %s, says the right things', (_, input, lines) => {
    const body = checkInBody(input);
    for (const line of lines) expect(body).toContain(line);
  });

  it('does not ask a recruiter to tell you "with you" about an interview they were not at', () => {
    expect(checkInBody(to('Sam Reid', 'recruiter'))).not.toContain('interviewed with you');
  });

  it.each<ContactRole>(['interviewer', 'coordinator', 'recruiter'])('to a %s, passes every check on the date they gave', (role) => {
    const input = to('Sam Reid', role);
    const draft = draftEmail(input);
    const findings = checkEmail({ ...draft, kind: 'check-in', audience: role, interviewer: input.interviewer, profile: base.profile, notes: emptyNotes(), hearBackBy: '2026-03-13', today: '2026-03-13' });
    expect(findings.filter((finding) => finding.status !== 'ok')).toEqual([]);
  });

  it('mentions a point only when one is chosen', () => {
    expect(checkInBody({ ...to('Sam Reid', 'recruiter'), point: 'the delay dashboard' })).toContain(
      "I'm still very interested in the position. The interview has stayed with me, especially this: the delay dashboard. Have you heard anything",
    );
    expect(checkInBody(to('Sam Reid', 'recruiter'))).not.toContain('stayed with me');
  });

  it('does not change its input', () => {
    const input = deepFreeze(structuredClone(to('Sam Reid', 'recruiter')));
    const copy = structuredClone(input);
    checkInBody(input);
    expect(input).toEqual(copy);
  });
});
