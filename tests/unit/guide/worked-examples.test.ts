import { describe, expect, it } from 'vitest';
import { checkEmail, checksFor, judgeKind, type CheckId, type CheckInput } from '~/domain/messages/email-checks';
import { EMAIL_KINDS } from '~/domain/records/constants';
import { CONTACT_ROLES } from '~/domain/records/choices';
import { emptyNotes } from '~/domain/records/defaults';
import { greetingName } from '~/domain/messages/salutation';
import type { ContactRole, EmailKind } from '~/domain/records/model';
import { guideFiles, readExamples, type WorkedExample } from '../support/guide-examples';

// The guide's worked emails are the checker's fixtures, read from the MDX (see
// src/components/Example.astro): what the guide calls strong passes every
// check, what it calls weak fails exactly what the guide says is wrong with it.
const examples = guideFiles().flatMap(readExamples);
const judged = examples.filter((example) => example.attributes.verdict !== undefined || example.attributes.checks !== undefined);
const strong = judged.filter((example) => example.attributes.verdict === 'strong');
const weak = judged.filter((example) => example.attributes.verdict === 'weak');
const name = (example: WorkedExample) => `${example.page}:${example.line} “${example.attributes.title}”`;

const isEmailKind = (text: string): text is EmailKind => (EMAIL_KINDS as readonly string[]).includes(text);

/**
 * The checks an example asks for: all of an email kind's, for the kind the checker judges it as
 * (a check-in about another offer's deadline is that email), or the ids listed (for a paragraph,
 * judged as part of a thank-you).
 */
function plan(example: WorkedExample): { kind: EmailKind; ids: CheckId[] } {
  const checks = example.attributes.checks!;
  const audience = (example.attributes.audience ?? 'interviewer') as ContactRole;
  if (isEmailKind(checks)) {
    const kind = judgeKind(checks, example.text);
    return { kind, ids: checksFor(kind, audience) };
  }
  return { kind: 'thank-you', ids: checks.split(/\s+/) as CheckId[] };
}

/** The checker's verdict on one example, as the planner would give it for the same card, profile and notes. */
function judge(example: WorkedExample) {
  const { attributes: a } = example;
  const { kind, ids } = plan(example);
  const input: CheckInput = {
    kind,
    audience: (a.audience ?? 'interviewer') as ContactRole,
    subject: a.subject ?? '',
    body: example.text,
    interviewer: { name: a.to ?? '' },
    profile: { name: a.from ?? '', mobile: a.mobile ?? '' },
    notes: { ...emptyNotes(), points: (a.points ?? '').split('|').map((point) => point.trim()) },
    // Whether it is too early is about the calendar: an example gives the date they said, if it matters.
    hearBackBy: a.hearBackBy ?? '',
    today: a.today ?? '2026-03-16',
  };
  return checkEmail(input).filter((finding) => ids.includes(finding.id as CheckId));
}

