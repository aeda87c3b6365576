import { describe, expect, it } from 'vitest';
import { CHECKS_BY_KIND, checkEmail, checksFor, EDITOR_MARKS, WORD_LIMITS, type CheckInput, type Finding } from '~/domain/messages/email-checks';
import { countWords } from '~/domain/messages/text';
import { draftEmail } from '~/domain/messages/email-draft';
import { createInterview, emptyNotes } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { deepFreeze } from '../support/deep-freeze';

const blank = createInterview({
  id: 'iv1',
  interviewerId: 'p1',
  now: new Date('2026-03-03T10:00:00Z'),
  timeZone: 'Europe/London',
  today: '2026-03-03',
});
const notes = { ...emptyNotes(), points: ['the plan to open a design studio in Singapore'], wentWell: 'the case study' };
const interview: Interview = { ...blank, role: 'Product Designer', company: 'Acme', notes };
const interviewer = { name: 'Jane Tan' };
const profile = { name: 'Sam Lee', mobile: '+44 7700 900123' };
const draft = draftEmail({ kind: 'thank-you', interview, interviewer, profile, interviewDateText: 'Tuesday 3 March' });

const base: CheckInput = {
  kind: 'thank-you',
  ...draft,
  interviewer,
  profile,
  notes,
  hearBackBy: '2026-03-10',
  today: '2026-03-04',
};

/** The finding with `id` for `base` changed by `change`. */
function finding(id: string, change: Partial<CheckInput> = {}): Finding {
  const result = checkEmail({ ...base, ...change }).find((f) => f.id === id);
  if (!result) throw new Error(`no ${id} finding`);
  return result;
}

const words = (count: number) => 'word '.repeat(count).trim();

describe('checkEmail: which checks run', () => {
  it.each([['thank-you' as const], ['check-in' as const]])('runs the %s checks in order', (kind) => {
    expect(checkEmail({ ...base, kind }).map((f) => f.id)).toEqual([...CHECKS_BY_KIND[kind]]);
  });

  it('leaves thanks, a specific point and documents out of a check-in', () => {
    expect(CHECKS_BY_KIND['check-in']).not.toContain('thanks');
    expect(CHECKS_BY_KIND['check-in']).not.toContain('specific-point');
    expect(CHECKS_BY_KIND['check-in']).not.toContain('documents');
  });

  it('passes every check on a thank-you drafted from full data', () => {
    expect(checkEmail(base).filter((f) => f.status !== 'ok')).toEqual([]);
  });

  it('passes every check on a check-in drafted from full data, sent on the date they gave', () => {
    const checkIn = draftEmail({ kind: 'check-in', interview, interviewer, profile, interviewDateText: 'Tuesday 3 March' });
    const findings = checkEmail({ ...base, ...checkIn, kind: 'check-in', today: '2026-03-10' });
    expect(findings.filter((f) => f.status !== 'ok')).toEqual([]);
  });
});

describe('checkEmail: a draft made with data missing', () => {
  const empty = draftEmail({ kind: 'thank-you', interview: blank, interviewer: { name: '' }, profile: { name: '', mobile: '' }, interviewDateText: '' });
  const findings = checkEmail({ ...base, ...empty, interviewer: { name: '' }, profile: { name: '', mobile: '' }, notes: emptyNotes() });
  const byId = Object.fromEntries(findings.map((f) => [f.id, f]));

  it.each([
    ['placeholders', "Fill in or remove: [role], [interviewer's name], [company] and 4 more."],
    ['name-spelling', 'Add their name to the interviewer card first.'],
    ['specific-point', 'Add the points you discussed to your notes, then mention one here.'],
    ['mobile', 'Add your mobile number to your profile, then include it here.'],
    ['sign-off', 'Add your name to your profile, then sign off with it.'],
  ])('marks %s missing: %s', (id, detail) => {
    expect(byId[id]).toMatchObject({ status: 'missing', detail });
  });
});

