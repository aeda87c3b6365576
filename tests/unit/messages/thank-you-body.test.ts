import { describe, expect, it } from 'vitest';
import type { DraftInput } from '~/domain/messages/draft-parts';
import { checkEmail } from '~/domain/messages/email-checks';
import { draftEmail } from '~/domain/messages/email-draft';
import { countWords } from '~/domain/messages/text';
import { POINT_PLACEHOLDER, thankYouBody } from '~/domain/messages/thank-you-body';
import { emptyNotes } from '~/domain/records/defaults';
import type { ContactRole } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const notes = {
  ...emptyNotes(),
  learned: 'This hire would own the delivery-delay dashboard.',
  wentWell: 'The route-data project from my placement.',
  points: ['the late deliveries in the North region'],
};
const base: DraftInput = {
  kind: 'thank-you',
  interview: { role: 'Data Analyst', company: 'Acme Logistics', notes },
  interviewer: { name: 'Jane Tan' },
  profile: { name: 'Priya Shah', mobile: '07700 900123' },
  interviewDateText: 'Tuesday 3 March',
  metWith: ['Jane Tan', 'Tom Hughes'],
};
const to = (name: string, contactRole: ContactRole): DraftInput => ({ ...base, interviewer: { name, contactRole } });

describe('thankYouBody: to each kind of contact', () => {
  it.each([
    ['an interviewer', to('Jane Tan', 'interviewer'), 'Thank you for taking the time to meet me on Tuesday 3 March about the Data Analyst role at Acme Logistics.'],
    ['a coordinator', to('Ana Silva', 'coordinator'), 'Thank you for arranging my interview on Tuesday 3 March for the Data Analyst role at Acme Logistics. I enjoyed meeting Jane Tan and Tom Hughes'],
    ['a recruiter', to('Sam Reid', 'recruiter'), 'Thank you for putting me forward for the Data Analyst role at Acme Logistics. I met Jane Tan and Tom Hughes on Tuesday 3 March'],
  ])('to %s, opens with the right thanks', (_, input, opening) => {
    expect(thankYouBody(input).split('\n\n')[1]).toContain(opening);
  });

  it.each([
    ['a coordinator', to('Ana Silva', 'coordinator'), 'Could you pass my thanks on to Jane Tan and Tom Hughes?'],
    ['a recruiter', to('Sam Reid', 'recruiter'), "Could you pass my thanks on to Jane Tan and Tom Hughes? I'd also be glad to hear any feedback they share with you."],
  ])('asks %s to pass the thanks on', (_, input, line) => {
    expect(thankYouBody(input)).toContain(line);
  });

  it('does not ask an interviewer to pass anything on', () => {
    expect(thankYouBody(base)).not.toMatch(/pass my thanks/);
  });

  it('names the hiring team when a recruiter draft knows no interviewer', () => {
    expect(thankYouBody({ ...to('Sam Reid', 'recruiter'), metWith: [] })).toContain('I met the hiring team on Tuesday 3 March');
    expect(thankYouBody({ ...to('Ana Silva', 'coordinator'), metWith: [] })).toContain('Could you pass my thanks on to the panel?');
  });

  it.each<[ContactRole, string, string]>([
    ['interviewer', 'You told me that this hire would own the delivery-delay dashboard.', 'It is close to work I have done, as we discussed: the route-data project from my placement.'],
    ['coordinator', 'At the interview I learned that this hire would own the delivery-delay dashboard.', 'which came up at the interview: the route-data project from my placement.'],
    ['recruiter', 'At the interview I learned that this hire would own the delivery-delay dashboard.', 'which came up at the interview: the route-data project from my placement.'],
  ])('to a %s, builds its fit sentences from the notes, says where they come from, and passes every check', (role, need, done) => {
    const input = to(role === 'interviewer' ? 'Jane Tan' : 'Sam Reid', role);
    const draft = draftEmail(input);
    expect(draft.body).toContain(need);
    expect(draft.body).toContain(done);
    const findings = checkEmail({ ...draft, kind: 'thank-you', audience: role, interviewer: input.interviewer, profile: base.profile, notes, hearBackBy: '', today: '2026-03-04' });
    expect(findings.filter((finding) => finding.status !== 'ok')).toEqual([]);
    expect(countWords(draft.body)).toBeLessThanOrEqual(170);
  });

  it('to a recruiter who put you forward for one interviewer, names that interviewer as the source', () => {
    expect(thankYouBody({ ...to('Sam Reid', 'recruiter'), metWith: ['Tom Hughes'] })).toContain('Tom Hughes told me that this hire would own the delivery-delay dashboard.');
  });

  it('fits the point to the reader: the employer is "you" to its side, "they" to the agency', () => {
    const point = 'Their plan to move event tracking from Mixpanel to Amplitude';
    expect(thankYouBody({ ...base, point })).toContain('especially this: your plan to move event tracking from Mixpanel to Amplitude.');
    expect(thankYouBody({ ...to('Sam Reid', 'recruiter'), point })).toContain('What stayed with me most was this: their plan to move event tracking from Mixpanel to Amplitude.');
  });

  it('quotes a point it cannot fit as a marked bullet, then goes on', () => {
    const body = thankYouBody({ ...base, point: 'APAC LAUNCH IN Q2!!' });
    expect(body).toContain('Our discussion has stayed with me, especially this:\n- APAC LAUNCH IN Q2 [reword this note in your own words]');
  });

  it('holds a placeholder for the point when the notes have none', () => {
    expect(thankYouBody({ ...base, interview: { ...base.interview, notes: emptyNotes() } })).toContain(`especially this: ${POINT_PLACEHOLDER}.`);
  });

  it('does not change its input', () => {
    const input = deepFreeze(structuredClone(to('Sam Reid', 'recruiter')));
    const copy = structuredClone(input);
    thankYouBody(input);
    expect(input).toEqual(copy);
  });
});