describe('the guide marks its judged examples in a way the tests can read', () => {
  it('has strong examples on the thank-you and check-in pages, and at least one weak one', () => {
    const pages = new Set(strong.map((example) => example.page));
    expect(pages).toContain('thank-you-email.mdx');
    expect(pages).toContain('check-in.mdx');
    expect(weak.length).toBeGreaterThan(0);
  });

  it.each(judged.map((example) => [name(example), example] as const))('%s has a verdict, checks the checker knows, and flaws only when weak', (_, example) => {
    const { verdict, checks, flaws, audience } = example.attributes;
    expect(['strong', 'weak']).toContain(verdict);
    expect(checks).toBeDefined();
    const { ids } = plan(example);
    const known = EMAIL_KINDS.flatMap((kind) => CONTACT_ROLES.flatMap((role) => checksFor(kind, role)));
    for (const id of ids) expect(known).toContain(id);
    expect(['interviewer', 'coordinator', 'recruiter', undefined]).toContain(audience);
    if (verdict === 'weak') {
      expect(flaws, 'a weak example names what is wrong with it').toBeTruthy();
      for (const flaw of flaws!.split(/\s+/)) expect(ids).toContain(flaw);
    } else {
      expect(flaws).toBeUndefined();
    }
    expect(example.text.length).toBeGreaterThan(40);
  });

  it('leaves no worked email or paragraph out of the checker: each has checks, or names the kind of email the checker cannot judge yet', () => {
    const written = examples.filter((example) => example.attributes.kind === 'email' || example.attributes.kind === 'paragraph');
    const left = written.filter((example) => example.attributes.checks === undefined && !example.attributes.unchecked).map(name);
    expect(left).toEqual([]);
    for (const example of written) {
      if (example.attributes.unchecked) expect(example.attributes.verdict, `${name(example)}: a verdict needs checks`).toBeUndefined();
    }
  });

  it('covers the pages after "you hear back" too: every worked email on them is checked', () => {
    const later = ['the-offer.mdx', 'after-a-no.mdx', 'next-round.mdx', 'references-and-checks.mdx', 'withdrawing.mdx', 'when-it-goes-quiet.mdx'];
    const pages = new Set(judged.map((example) => example.page));
    for (const page of later) expect(pages).toContain(page);
    const left = examples.filter((example) => later.includes(example.page) && example.attributes.kind === 'email' && example.attributes.checks === undefined);
    expect(left.map(name)).toEqual([]);
  });

  it('has a strong worked email of every kind the planner drafts, outcome replies included', () => {
    const kinds = new Set(strong.filter((example) => isEmailKind(example.attributes.checks!)).map((example) => plan(example).kind));
    expect([...EMAIL_KINDS].filter((kind) => !kinds.has(kind))).toEqual([]);
  });

  it('reads a date the page renders from the domain as the reader sees it', () => {
    const email = strong.find((example) => example.attributes.title === 'Checking in by email after the date has passed');
    expect(email?.text).toContain('the Data Analyst role we discussed on 3 March.');
  });

  it('reads an email as a reader sees it: paragraphs, line breaks, the signature', () => {
    const priya = strong.find((example) => example.attributes.title === 'A fuller thank-you, sent the next morning');
    expect(priya?.text).toMatch(/^Dear Jane,\n\nThank you for your time yesterday/);
    expect(priya?.text).toMatch(/Kind regards,\nPriya Shah$/);
  });
});

describe('the greeting of every worked email', () => {
  // The guide teaches forms of address (the glossary's "Names and forms of address"); its worked
  // emails greet each reader as the planner's drafts would, by the custom of the reader's country
  // or the form the writer chose for them, so the guide and the planner teach the same thing.
  // A weak example that is wrong about the name on purpose is left out.
  const emails = examples.filter((example) => example.attributes.kind === 'email' && !(example.attributes.flaws ?? '').includes('name-spelling'));

  it.each(emails.map((example) => [name(example), example] as const))('%s greets its reader as the planner would', (_, example) => {
    const { to, country = 'GB', salutation, honorific } = example.attributes;
    expect(to, 'an email says who it is to').toBeTruthy();
    const greeting = /^Dear ([^,\n]+),/u.exec(example.text)?.[1];
    expect(greeting, 'opens with "Dear …,"').toBeDefined();
    expect(greeting).toBe(greetingName({ name: to!, salutation: salutation as never, honorific }, country));
  });
});

describe('the email about another offer\'s deadline, written before the date they gave', () => {
  const email = strong.find((example) => example.attributes.title === 'Waiting for your first choice, with an offer in hand')!;

  it('is checked as that email, with a hear-back date still ahead', () => {
    expect(email.attributes.hearBackBy! > (email.attributes.today ?? '2026-03-16')).toBe(true);
    expect(plan(email).kind).toBe('other-offer');
    expect(judge(email).find((finding) => finding.id === 'other-offer')).toMatchObject({ status: 'ok' });
    expect(judge(email).map((finding) => finding.id)).not.toContain('not-too-early');
  });

  it('would be an early check-in without its offer', () => {
    const plain = { ...email, text: email.text.replace(/received another job offer/u, 'been thinking about the role').replace(/I need to reply to it by the end of next week\./u, '') };
    expect(plan(plain).kind).toBe('check-in');
    expect(judge(plain).find((finding) => finding.id === 'not-too-early')).toMatchObject({ status: 'warning' });
  });
});

describe.each(strong.map((example) => [name(example), example] as const))('strong: %s', (_, example) => {
  it('passes every check', () => {
    expect(judge(example).filter((finding) => finding.status !== 'ok')).toEqual([]);
  });
});

describe.each(weak.map((example) => [name(example), example] as const))('weak: %s', (_, example) => {
  it('is flagged for exactly what the guide says is wrong with it', () => {
    const flagged = judge(example)
      .filter((finding) => finding.status !== 'ok')
      .map((finding) => finding.id)
      .sort();
    expect(flagged).toEqual(example.attributes.flaws!.split(/\s+/).sort());
  });
});
