import { describe, expect, it } from 'vitest';
import type { DraftInput } from '~/domain/messages/draft-parts';
import { draftEmail, SUBJECT_LIMIT } from '~/domain/messages/email-draft';
import { createInterview, emptyNotes } from '~/domain/records/defaults';
import type { Interview } from '~/domain/records/model';
import { countWords } from '~/domain/messages/text';
import { charLength } from '~/domain/shared/text';
import { deepFreeze } from '../support/deep-freeze';

const blank = createInterview({
  id: 'iv1',
  interviewerId: 'p1',
  now: new Date('2026-03-03T10:00:00Z'),
  timeZone: 'Europe/London',
  today: '2026-03-03',
});

const interview: Interview = {
  ...blank,
  role: 'Product Designer',
  company: 'Acme',
  notes: {
    ...emptyNotes(),
    points: ['  ', 'the plan to open a design studio in Singapore', 'how the team runs research sprints'],
    wentWell: 'walking through the checkout redesign case study.',
    elaborate: 'my experience running research with older customers',
  },
};

const full: DraftInput = {
  kind: 'thank-you',
  interview,
  interviewer: { name: 'Jane Tan' },
  profile: { name: 'Sam Lee', mobile: '+44 7700 900123' },
  interviewDateText: 'Tuesday 3 March',
};

const empty: DraftInput = {
  kind: 'thank-you',
  interview: blank,
  interviewer: { name: '' },
  profile: { name: '', mobile: '' },
  interviewDateText: '',
};

describe('draftEmail: thank-you with everything filled in', () => {
  const { subject, body } = draftEmail(full);

  it('names the role in the subject', () => {
    expect(subject).toBe('Thank you – Product Designer interview');
  });

  it.each([
    ['greets them by their given name, as most private-sector email does', 'Dear Jane,\n\n'],
    ['thanks them and says when and what for', 'Thank you for taking the time to meet me on Tuesday 3 March about the Product Designer role at Acme.'],
    ['mentions the first non-blank point', 'especially this: the plan to open a design studio in Singapore.'],
    ['says why you fit, from what went well', "Our conversation showed why I'd fit: walking through the checkout redesign case study."],
    ['adds what you wanted to elaborate on', "as we didn't get to it: my experience running research with older customers."],
    ['offers references and a portfolio', 'references, portfolio samples or any other information'],
    ['gives the mobile number', 'You can reach me on +44 7700 900123.'],
    ['signs off with your name', 'Kind regards,\nSam Lee'],
  ])('%s', (_, text) => {
    expect(body).toContain(text);
  });

  it('holds no placeholders', () => {
    expect(`${subject}\n${body}`).not.toMatch(/[[\]]/);
  });

  it('is between 100 and 150 words', () => {
    expect(countWords(body)).toBeGreaterThanOrEqual(100);
    expect(countWords(body)).toBeLessThanOrEqual(150);
  });

  it('mentions the chosen point instead of the first', () => {
    expect(draftEmail({ ...full, point: 'how the team runs research sprints' }).body).toContain(
      'especially this: how the team runs research sprints.',
    );
  });
});

describe('draftEmail: thank-you with data missing', () => {
  const { subject, body } = draftEmail(empty);

  it.each([
    ["[interviewer's name]"],
    ['[role]'],
    ['[company]'],
    ['[a specific point you discussed]'],
    ['[why you fit: something you have done that answers what they need]'],
    ['[your mobile number]'],
    ['[your name]'],
  ])('holds the placeholder %s', (placeholder) => {
    expect(`${subject}\n${body}`).toContain(placeholder);
  });

  it('leaves out the date rather than adding a placeholder for it', () => {
    expect(body).toContain('Thank you for taking the time to meet me about the [role] role at [company].');
  });

  it('still reads as a full email of at least 80 words', () => {
    expect(countWords(body)).toBeGreaterThanOrEqual(80);
  });

  it('uses the notes from what went well without a placeholder for the rest', () => {
    const notes = { ...emptyNotes(), wentWell: 'the whiteboard exercise' };
    const draft = draftEmail({ ...full, interview: { ...interview, notes } });
    expect(draft.body).toContain("Our conversation showed why I'd fit: the whiteboard exercise.");
    expect(draft.body).toContain('[a specific point you discussed]');
    expect(draft.body).not.toContain('[why you fit');
  });

  it('never falls back on a generic line about skills and experience', () => {
    for (const notes of [emptyNotes(), interview.notes, { ...emptyNotes(), learned: 'They need weekly reporting.' }]) {
      const { body } = draftEmail({ ...full, interview: { ...interview, notes } });
      expect(body).not.toMatch(/skills and experience|confident my/i);
    }
  });
});

describe('draftEmail: subject', () => {
  it.each([
    ['Designer', 'Acme', 'Thank you – Designer interview'],
    ['', 'Acme', 'Thank you – interview at Acme'],
    ['', '', 'Thank you – [role] interview'],
    ['Senior Staff Platform Reliability Engineer', 'Acme', 'Thank you – Senior Staff Platform Reliability Engineer'],
    ['Senior Staff Platform Reliability Engineer, Payments', 'Acme', 'Thank you – Senior Staff Platform Reliability Engineer…'],
    ['', 'The Extremely Long Name Holdings International Group Limited', 'Thank you – The Extremely Long Name Holdings International…'],
  ])('for role %j at %j is %j', (role, company, subject) => {
    const drafted = draftEmail({ ...full, interview: { ...interview, role, company } }).subject;
    expect(drafted).toBe(subject);
    expect(charLength(drafted)).toBeLessThan(SUBJECT_LIMIT);
  });

  it('puts a role typed over two lines on one line', () => {
    expect(draftEmail({ ...full, interview: { ...interview, role: 'Product\nDesigner' } }).subject).toBe(
      'Thank you – Product Designer interview',
    );
  });
});

