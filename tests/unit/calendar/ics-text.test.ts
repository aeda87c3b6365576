import { describe, expect, it } from 'vitest';
import { asciiSlug, escapeText, foldLine, joinContentLines, normalizeText, unfoldLines } from '~/domain/calendar/ics-text';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('normalizeText', () => {
  it.each([
    ['turns CRLF into LF', 'a\r\nb', 'a\nb'],
    ['turns a lone CR into LF', 'a\rb', 'a\nb'],
    ['keeps LF and tab', 'a\n\tb', 'a\n\tb'],
    ['drops other control characters', 'a\u0000b\u0007c\u001Bd\u007F', 'abcd'],
    ['replaces a lone surrogate with U+FFFD', 'a\uD83Db', 'a\uFFFDb'],
    ['keeps a surrogate pair', '🎉', '🎉'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('escapeText', () => {
  it.each([
    ['backslash', 'a\\b', 'a\\\\b'],
    ['semicolon', 'a;b', 'a\\;b'],
    ['comma', 'a,b', 'a\\,b'],
    ['LF', 'a\nb', 'a\\nb'],
    ['CRLF and CR as one line break each', 'a\r\nb\rc', 'a\\nb\\nc'],
    ['a backslash before n, not a newline', 'C:\\new', 'C:\\\\new'],
    ['nothing in plain text, colons or quotes', 'Acme: "hi" & ? %0A', 'Acme: "hi" & ? %0A'],
  ])('escapes %s', (_, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it.each([
    ['ASCII', 'SUMMARY:' + 'a'.repeat(300)],
    ['two-byte letters', 'SUMMARY:' + 'é'.repeat(100)],
    ['Chinese', 'SUMMARY:' + '陈美玲 (阿克米) — 感谢信'.repeat(8)],
    ['emoji (surrogate pairs)', 'SUMMARY:' + '🎉'.repeat(60)],
    ['Arabic', 'SUMMARY:' + 'رسالة شكر إلى شركة أكمي '.repeat(6)],
    ['a mix starting at an odd offset', 'X:' + 'a🎉é陈'.repeat(40)],
  ])('keeps every physical line of %s within 75 octets and unfolds back exactly', (_, line) => {
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const [index, part] of physical.entries()) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // No replacement character: nothing was cut inside a UTF-8 sequence or surrogate pair.
      expect(part.isWellFormed()).toBe(true);
      if (index > 0) expect(part.startsWith(' ')).toBe(true);
    }
    expect(unfoldLines(folded + '\r\n')).toEqual([line]);
  });

  it('fills the first line to exactly 75 octets and continuation lines to 1 space + 74', () => {
    const folded = foldLine('a'.repeat(75 + 74 + 10)).split('\r\n');
    expect(folded.map(octets)).toEqual([75, 75, 11]);
  });

  it('leaves a 75-octet line alone', () => {
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
  });

  it('moves a 4-byte emoji that would straddle the limit to the next line', () => {
    const folded = foldLine('a'.repeat(73) + '🎉b').split('\r\n');
    expect(folded).toEqual(['a'.repeat(73), ' 🎉b']);
  });

  it('keeps a backslash escape on one physical line', () => {
    expect(foldLine('X:' + 'a'.repeat(72) + '\\,b').split('\r\n')).toEqual(['X:' + 'a'.repeat(72), ' \\,b']);
  });
});

describe('unfoldLines', () => {
  it('joins continuations that start with a space or a tab', () => {
    expect(unfoldLines('A:b\r\n c\r\n\td\r\nE:f\r\n')).toEqual(['A:bcd', 'E:f']);
  });
});

describe('joinContentLines', () => {
  it('ends every line, including the last, with CRLF', () => {
    expect(joinContentLines(['BEGIN:VCARD', 'END:VCARD'])).toBe('BEGIN:VCARD\r\nEND:VCARD\r\n');
  });
});

describe('asciiSlug', () => {
  it.each([
    ['Acme', 'acme'],
    ['Acme Pte. Ltd.', 'acme-pte-ltd'],
    ['Société Générale & Co.', 'societe-generale-co'],
    ['  --Weird__Name!!  ', 'weird-name'],
    ['阿克米', ''],
    ['شركة أكمي', ''],
    ['🎉', ''],
    ['Zürich Ｉｎｓｕｒａｎｃｅ', 'zurich-insurance'],
  ])('%j → %j', (input, expected) => {
    expect(asciiSlug(input)).toBe(expected);
  });

  it('cuts long names without leaving a trailing hyphen', () => {
    const slug = asciiSlug('International Business Machines Corporation of America');
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('international-business-machines-corporat');
    expect(asciiSlug('a'.repeat(39) + ' b')).toBe('a'.repeat(39));
  });
});
