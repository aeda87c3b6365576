import { describe, expect, it } from 'vitest';
import { checkEmail, type CheckInput, type Finding } from '~/domain/messages/email-checks';
import { draftEmail } from '~/domain/messages/email-draft';
import { capitalSlip, STYLE_CHECKS } from '~/domain/messages/style-checks';
import { emptyNotes } from '~/domain/records/defaults';
import type { ContactRole } from '~/domain/records/model';

// The notes of the issue that asked for these checks, typed the way people type.
const notes = {
  ...emptyNotes(),
  learned: 'Their plan to move event tracking from Mixpanel to Amplitude\nthey need someone to build the retention dashboard',
  points: ['Q2 launch w/ APAC team'],
  wentWell: 'Walked them through my churn model',
};
const input = (body: string, audience: ContactRole = 'interviewer', name = 'Tom Hughes'): CheckInput => ({
  kind: 'thank-you',
  subject: 'Thank you – Product Analyst interview',
  body,
  interviewer: { name },
  audience,
  profile: { name: 'Aisha Rahman', mobile: '+60 12 345 6789' },
  notes,
  hearBackBy: '',
  today: '2026-03-16',
  metWith: ['Tom Hughes'],
});
const mark = (id: keyof typeof STYLE_CHECKS, body: string, audience?: ContactRole, name?: string): Finding => STYLE_CHECKS[id](input(body, audience, name));

describe('mid-capital: a capital letter mid-sentence', () => {
  it.each([
    ['What stayed with me most was this: Their plan to move event tracking.', 'this: Their plan', 'their'],
    ['Hi Tom, Thanks for your time today.', 'Tom, Thanks for', 'thanks'],
    ['I enjoyed it and The team was great.', 'and The team', 'the'],
  ])('%j is marked, with the fix', (body, context, fix) => {
    expect(mark('mid-capital', body)).toEqual({
      id: 'mid-capital',
      status: 'warning',
      label: 'Capitals only where they belong',
      detail: `“${context}”: write “${fix}” in lower case, as it is mid-sentence.`,
    });
  });

  it.each([
    ['Dear Tom,\n\nThank you for your time. The route-data project came up.'],
    ['I met the team at The Body Shop and the Head of Analytics.'],
    ['We use Mixpanel: Amplitude is next, and I think the US and IT teams agree.'],
    ['What stayed with me most was this:\n- Their plan [reword this note in your own words]'],
    ['I need to reply by Friday. [only if it is true: say they are your first choice] Could you tell me more?'],
    ['“Thanks,” she said. Then we left.'],
  ])('%j is not marked', (body) => {
    expect(mark('mid-capital', body).status).toBe('ok');
  });

  it('finds the first slip with the words around it', () => {
    expect(capitalSlip('All good. Our chat: These notes')).toEqual({ word: 'These', context: 'chat: These notes' });
  });
});

describe('reader-their: "their" about the company, to someone who works there', () => {
  it.each([
    ['I was struck by their plan to move event tracking to Amplitude.', 'their plan'],
    ['You told me they need someone to build the retention dashboard.', 'they need someone'],
    ["I know they're looking for someone senior.", "they're looking"],
  ])('%j is marked to the interviewer', (body, found) => {
    expect(mark('reader-their', body)).toMatchObject({ status: 'warning', detail: `“${found}”: Tom Hughes works there, so write “you” and “your” for the company.` });
  });

  it.each([
    ['Could you pass my thanks on to them, and thank them for their time?', 'interviewer'],
    ['I was struck by their plan to move event tracking to Amplitude.', 'recruiter'],
  ] as const)('%j to a %s is not marked', (body, audience) => {
    expect(mark('reader-their', body, audience).status).toBe('ok');
  });
});

describe('told-by: "you told me" to someone who was not in the interview', () => {
  it('marks it to a recruiter when what follows came from the interview, and names who did tell you', () => {
    expect(mark('told-by', 'You told me what the role needs: they need someone to build the retention dashboard.', 'recruiter', 'Sarah Lim')).toEqual({
      id: 'told-by',
      status: 'warning',
      label: 'Says who told you',
      detail: '“You told me”: Sarah Lim was not in the interview. Say who it came from, such as “Tom Hughes told me…”.',
    });
  });

  it.each([
    ['You told me what the role needs: they need someone to build the retention dashboard.', 'interviewer'],
    ['You mentioned the team hoped to decide by Friday.', 'coordinator'],
    ['Tom Hughes told me they need someone to build the retention dashboard.', 'recruiter'],
  ] as const)('does not mark %j to a %s', (body, audience) => {
    expect(mark('told-by', body, audience).status).toBe('ok');
  });
});

describe('shorthand: a note pasted with its shorthand', () => {
  it('marks a note pasted word for word, with how it reads written out', () => {
    expect(mark('shorthand', 'What stayed with me most was this: Q2 launch w/ APAC team.')).toMatchObject({
      status: 'warning',
      detail: '“Q2 launch w/ APAC team” is pasted as you noted it. Write it out, such as: “the second-quarter launch with the APAC team”.',
    });
  });

  it.each([
    ['Thanks re: the launch.', '“re:” is note-taking shorthand: write “about”.'],
    ['I can start w/ the team next month.', '“w/” is note-taking shorthand: write “with”.'],
  ])('marks shorthand no email uses, wherever it is: %j', (body, detail) => {
    expect(mark('shorthand', body)).toMatchObject({ status: 'warning', detail });
  });

  it('leaves "Q2" alone in the person\'s own sentence', () => {
    expect(mark('shorthand', 'Our Q2 numbers looked strong.').status).toBe('ok');
  });
});

describe('the drafts Nudge writes from these notes carry no editor marks', () => {
  it.each([
    ['Tom, the interviewer', 'interviewer', 'Tom Hughes'],
    ['Sarah, the agency recruiter', 'recruiter', 'Sarah Lim'],
    ['Ana, the coordinator', 'coordinator', 'Ana Silva'],
  ] as const)('to %s', (_, role, name) => {
    const draft = draftEmail({
      kind: 'thank-you',
      interview: { role: 'Product Analyst', company: 'Lumen', notes },
      interviewer: { name, contactRole: role },
      profile: { name: 'Aisha Rahman', mobile: '+60 12 345 6789' },
      interviewDateText: 'Monday 16 March',
      metWith: ['Tom Hughes'],
    });
    const findings = checkEmail({ ...input(draft.body, role, name), subject: draft.subject });
    expect(findings.filter((finding) => ['mid-capital', 'reader-their', 'told-by', 'shorthand'].includes(finding.id))).toEqual([]);
    expect(draft.body).not.toMatch(/: \p{Lu}\p{Ll}/u);
    expect(draft.body).not.toMatch(/\bQ2\b|w\//u);
    if (role !== 'recruiter') expect(draft.body).not.toMatch(/\btheir plan|\bthey need someone/iu);
    if (role === 'coordinator') expect(draft.body).toContain('I walked them through my churn model');
    if (role !== 'interviewer') expect(draft.body).not.toMatch(/you told me/iu);
  });
});
