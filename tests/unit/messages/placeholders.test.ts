import { describe, expect, it } from 'vitest';
import { findPlaceholders, listPlaceholders } from '~/domain/messages/placeholders';
import { draftEmail } from '~/domain/messages/email-draft';
import { createInterview } from '~/domain/records/defaults';

describe('findPlaceholders', () => {
  it.each([
    ['a finished email', 'Dear Jane Tan,\n\nThank you for your time.\n\nKind regards,\nPriya Shah', []],
    ['square brackets', 'Dear [name], as we discussed [a specific point you discussed].', ['[name]', '[a specific point you discussed]']],
    ['the same one twice, listed once', 'Call me on [your mobile number]. Again: [your mobile number].', ['[your mobile number]']],
    ['braces', 'Dear {first_name},', ['{first_name}']],
    ['an angle-bracket word', 'I enjoyed meeting the <Company> team.', ['<Company>']],
    ['TODO and XX markers', 'TODO: add a point. We met on XX March.', ['TODO', 'XX']],
    ['order of first appearance', 'B [second] A [first] [second]', ['[second]', '[first]']],
  ])('finds %s', (_, text, found) => {
    expect(findPlaceholders(text)).toEqual(found);
  });

  it.each([
    ['an email address in angle brackets', 'Priya Shah <priya@example.com>'],
    ['a link in angle brackets', 'My portfolio: <https://example.com/work>'],
    ['a comparison', 'Delays fell from 12% to < 4% in a month.'],
    ['words containing XX or TODO', 'The XXL range; a todolist app; TODOS'],
    ['a bracket that runs past 80 characters', `[${'a'.repeat(81)}]`],
    ['a bracket across lines', 'Notes [first line\nsecond line]'],
  ])('ignores %s', (_, text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  it("finds every placeholder in a draft made with nothing filled in", () => {
    const blank = createInterview({ id: 'a', interviewerId: 'p', now: new Date('2026-03-03T10:00:00Z'), timeZone: 'Europe/London', today: '2026-03-03' });
    const draft = draftEmail({ kind: 'thank-you', interview: blank, interviewer: { name: '' }, profile: { name: '', mobile: '' }, interviewDateText: '' });
    expect(findPlaceholders(`${draft.subject}\n${draft.body}`)).toEqual([
      '[role]',
      "[interviewer's name]",
      '[company]',
      '[a specific point you discussed]',
      '[why you fit: something you have done that answers what they need]',
      '[your mobile number]',
      '[your name]',
    ]);
  });
});

describe('listPlaceholders', () => {
  it.each([
    [[], ''],
    [['[a]'], '[a]'],
    [['[a]', '[b]'], '[a] and [b]'],
    [['[a]', '[b]', '[c]'], '[a], [b] and [c]'],
    [['[a]', '[b]', '[c]', '[d]'], '[a], [b], [c] and 1 more'],
  ])('lists %j as %j', (found, text) => {
    expect(listPlaceholders(found)).toBe(text);
  });

  it('shows as many as asked', () => {
    expect(listPlaceholders(['[a]', '[b]', '[c]', '[d]', '[e]'], 5)).toBe('[a], [b], [c], [d] and [e]');
  });

  it('does not change its input', () => {
    const found = Object.freeze(['[a]', '[b]', '[c]', '[d]']);
    listPlaceholders(found);
    expect(found).toEqual(['[a]', '[b]', '[c]', '[d]']);
  });
});
