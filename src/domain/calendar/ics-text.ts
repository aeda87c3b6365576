/**
 * Text helpers shared by the calendar (.ics, RFC 5545) and contact card
 * (.vcf, vCard 3.0 / RFC 2425-2426) builders: cleaning user text, escaping
 * TEXT values, folding and unfolding content lines, and ASCII file names.
 * Both formats use the same line rules, so one implementation serves both.
 */

/** The line break both formats require. RFC 5545 §3.1, RFC 2425 §5.8.1. */
export const CRLF = '\r\n';

/** Longest physical line, in octets, not counting the CRLF. RFC 5545 §3.1. */
const MAX_LINE_OCTETS = 75;

/**
 * Cleans user text before it is escaped: CRLF and lone CR become LF (so one
 * rule escapes every line break), other control characters are dropped
 * (TEXT allows none but HTAB, RFC 5545 §3.3.11) and lone surrogates become
 * U+FFFD (they have no UTF-8 form).
 *
 * @param text - anything a person typed
 * @returns the same text with only LF line breaks and no control characters
 * @example normalizeText('a\r\nb\rc\u0007') //=> 'a\nb\nc'
 */
export function normalizeText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks.
 * Normalises the text first, so no raw CR or LF can reach the output.
 * RFC 5545 §3.3.11; vCard 3.0 uses the same rules (RFC 2426 §4).
 *
 * @param text - a raw value
 * @returns the value as it may appear after the colon of a content line
 * @example escapeText('Tan, Jane; Acme\\Asia\nSingapore') //=> 'Tan\\, Jane\\; Acme\\\\Asia\\nSingapore'
 */
export function escapeText(text: string): string {
  return normalizeText(text)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** UTF-8 length of one code point (a lone surrogate is written as U+FFFD, 3 octets). */
function utf8Octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one logical content line so that no physical line exceeds 75 octets
 * of UTF-8; each continuation starts with one space, which counts toward its
 * 75. Breaks fall between code points, never inside a UTF-8 sequence or a
 * surrogate pair, nor inside a backslash escape. RFC 5545 §3.1 (and
 * RFC 2425 §5.8.1 for vCard).
 *
 * @param line - one unfolded line, without its CRLF
 * @returns the folded line, parts joined by CRLF + space, no trailing CRLF
 * @example foldLine('SUMMARY:' + 'a'.repeat(70)) //=> 'SUMMARY:' + 'a'.repeat(67) + '\r\n aaa'
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // One token per code point, but an escape pair such as `\,` stays whole:
  // legal to split (RFC 5545 §3.1), yet kinder to readers that unescape per physical line.
  for (const [token] of line.matchAll(/\\?[\s\S]/gu)) {
    let size = 0;
    for (const char of token) size += utf8Octets(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += token;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

/**
 * Splits content text into logical lines, joining folded continuations (a
 * CRLF followed by a space or a tab). RFC 5545 §3.1.
 *
 * @param text - .ics or .vcf text with CRLF line breaks
 * @returns the logical lines, without empty trailing lines
 * @example unfoldLines('SUMMARY:ab\r\n c\r\nEND:VEVENT\r\n') //=> ['SUMMARY:abc', 'END:VEVENT']
 */
export function unfoldLines(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF)
    .filter((line) => line !== '');
}

/**
 * Folds logical lines and joins them into a file body: CRLF after every
 * line, including the last.
 *
 * @param lines - logical content lines
 * @returns the text of the file
 * @example joinContentLines(['BEGIN:VCARD', 'END:VCARD']) //=> 'BEGIN:VCARD\r\nEND:VCARD\r\n'
 */
export function joinContentLines(lines: readonly string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

/**
 * A lowercase ASCII slug for file names: accents removed, anything else
 * outside a-z and 0-9 becomes a hyphen, at most `maxLength` characters.
 * Text in other scripts gives `''`, so callers pick a fallback.
 *
 * @param text - a company or person name
 * @param maxLength - longest slug to return (default 40)
 * @returns the slug, possibly empty
 * @example asciiSlug('Société Générale & Co.') //=> 'societe-generale-co'
 */
export function asciiSlug(text: string, maxLength = 40): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}
