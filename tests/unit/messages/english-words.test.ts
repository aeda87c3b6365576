import { describe, expect, it } from 'vitest';
import { isOrdinaryWord, isSubjectPronoun, looksLikeName } from '~/domain/messages/english-words';

describe('isOrdinaryWord: written in lower case inside a sentence', () => {
  it.each([
    ['Their', true],
    ['They', true],
    ['The', true],
    ['Moving', true],
    ['Building', true],
    ['Centre', true],
    ['Programme', true],
    ['I', false],
    ["I'm", false],
    ['Mixpanel', false],
    ['Amplitude', false],
    ['APAC', false],
    ['US', false],
    ['IT', false],
    ['iPhone', false],
    ['Reading', false],
    ['Beijing', false],
    ['Ling', false],
    ['May', false],
    ['Will', false],
  ])('%s: %s', (word, ordinary) => {
    expect(isOrdinaryWord(word)).toBe(ordinary);
  });
});

describe('looksLikeName and isSubjectPronoun', () => {
  it.each([
    ['Amplitude', true],
    ['Q2', true],
    ['Their', false],
    ['their', false],
  ])('looksLikeName(%j) is %s', (word, name) => {
    expect(looksLikeName(word)).toBe(name);
  });

  it.each([
    ['they', true],
    ["they're", true],
    ['They’d', true],
    ['plan', false],
  ])('isSubjectPronoun(%j) is %s', (word, subject) => {
    expect(isSubjectPronoun(word)).toBe(subject);
  });
});