describe('checkEmail: content checks', () => {
  it.each([
    ['thanks', 'Many thanks for seeing me.', 'ok'],
    ['thanks', 'I appreciated our talk.', 'ok'],
    ['thanks', 'It was good to meet you.', 'missing'],
    ['documents', 'I can send my portfolio.', 'ok'],
    ['documents', 'Happy to share references.', 'ok'],
    ['documents', 'Speak soon.', 'missing'],
  ])('finds %s in %j: %s', (id, body, status) => {
    expect(finding(id, { body }).status).toBe(status);
  });

  it.each([
    ['quotes the point, in any case', 'I keep thinking about THE PLAN TO OPEN A DESIGN STUDIO IN SINGAPORE.'],
    ['shares most of its distinctive words', 'Your plans for a new Singapore design studio sound exciting.'],
  ])('accepts a specific point when the body %s', (_, body) => {
    expect(finding('specific-point', { body })).toMatchObject({ status: 'ok', detail: 'Mentions: the plan to open a design studio in Singapore' });
  });

  it('asks for one of the noted points when none is mentioned', () => {
    expect(finding('specific-point', { body: 'The design of your office was lovely.' })).toMatchObject({
      status: 'missing',
      detail: 'Mention one, such as: the plan to open a design studio in Singapore',
    });
  });

  it('matches a point written in Chinese', () => {
    const chinese = { ...notes, points: ['上海办公室的扩张计划'] };
    expect(finding('specific-point', { notes: chinese, body: '我对上海办公室的扩张计划很感兴趣。' }).status).toBe('ok');
  });

  it.each([
    ['interest', "I'm still keen on the role.", 'ok'],
    ['interest', 'Hope all is well.', 'missing'],
    ['timeframe', 'Is there an updated timeframe?', 'ok'],
    ['timeframe', 'Do you know the next steps?', 'ok'],
    ['timeframe', 'Hope all is well.', 'missing'],
  ])('for a check-in finds %s in %j: %s', (id, body, status) => {
    expect(finding(id, { kind: 'check-in', body }).status).toBe(status);
  });
});

describe('checkEmail: says why you fit, as an editor would', () => {
  it.each([
    ['something you did', 'At Harbour Freight I moved our delay report from monthly to weekly.', 'ok'],
    ['a qualification', 'I passed the Power BI certification in January.', 'ok'],
    ['how you like to work', 'Testing with real users before launch is how I like to work.', 'ok'],
    ['a reason from the notes (what went well)', 'Walking you through the case study felt like the real job.', 'ok'],
    ['generic claims only', 'I believe I would be a great fit. I am a hard worker.', 'missing'],
    ['the old default line', "I'm confident my skills and experience fit what you need.", 'missing'],
    ['enthusiasm only', "I really enjoyed our talk and I'd love to join the team.", 'missing'],
    ['nothing about you', 'I hope to hear from you.', 'missing'],
  ])('%s: %j is %s', (_, body, status) => {
    expect(finding('fit', { body }).status).toBe(status);
  });

  it('quotes what backs it', () => {
    expect(finding('fit', { body: 'Thanks. I built the route dashboard at Harbour Freight.' }).detail).toBe('Backed by: “I built the route dashboard at Harbour Freight.”');
  });

  it('names the generic claims and suggests a reason from the notes', () => {
    expect(finding('fit', { body: 'I would be a perfect fit and I am passionate about design.' }).detail).toBe(
      '“perfect fit” and “passionate” could come from anyone. Back it with one thing you have done that matches what they need, such as: the case study.',
    );
  });

  it('suggests kinds of evidence when the notes have no reason to offer', () => {
    expect(finding('fit', { body: 'Hello.', notes: { ...notes, wentWell: '' } }).detail).toBe(
      'Add one thing you have done that matches what they need: a project, a result or a qualification.',
    );
  });
});

describe('checkEmail: shows you want the job (a thank-you)', () => {
  it.each([
    ["I'd love to work on the delivery-delay dashboard.", 'ok'],
    ['I came away even keener on the role.', 'ok'],
    ['I look forward to working with the team.', 'ok'],
    ['Thanks for your time.', 'missing'],
  ])('in %j: %s', (body, status) => {
    const result = finding('interest', { body });
    expect(result).toMatchObject({ status, label: 'Shows you want the job' });
    if (status === 'missing') expect(result.detail).toBe('Say which part of the role made you keener, and why.');
  });

  it('in a check-in, says you are still interested', () => {
    expect(finding('interest', { kind: 'check-in', body: 'Hope all is well.' })).toMatchObject({ label: 'Says you are still interested', detail: 'Say that you are still keen on the role.' });
  });
});

