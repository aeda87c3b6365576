import { describe, expect, it } from 'vitest';
import { clause, countWords, digitsOnly, editDistance, findSpellings, orPlaceholder, splitWords, truncate } from '~/domain/messages/text';
import { charLength, fold, squish } from '~/domain/shared/text';

describe('splitWords', () => {
  it.each([
    ['Thanks, Jane! 🙂 See you.', ['Thanks', 'Jane', 'See', 'you']],
    ["I'm keen.", ["I'm", 'keen']],
    ['ليلى حداد', ['ليلى', 'حداد']],
    ['🎉🎉🎉', []],
    ['', []],
  ])('splits %j into its words', (text, words) => {
    expect(splitWords(text)).toEqual(words);
  });

  it('splits Chinese, which has no spaces, into more than one word', () => {
    expect(splitWords('谢谢您今天抽出时间面试我').length).toBeGreaterThan(1);
  });

  it('falls back to whitespace and trims punctuation when no segmenter is available', () => {
    expect(splitWords('  Thanks, Jane!  🙂 (see you) 谢谢您 ', null)).toEqual(['Thanks', 'Jane', 'see', 'you', '谢谢您']);
  });
});

describe('countWords', () => {
  it.each([
    ['Thank you for your time today.', 6],
    ['word '.repeat(150), 150],
    ['Hi 👋\n\nJane', 2],
    ['<script>alert("x")</script>', 4],
  ])('counts %j as %i words', (text, count) => {
    expect(countWords(text)).toBe(count);
  });

  it('gives the same count for spaced English with or without a segmenter', () => {
    const text = 'Thank you again, and I look forward to hearing from you.';
    expect(countWords(text, null)).toBe(countWords(text));
  });
});

describe('charLength', () => {
  it.each([
    ['abc', 3],
    ['Cafe\u0301', 4],
    ['👩‍👩‍👧', 1],
    ['陈美玲', 3],
  ])('counts %j as %i characters', (text, length) => {
    expect(charLength(text)).toBe(length);
  });
});

describe('truncate', () => {
  it('leaves text that fits alone', () => {
    expect(truncate('Thank you – Designer interview', 59)).toBe('Thank you – Designer interview');
  });

  it('cuts at a space and ends with an ellipsis', () => {
    expect(truncate('Thank you – Senior Platform Engineer', 24)).toBe('Thank you – Senior…');
  });

  it('keeps the last word whole when the cut falls just after it', () => {
    expect(truncate('Thank you – Senior Platform Engineer', 19)).toBe('Thank you – Senior…');
  });

  it('cuts a single long word mid-way rather than losing it all', () => {
    expect(truncate('Supercalifragilistic', 10)).toBe('Supercali…');
  });

  it('never splits an emoji', () => {
    expect(truncate('👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧', 2)).toBe('👩‍👩‍👧…');
  });
});

describe('squish, orPlaceholder and clause', () => {
  it('collapses whitespace and line breaks', () => {
    expect(squish('  Product\n  Designer ')).toBe('Product Designer');
  });

  it.each([
    ['', '[your name]'],
    ['   ', '[your name]'],
    [' Sam  Lee ', 'Sam Lee'],
  ])('turns %j into %j', (value, expected) => {
    expect(orPlaceholder(value, 'your name')).toBe(expected);
  });

  it('drops trailing full stops so the caller can add its own', () => {
    expect(clause(' the APAC launch plans. ')).toBe('the APAC launch plans');
    expect(clause('上海办公室的扩张计划。')).toBe('上海办公室的扩张计划');
  });
});

describe('digitsOnly', () => {
  it.each([
    ['+44 (0)7700-900 123', '4407700900123'],
    ['０７７００ ９００１２３', '07700900123'],
    ['none', ''],
  ])('keeps the digits of %j', (text, digits) => {
    expect(digitsOnly(text)).toBe(digits);
  });
});

describe('fold and editDistance', () => {
  it('ignores case, accents and spacing', () => {
    expect(fold('  José   ÁLVAREZ ')).toBe('jose alvarez');
  });

  it.each([
    ['Jane Tan', 'Jane Tan', 0],
    ['Jane Tan', 'Jane Tann', 1],
    ['Jane Tan', 'Jean Tan', 2],
    ['', 'abc', 3],
    ['陈美玲', '陈美琳', 1],
  ])('measures %j to %j as %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });
});

describe('findSpellings', () => {
  it.each([
    ['Dear Jane Tan,', 'Jane Tan', { exact: true, near: [] }],
    ['Dear Jane\nTan,', 'Jane Tan', { exact: true, near: [] }],
    ['Dear jane tan,', 'Jane Tan', { exact: false, near: ['jane tan'] }],
    ['Dear Jane Tann,', 'Jane Tan', { exact: false, near: ['Jane Tann'], partial: 'Jane' }],
    ['Dear Jane Tan, and thanks to Jane Tann', 'Jane Tan', { exact: true, near: ['Jane Tann'] }],
    ['Dear Ms Tan,', 'Jane Tan', { exact: false, near: [], partial: 'Tan' }],
    ['Dear Mr Lee,', 'Jane Tan', { exact: false, near: [] }],
    ['Dear Jose Alvarez,', 'José Álvarez', { exact: false, near: ['Jose Alvarez'] }],
    ['陈美玲您好，', '陈美玲', { exact: true, near: [] }],
    ['陈美琳您好，', '陈美玲', { exact: false, near: [] }],
    ['عزيزتي ليلى حداد،', 'ليلى حداد', { exact: true, near: [] }],
    ['Hi 👋 Jane Tan 🎉', 'Jane Tan', { exact: true, near: [] }],
    ["Jane Tan's team", 'Jane Tan', { exact: true, near: [] }],
  ])('finds in %j the name %j', (text, name, expected) => {
    expect(findSpellings(text, name)).toEqual(expected);
  });

  it('treats the same name in composed and decomposed accents as exact', () => {
    expect(findSpellings('Dear Jose\u0301,', 'José').exact).toBe(true);
  });
});
