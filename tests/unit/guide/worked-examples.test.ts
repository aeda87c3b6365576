import { describe, expect, it } from 'vitest';
import { checkEmail, checksFor, type CheckId, type CheckInput } from '~/domain/messages/email-checks';
import { emptyNotes } from '~/domain/records/defaults';
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

const EMAIL_KINDS: readonly string[] = ['thank-you', 'check-in'];

/** The checks an example asks for: all of an email kind's, or the ids listed (for a paragraph, judged as part of a thank-you). */
function plan(example: WorkedExample): { kind: EmailKind; ids: CheckId[] } {
  const checks = example.attributes.checks!;
  const audience = (example.attributes.audience ?? 'interviewer') as ContactRole;
  if (EMAIL_KINDS.includes(checks)) return { kind: checks as EmailKind, ids: checksFor(checks as EmailKind, audience) };
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
    // No hear-back date: whether it is too early is about the calendar, not the wording.
    hearBackBy: '',
    today: '2026-03-16',
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
    const known = [...checksFor('thank-you', 'recruiter'), ...checksFor('check-in')];
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

  it('reads an email as a reader sees it: paragraphs, line breaks, the signature', () => {
    const priya = strong.find((example) => example.attributes.title === 'A fuller thank-you, sent the next morning');
    expect(priya?.text).toMatch(/^Dear Jane,\n\nThank you for your time yesterday/);
    expect(priya?.text).toMatch(/Kind regards,\nPriya Shah$/);
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