describe('checkEmail: to a recruiter or coordinator', () => {
  it.each([
    ['thank-you', 'interviewer', [...CHECKS_BY_KIND['thank-you']]],
    ['thank-you', 'recruiter', ['subject', 'name-spelling', 'thanks', 'pass-on', 'specific-point', 'interest', 'fit', 'documents', 'mobile', 'sign-off', 'placeholders', 'length']],
    ['thank-you', 'coordinator', ['subject', 'name-spelling', 'thanks', 'pass-on', 'specific-point', 'interest', 'fit', 'documents', 'mobile', 'sign-off', 'placeholders', 'length']],
    ['check-in', 'recruiter', [...CHECKS_BY_KIND['check-in']]],
  ] as const)('a %s to a %s runs %j, then the editor\'s marks, shown only where they find something', (kind, audience, ids) => {
    expect(checksFor(kind, audience)).toEqual([...ids, ...EDITOR_MARKS]);
    // The draft is the one to the interviewer: "our discussion" to someone who was not there is marked.
    const marks = audience === 'interviewer' ? [] : ['told-by'];
    expect(checkEmail({ ...base, kind, audience }).map((f) => f.id)).toEqual([...ids, ...marks]);
  });

  it.each([
    ['Could you pass my thanks on to Jane and Tom?', 'ok'],
    ['Please pass them along.', 'ok'],
    ['Could you let the panel know I enjoyed it?', 'ok'],
    ['Would you mind forwarding this to Jane?', 'ok'],
    ['Thanks again for arranging it.', 'missing'],
  ])('finds a request to pass thanks on in %j: %s', (body, status) => {
    expect(finding('pass-on', { audience: 'recruiter', body }).status).toBe(status);
  });

  it.each([
    ['Have you heard anything from them?', 'ok'],
    ['Did they give any feedback?', 'ok'],
    ['Hope you are well.', 'missing'],
  ])('in a check-in to a recruiter, accepts asking what they have heard: %j is %s', (body, status) => {
    expect(finding('timeframe', { kind: 'check-in', audience: 'recruiter', body }).status).toBe(status);
  });
});

describe('checkEmail: mobile', () => {
  it.each([
    ['+44 7700 900123', 'Call me on 07700900123.', 'ok'],
    ['+44 7700 900123', 'Call me on 07700 900 123.', 'ok'],
    ['+44 7700 900123', 'Call me on +447700900123.', 'ok'],
    ['+44 7700 900123', 'Call me on (+44) 7700-900-123.', 'ok'],
    ['07700 900123', 'Call me on +44 (0)7700 900123.', 'ok'],
    ['+65 9123 4567', 'Call me on 9123 4567.', 'ok'],
    ['+44 7700 900123', 'Call me on 07700 900124.', 'missing'],
    ['+44 7700 900123', 'Call me on 900123.', 'missing'],
    ['+44 7700 900123', 'Call me any time.', 'missing'],
  ])('with %j on the profile finds it in %j: %s', (mobile, body, status) => {
    expect(finding('mobile', { profile: { ...profile, mobile }, body }).status).toBe(status);
  });

  it('says which number to add when it is missing', () => {
    expect(finding('mobile', { body: 'Bye.' }).detail).toBe('Add your mobile number (+44 7700 900123) so they can call you.');
  });
});

describe('checkEmail: name-spelling', () => {
  it.each([
    ['Jane Tan', 'Dear Jane Tan,', 'ok', undefined],
    ['Jane Tan', 'Dear jane tan,', 'warning', 'Spelled differently from the card: “jane tan” (card: “Jane Tan”).'],
    ['Jane Tan', 'Dear Jane Tann,', 'warning', 'Spelled differently from the card: “Jane Tann” (card: “Jane Tan”).'],
    ['José Álvarez', 'Dear Jose Alvarez,', 'warning', 'Spelled differently from the card: “Jose Alvarez” (card: “José Álvarez”).'],
    ['Jane Tan', 'Dear Ms Tan,', 'ok', 'Uses “Tan”; check it matches the card: “Jane Tan”.'],
    ['Jane Tan', 'Hello,', 'missing', 'Greet them by name, as written on their card: Jane Tan.'],
    ['陈美玲', '陈美玲您好，', 'ok', undefined],
    ['ليلى حداد', 'عزيزتي ليلى حداد،', 'ok', undefined],
    ['Zoë 🌟 Park', 'Dear Zoë 🌟 Park,', 'ok', undefined],
  ])('with %j on the card reads %j as %s', (name, body, status, detail) => {
    const result = finding('name-spelling', { interviewer: { name }, body });
    expect(result.status).toBe(status);
    expect(result.detail).toBe(detail);
  });
});

describe('checkEmail: placeholders', () => {
  it.each([
    ['Dear [name],', '[name]'],
    ['Dear {first_name},', '{first_name}'],
    ['I enjoyed meeting the <Company> team.', '<Company>'],
    ['TODO: add a point', 'TODO'],
    ['We met on XX March.', 'XX'],
    ['<script>alert(1)</script>', '<script> and </script>'],
  ])('flags %j', (body, left) => {
    expect(finding('placeholders', { body })).toMatchObject({ status: 'missing', detail: `Fill in or remove: ${left}.` });
  });

  it.each([
    ['an email address in angle brackets', 'Sam Lee <sam@example.com>'],
    ['a link in angle brackets', 'My portfolio: <https://example.com/sam>'],
    ['a comparison', 'It took 3 < 4 weeks and 5 > 2.'],
    ['words that contain TODO or XX', 'Mixxer and TODOS are fine.'],
  ])('does not flag %s', (_, body) => {
    expect(finding('placeholders', { body }).status).toBe('ok');
  });

  it('flags a placeholder left in the subject', () => {
    expect(finding('placeholders', { subject: 'Thank you – [role] interview' }).detail).toBe('Fill in or remove: [role].');
  });
});

