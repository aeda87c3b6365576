/**
 * vCard 2.1 (versit, 1996) → the syntax of vCard 3.0, so ical.js can read it.
 * Phones and old address-book exports still write 2.1, and QR generators too.
 *
 * Hand-written because ical.js reads 3.0 and 4.0 only, and no maintained
 * library reads 2.1: what differs is small and fixed. 2.1 writes parameters
 * without names (`TEL;WORK;VOICE:`), may encode a value as quoted-printable
 * (RFC 2045 §6.7) in any charset, with soft line breaks (`=` at a line's end)
 * instead of folding, and does not escape commas or line breaks.
 */

/**
 * Decodes one quoted-printable value: `=XX` is a byte, `=` before a line
 * break joins the lines, and the bytes are read in `charset` (UTF-8 when the
 * charset is unknown).
 *
 * @example decodeQuotedPrintable('J=C3=BCrgen', 'UTF-8') //=> 'Jürgen'
 * @example decodeQuotedPrintable('M=FCller', 'ISO-8859-1') //=> 'Müller'
 */
export function decodeQuotedPrintable(value: string, charset = 'UTF-8'): string {
  const joined = value.replace(/=\r?\n/gu, '');
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === '=' && /^[\da-f]{2}$/iu.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...new TextEncoder().encode(joined[index]));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/**
 * Whether `text` is a vCard 2.1 (its first card's VERSION is 2.1).
 *
 * @example isVCard21('BEGIN:VCARD\r\nVERSION:2.1\r\nEND:VCARD') //=> true
 */
export function isVCard21(text: string): boolean {
  return /^BEGIN:VCARD\r?\n(?:[^\r\n]*\r?\n)*?VERSION:2\.1\s*$/imu.test(text.split(/^END:VCARD/imu)[0] + '\n');
}

/** Properties whose value has parts separated by `;` (kept as they are). */
const STRUCTURED = new Set(['N', 'ADR', 'ORG']);

/**
 * Rewrites a vCard 2.1 as vCard 3.0 text: values decoded and escaped,
 * parameters named, lines unfolded, VERSION:3.0. Properties Nudge does not
 * read (PHOTO, LOGO, SOUND, KEY…) are dropped, which also drops their
 * base64 blocks.
 *
 * @example upgradeVCard21('BEGIN:VCARD\r\nVERSION:2.1\r\nTEL;WORK;VOICE:+65 6123 4567\r\nEND:VCARD\r\n')
 * //=> 'BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=WORK,VOICE:+65 6123 4567\r\nEND:VCARD\r\n'
 */
export function upgradeVCard21(text: string): string {
  const lines: string[] = [];
  for (const line of logicalLines(text)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const [rawName = '', ...rawParameters] = line.slice(0, colon).split(';');
    // A group prefix (`item1.EMAIL`) names the property after its dot.
    const name = rawName.slice(rawName.lastIndexOf('.') + 1).toUpperCase();
    let value = line.slice(colon + 1);
    if (name === 'BEGIN' || name === 'END') {
      lines.push(`${name}:${value.trim().toUpperCase()}`);
      continue;
    }
    if (name === 'VERSION') {
      lines.push('VERSION:3.0');
      continue;
    }
    if (!KEPT.has(name)) continue;
    const types: string[] = [];
    let encoding = '';
    let charset = 'UTF-8';
    for (const parameter of rawParameters) {
      const [key = '', setting] = parameter.split('=') as [string, string | undefined];
      if (setting === undefined) types.push(key.toUpperCase());
      else if (key.toUpperCase() === 'ENCODING') encoding = setting.toUpperCase();
      else if (key.toUpperCase() === 'CHARSET') charset = setting;
      else if (key.toUpperCase() === 'TYPE') types.push(...setting.toUpperCase().split(','));
    }
    if (encoding === 'QUOTED-PRINTABLE') value = decodeQuotedPrintable(value, charset);
    const escaped = escapeValue(value, STRUCTURED.has(name));
    lines.push(`${name}${types.length ? `;TYPE=${types.join(',')}` : ''}:${escaped}`);
  }
  return lines.map((line) => `${line}\r\n`).join('');
}

/** What Nudge reads from a card; the rest is dropped on the way. */
const KEPT = new Set(['FN', 'N', 'TITLE', 'ORG', 'EMAIL', 'TEL', 'ADR', 'URL']);

/**
 * The card's logical lines: a quoted-printable value continues after a line
 * ending in `=`, and any line continues on one that starts with a space or tab.
 */
function logicalLines(text: string): string[] {
  const physical = text.split(/\r?\n/u);
  const lines: string[] = [];
  let current: string | undefined;
  for (const line of physical) {
    if (current !== undefined && /^[ \t]/u.test(line)) {
      current += line.slice(1);
    } else if (current !== undefined && /ENCODING=QUOTED-PRINTABLE/iu.test(current.split(':')[0] ?? '') && current.endsWith('=')) {
      current = `${current}\n${line}`;
    } else {
      if (current !== undefined) lines.push(current);
      current = line;
    }
  }
  if (current !== undefined) lines.push(current);
  return lines.filter((line) => line.trim() !== '');
}

/** Escapes a decoded 2.1 value for 3.0: backslashes, line breaks and commas; `;` too unless it separates parts. */
function escapeValue(value: string, structured: boolean): string {
  const escaped = value.replace(/\\/gu, '\\\\').replace(/\r\n|\r|\n/gu, '\\n').replace(/,/gu, '\\,');
  return structured ? escaped : escaped.replace(/;/gu, '\\;');
}
