import { describe, expect, test } from 'vitest';
import { createInterview, emptyProfile } from '~/domain/records/defaults';
import { NAME_CHARS, NOTE_CHARS, boundForMessages, clipText, quotedCuts, shortenedMessage } from '~/domain/messages/long-text';
import { deepFreeze } from '../support/deep-freeze';

const NOW = new Date('2026-03-03T15:00:00Z');

describe('clipText', () => {
  test.each([
    ['text that fits', 'We discussed the APAC launch', 40, 'We discussed the APAC launch', false],
    ['exactly the bound', 'abcde', 5, 'abcde', false],
    ['cut at a space near the end', 'We discussed the APAC launch plans', 20, 'We discussed the…', true],
    ['cut mid-word when no space is near', 'abcdefghijklmnopqrstuvwxyz', 10, 'abcdefghi…', true],
    ['trailing punctuation dropped before the ellipsis', 'One, two, three, four, five', 11, 'One, two…', true],
    ['emoji kept whole', '😀😀😀😀😀😀', 4, '😀😀😀…', true],
    ['emoji within the bound though longer in UTF-16', '😀😀😀', 3, '😀😀😀', false],
  ])('%s', (_, text, max, expected, shortened) => {
    const result = clipText(text, max);
    expect(result).toEqual({ text: expected, shortened });
    expect(Array.from(result.text).length).toBeLessThanOrEqual(max);
  });

  test('a 100 KB text comes back within the bound', () => {
    const result = clipText('word '.repeat(20_480), NOTE_CHARS);
    expect(result.shortened).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(NOTE_CHARS);
  });
});

describe('boundForMessages', () => {
  const base = createInterview({ id: 'a', interviewerId: 'a-1', now: NOW, timeZone: 'Europe/London', today: '2026-03-03' });
  const long = 'We talked about the launch. '.repeat(4_000);
  const interview = deepFreeze({
    ...base,
    company: 'Acme',
    role: 'R'.repeat(NAME_CHARS + 50),
    notes: { ...base.notes, learned: 'Short.', points: ['short point', long] },
    interviewers: [{ ...base.interviewers[0]!, name: 'Jane Tan' }],
  });
  const profile = deepFreeze({ ...emptyProfile(), name: 'Priya', mobile: '+44 7700 900123' });

  test('bounds every quoted text and names each one it cut, leaving the inputs as they were', () => {
    const bounded = boundForMessages(interview, profile, long);
    expect(bounded.interview.notes.points[0]).toBe('short point');
    expect(bounded.interview.notes.points[1]!.length).toBeLessThanOrEqual(NOTE_CHARS);
    expect(bounded.interview.role.length).toBeLessThanOrEqual(NAME_CHARS);
    expect(bounded.interview.company).toBe('Acme');
    expect(bounded.point!.length).toBeLessThanOrEqual(NOTE_CHARS);
    expect(bounded.cuts.map((cut) => cut.label)).toEqual(['your specific point 2', 'the role', 'the point you chose']);
    expect(interview.notes.points[1]).toBe(long);
  });

  test('short notes are quoted whole and nothing is reported', () => {
    const short = { ...interview, role: 'Analyst', notes: { ...interview.notes, points: ['short point'] } };
    expect(boundForMessages(short, profile).cuts).toEqual([]);
  });
});

describe('quotedCuts', () => {
  const cuts = [
    { label: 'your specific point 1', text: 'We talked about the launch of the new hub in Leeds and the…' },
    { label: 'what you learned', text: 'They are opening a regional office next spring and the team…' },
  ];
  test.each([
    ['a draft quoting point 1', ['Thank you for talking about the launch: We talked about the launch of the new hub in Leeds and the…'], ['your specific point 1']],
    ['a draft that tidied spaces', ['We talked  about the launch of the new\nhub in Leeds'], ['your specific point 1']],
    ['a draft quoting both, twice', ['We talked about the launch of the new hub in Leeds', 'They are opening a regional office next spring', 'We talked about the launch of the new hub in Leeds'], ['your specific point 1', 'what you learned']],
    ['a draft quoting neither', ['Dear Jane, thank you.'], []],
  ])('%s', (_, written, expected) => {
    expect(quotedCuts({ cuts }, written)).toEqual(expected);
  });
});

describe('shortenedMessage', () => {
  test.each([
    [[], ''],
    [['your specific point 1'], 'Your notes are long, so this draft uses only the start of your specific point 1. Your notes themselves are kept whole.'],
    [['the role', 'what you learned', 'your specific point 2'], 'Your notes are long, so this draft uses only the start of the role, what you learned and your specific point 2. Your notes themselves are kept whole.'],
  ])('%j', (labels, expected) => {
    expect(shortenedMessage(deepFreeze(labels), 'this draft')).toBe(expected);
  });
});