describe('checkEmail: length', () => {
  it.each([
    [1, 'warning', '1 word (aim for about 150)'],
    [39, 'warning', '39 words (aim for about 150)'],
    [40, 'ok', '40 words (aim for about 150)'],
    [150, 'ok', '150 words (aim for about 150)'],
    [165, 'ok', '165 words (aim for about 150)'],
    [166, 'warning', '166 words (aim for about 150)'],
    [192, 'warning', '192 words (aim for about 150)'],
    [201, 'warning', '201 words (aim for about 150)'],
  ])('reads a %i-word body as %s', (count, status, label) => {
    expect(finding('length', { body: words(count) })).toMatchObject({ status, label });
  });

  it('never counts a 192-word thank-you as done, and says how much to cut', () => {
    const findings = checkEmail({ ...base, body: `${base.body}\n\n${words(192 - countWords(base.body))}` });
    expect(findings.find((f) => f.id === 'length')).toEqual({
      id: 'length',
      status: 'warning',
      label: '192 words (aim for about 150)',
      detail: 'Too long to read at a glance: cut about 42 words, down to about 150.',
    });
    expect(findings.filter((f) => f.status === 'ok')).toHaveLength(findings.length - 1);
  });

  it.each([
    ['check-in', 110, 'ok'],
    ['check-in', 120, 'warning'],
    ['withdraw', 88, 'ok'],
    ['withdraw', 89, 'warning'],
    ['offer-terms', 132, 'ok'],
  ] as const)('aims a %s at its own length: %i words is %s', (kind, count, status) => {
    expect(finding('length', { kind, body: words(count) })).toMatchObject({ status, label: `${count} words (aim for about ${WORD_LIMITS.target[kind]})` });
  });

  it.each([
    ['Chinese', '谢谢您今天抽出时间和我面谈。'.repeat(20)],
    ['Arabic', 'شكرا جزيلا على وقتك '.repeat(20)],
    ['emoji only', '🎉🙏👩‍👩‍👧'.repeat(50)],
    ['HTML', '<script>alert("hi")</script>'.repeat(20)],
  ])('counts %s text without failing', (_, body) => {
    expect(finding('length', { body }).label).toMatch(/^\d+ words? \(aim for about 150\)$/);
  });
});

describe('checkEmail: subject', () => {
  const subjectOf = (length: number) => `Thank you – ${'x'.repeat(length - 12)}`;
  it.each([
    [59, 'ok'],
    [60, 'warning'],
    [61, 'warning'],
  ])('reads a %i-character subject as %s', (length, status) => {
    expect(subjectOf(length)).toHaveLength(length);
    expect(finding('subject', { subject: subjectOf(length) })).toMatchObject({ status, detail: expect.stringMatching(`^${length} characters`) });
  });

  it.each([[''], ['   ']])('marks the subject %j missing', (subject) => {
    expect(finding('subject', { subject }).status).toBe('missing');
  });

  it('counts an emoji as one character', () => {
    expect(finding('subject', { subject: '👩‍👩‍👧'.repeat(59) }).status).toBe('ok');
  });
});

describe('checkEmail: not-too-early', () => {
  it.each([
    ['2026-03-09', '2026-03-10', 'warning'],
    ['2026-03-10', '2026-03-10', 'ok'],
    ['2026-03-11', '2026-03-10', 'ok'],
    ['2026-03-09', '', 'ok'],
  ])('on %s with a hear-back date of %j is %s', (today, hearBackBy, status) => {
    expect(finding('not-too-early', { kind: 'check-in', today, hearBackBy }).status).toBe(status);
  });

  it('explains the date they gave, formatted by the caller', () => {
    const result = finding('not-too-early', { kind: 'check-in', today: '2026-03-05', hearBackBy: '2026-03-10', hearBackByText: 'Tuesday 10 March' });
    expect(result.detail).toBe("They said they'd be in touch by Tuesday 10 March; checking in earlier can look impatient.");
  });
});

describe('checkEmail: inputs', () => {
  it('does not change its input', () => {
    const input = structuredClone(base);
    const frozen = deepFreeze(structuredClone(base));
    checkEmail(frozen);
    checkEmail({ ...frozen, kind: 'check-in' });
    expect(frozen).toEqual(input);
  });
});