describe('draftEmail: to a recruiter', () => {
  const recruiter: DraftInput = { ...full, interviewer: { name: 'Sam Reid', contactRole: 'recruiter' }, metWith: ['Jane Tan'] };

  it.each([
    ['thank-you' as const, 'Thank you – Product Designer interview at Acme'],
    ['check-in' as const, 'Following up – Product Designer interview at Acme'],
  ])('names the company in the %s subject, since recruiters look after many', (kind, subject) => {
    expect(draftEmail({ ...recruiter, kind }).subject).toBe(subject);
  });

  it('drops the company when the subject would be too long', () => {
    const long = { ...recruiter, interview: { ...interview, company: 'The Extremely Long Name Holdings Group' } };
    expect(draftEmail(long).subject).toBe('Thank you – Product Designer interview');
  });

  it('greets the recruiter, not the interviewer', () => {
    expect(draftEmail(recruiter).body.startsWith('Dear Sam,\n\nThank you for putting me forward')).toBe(true);
  });
});

describe('draftEmail: check-in', () => {
  const checkIn: DraftInput = { ...full, kind: 'check-in' };
  const { subject, body } = draftEmail(checkIn);

  it('says it is following up in the subject', () => {
    expect(subject).toBe('Following up – Product Designer interview');
  });

  it.each([
    ['who you are and when you interviewed', 'My name is Sam Lee, and I interviewed with you on Tuesday 3 March for the Product Designer role at Acme.'],
    ['continued interest', "I'm still very interested in the position."],
    ['that decisions take time', 'hiring decisions take time'],
    ['a request for an updated timeframe', "could you let me know whether there's an updated timeframe for the next step?"],
    ['the mobile number', 'reach me on +44 7700 900123.'],
    ['a sign-off', 'Best regards,\nSam Lee'],
  ])('holds %s', (_, text) => {
    expect(body).toContain(text);
  });

  it('mentions a point only when one is chosen', () => {
    expect(body).not.toContain('Singapore');
    expect(draftEmail({ ...checkIn, point: 'the Singapore studio.' }).body).toContain(
      'Our conversation has stayed with me, especially this: the Singapore studio.',
    );
  });

  it('holds placeholders for the date, name and number when they are missing', () => {
    const drafted = draftEmail({ ...empty, kind: 'check-in' });
    expect(drafted.body).toContain('My name is [your name], and I interviewed with you on [interview date] for the [role] role at [company].');
    expect(drafted.body).toContain('[your mobile number]');
    expect(drafted.subject).toBe('Following up – [role] interview');
  });
});

describe('draftEmail: greeting by the custom of the reader\'s country', () => {
  it.each([
    ['Tom in London', { name: 'Tom Hughes' }, 'GB', 'Dear Tom,'],
    ['Sarah, a recruiter in Kuala Lumpur', { name: 'Sarah Lim', contactRole: 'recruiter' as const }, 'MY', 'Dear Sarah,'],
    ['Ms Tan in Singapore', { name: 'Tan Mei Ling', givenName: 'Mei Ling', familyName: 'Tan', familyNameFirst: true, honorific: 'Ms' }, 'SG', 'Dear Ms Tan,'],
    ['a card read as one name, family name first', { name: 'Tan Mei Ling' }, 'SG', 'Dear Tan Mei Ling,'],
  ])('%s', (_, interviewer, country, opening) => {
    for (const kind of ['thank-you', 'check-in', 'offer-accept', 'withdraw'] as const) {
      expect(draftEmail({ ...full, kind, interviewer, country }).body.startsWith(`${opening}\n\n`)).toBe(true);
    }
  });
});

describe('draftEmail: text as typed', () => {
  it.each([['陈美玲'], ['ليلى حداد'], ['Zoë O’Brien 🌟'], ['José Álvarez']])('keeps the name %s exactly, greeted by the name as on the card', (name) => {
    for (const kind of ['thank-you', 'check-in'] as const) {
      const { body } = draftEmail({ ...full, kind, interviewer: { name, salutation: 'full' }, profile: { ...full.profile, name } });
      expect(body.startsWith(`Dear ${name},\n`)).toBe(true);
      expect(body.endsWith(`\n${name}`)).toBe(true);
    }
  });

  it('leaves HTML as plain text, since escaping is the renderer’s job', () => {
    const role = '<script>alert(1)</script>';
    const { subject, body } = draftEmail({ ...full, interview: { ...interview, role } });
    expect(subject).toBe(`Thank you – ${role} interview`);
    expect(body).toContain(`about the ${role} role at Acme.`);
  });

  it('does not change its input', () => {
    const input = structuredClone(full);
    const frozen = deepFreeze(structuredClone(full));
    draftEmail(frozen);
    draftEmail({ ...frozen, kind: 'check-in' });
    expect(frozen).toEqual(input);
  });
});

