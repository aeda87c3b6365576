import { expect } from 'vitest';

/**
 * The raw-text rules shared by .ics (RFC 5545 §3.1) and .vcf (RFC 6350 §3.2)
 * files, which lenient parsers do not check: CRLF after every line and nowhere
 * else, and no line longer than 75 octets of UTF-8, never split inside a character.
 */
export function expectFoldedContentLines(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(line.isWellFormed()).toBe(true);
  }
}
