import { describe, expect, it } from 'vitest';
import { KEYWORD_CHECKS, mentionsAny } from '~/domain/messages/keyword-checks';

describe('mentionsAny', () => {
  it.each([
    ['Many thanks for today.', ['thanks?'], true],
    ['THANK YOU', ['thanks?'], true],
    ['Thanksgiving plans', ['thanks?'], false],
    ['I appreciated it', ['appreciat\\p{L}*'], true],
    ['Could you pass my thanks on?', KEYWORD_CHECKS['pass-on'].words, true],
    ['Could you pass these on to the panel?', KEYWORD_CHECKS['pass-on'].words, true],
    ['I passed the certificate.', KEYWORD_CHECKS['pass-on'].words, false],
    ["I'd love to work on it.", KEYWORD_CHECKS.interest.words, true],
    ['I’d love to work on it.', KEYWORD_CHECKS.interest.words, true],
    ['Any news on your side?', KEYWORD_CHECKS.timeframe.words, true],
  ])('%j with %j: %s', (text, words, expected) => {
    expect(mentionsAny(text, words)).toBe(expected);
  });
});

describe('KEYWORD_CHECKS', () => {
  it.each(Object.entries(KEYWORD_CHECKS))('%s has a label, a hint and words that make a valid pattern', (_, check) => {
    expect(check.label).not.toBe('');
    expect(check.hint).toMatch(/\.$/);
    expect(() => mentionsAny('', check.words)).not.toThrow();
  });
});
