import { describe, expect, it } from 'vitest';
import { NEAR_COPY_THRESHOLD, nearlyIdenticalPairs, similarity, type DraftText } from '~/domain/messages/draft-similarity';
import type { DraftInput } from '~/domain/messages/draft-parts';
import { draftEmail } from '~/domain/messages/email-draft';
import { createInterview, emptyNotes } from '~/domain/records/defaults';

const blank = createInterview({
  id: 'iv1',
  interviewerId: 'p1',
  now: new Date('2026-03-03T10:00:00Z'),
  timeZone: 'Europe/London',
  today: '2026-03-03',
});
const input: DraftInput = {
  kind: 'thank-you',
  interview: {
    ...blank,
    role: 'Product Designer',
    company: 'Acme',
    notes: { ...emptyNotes(), points: ['the Singapore studio', 'how research sprints run'], wentWell: 'the case study' },
  },
  interviewer: { name: 'Jane Tan' },
  profile: { name: 'Sam Lee', mobile: '07700 900123' },
  interviewDateText: 'Tuesday 3 March',
};
const toJane = draftEmail(input).body;
const toOmar = draftEmail({ ...input, interviewer: { name: 'Omar Haddad' } }).body;
const toMeiling = draftEmail({ ...input, interviewer: { name: '陈美玲' } }).body;

describe('similarity', () => {
  it.each([
    ['the same text', 'Thank you for meeting me today.', 'Thank you for meeting me today.', 1],
    ['text differing only in case and punctuation', 'Thank you, for meeting me today!', 'thank you for MEETING me today', 1],
    ['texts with no three-word run in common', 'Thank you for meeting me today.', 'I am still keen on the role.', 0],
    ['two empty texts', '', '  ', 1],
    ['an empty and a full text', '', 'Thank you for meeting me.', 0],
    ['two-word texts that match', 'Thanks Jane', 'thanks jane!', 1],
  ])('scores %s as %d', (_, a, b, score) => {
    expect(similarity(a, b)).toBe(score);
  });

  it('scores partly shared text between 0 and 1', () => {
    const score = similarity('Thank you for meeting me on Tuesday.', 'Thank you for meeting me on Friday.');
    expect(score).toBeGreaterThan(0.5);
    expect(score).toBeLessThan(1);
  });

  it.each([
    ['Latin names', toJane, toOmar, ['Jane Tan', 'Omar Haddad']],
    ['a Chinese name', toJane, toMeiling, ['Jane Tan', '陈美玲']],
  ])('scores drafts that differ only by %s as identical once the names are ignored', (_, a, b, names) => {
    expect(similarity(a, b)).toBeLessThan(1);
    expect(similarity(a, b, names)).toBe(1);
  });

  it('ignores a first name used alone but keeps words that merely contain it', () => {
    expect(similarity('Dear Jane, thanks for the chat about Janet.', 'Dear Omar, thanks for the chat about Janet.', ['Jane Tan', 'Omar Haddad'])).toBe(1);
    expect(similarity('Thanks for the chat about Janet today.', 'Thanks for the chat about Jane today.', ['Jane Tan'])).toBeLessThan(1);
  });

  it('is symmetric', () => {
    const other = draftEmail({ ...input, kind: 'check-in' }).body;
    expect(similarity(toJane, other)).toBe(similarity(other, toJane));
  });
});

describe('nearlyIdenticalPairs', () => {
  const drafts: DraftText[] = [
    { id: 'jane', text: toJane, name: 'Jane Tan' },
    { id: 'omar', text: toOmar, name: 'Omar Haddad' },
    { id: 'mei', text: draftEmail({ ...input, kind: 'check-in', interviewer: { name: '陈美玲' } }).body, name: '陈美玲' },
  ];

  it('flags two drafts that differ only by the name', () => {
    expect(nearlyIdenticalPairs(drafts)).toEqual([['jane', 'omar']]);
  });

  it('flags them even when no names are given', () => {
    expect(nearlyIdenticalPairs(drafts.map(({ id, text }) => ({ id, text })))).toEqual([['jane', 'omar']]);
  });

  it('still flags drafts whose only difference is a short point', () => {
    const point = draftEmail({ ...input, interviewer: { name: 'Omar Haddad' }, point: 'how research sprints run' }).body;
    expect(nearlyIdenticalPairs([drafts[0], { id: 'omar', text: point, name: 'Omar Haddad' }])).toEqual([['jane', 'omar']]);
  });

  it('stops flagging once a draft has a paragraph of its own', () => {
    const own = toOmar.replace(
      'Thank you again',
      'You mentioned the team is moving to weekly research sprints; I ran the same change at my last job and would be glad to share what we learned.\n\nThank you again',
    );
    expect(nearlyIdenticalPairs([drafts[0], { id: 'omar', text: own, name: 'Omar Haddad' }])).toEqual([]);
  });

  it('does not flag genuinely different emails', () => {
    const texts = [
      { id: 'a', text: 'Dear Jane, thank you for showing me round the studio and the new print room.' },
      { id: 'b', text: 'Dear Omar, I enjoyed hearing how your team plans its research sprints each quarter.' },
    ];
    expect(nearlyIdenticalPairs(texts)).toEqual([]);
  });

  it('leaves out empty drafts', () => {
    expect(nearlyIdenticalPairs([{ id: 'a', text: '' }, { id: 'b', text: ' ' }])).toEqual([]);
  });

  it('uses the threshold given', () => {
    const texts = [
      { id: 'a', text: 'Thank you for meeting me on Tuesday.' },
      { id: 'b', text: 'Thank you for meeting me on Friday.' },
    ];
    expect(nearlyIdenticalPairs(texts)).toEqual([]);
    expect(nearlyIdenticalPairs(texts, 0.5)).toEqual([['a', 'b']]);
    expect(NEAR_COPY_THRESHOLD).toBe(0.85);
  });

  it('does not change its input', () => {
    const copy = structuredClone(drafts);
    nearlyIdenticalPairs(Object.freeze(drafts.map((draft) => Object.freeze({ ...draft }))));
    expect(drafts).toEqual(copy);
  });
});
