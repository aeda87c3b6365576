/**
 * The size check an import file passes before a single byte of it is read,
 * and the one limit that export and import share. It is kept apart from the
 * import validator so the data page can refuse a huge file without first
 * loading the validator (and valibot).
 */

/**
 * The largest file Nudge reads as an import, and the largest it writes as an
 * export: 40 MB. Five thousand interviews with notes, two interviewers and
 * drafts export to about 15 MB; bigger data is exported as several files,
 * each within this limit (`export-parts.ts`), so every export can be
 * imported. A bigger file is not a Nudge export, and reading it could freeze
 * a phone.
 */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/**
 * A byte count as people read it, in binary units (which is how browsers and
 * file managers on most systems count).
 *
 * @example formatBytes(52_428_800) //=> '50 MB'
 * @example formatBytes(1536) //=> '1.5 KB'
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'] as const;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${units[unit]}`;
}

/**
 * Why a file of `size` bytes cannot be imported, or undefined when its size is fine.
 * Pass `File.size`: the browser knows it without reading the file.
 *
 * @example checkSize(52_428_800) //=> 'This file is 50 MB. A Nudge export is never bigger than 40 MB (larger data is exported as several files), so Nudge did not read it.'
 * @example checkSize(2048) //=> undefined
 */
export function checkSize(size: number): string | undefined {
  if (!Number.isFinite(size) || size < 0) return 'Nudge cannot tell how big this file is, so it did not read it.';
  if (size === 0) return 'This file is empty (0 bytes), so there is nothing in it to import.';
  if (size > MAX_IMPORT_BYTES) {
    return `This file is ${formatBytes(size)}. A Nudge export is never bigger than ${formatBytes(MAX_IMPORT_BYTES)} (larger data is exported as several files), so Nudge did not read it.`;
  }
  return undefined;
}

/**
 * The size in bytes of `text` written as UTF-8, as a file holds it, counted
 * without encoding it (an export can be tens of megabytes). A lone surrogate
 * counts 3 bytes, as the encoder writes U+FFFD for it.
 *
 * @example utf8Length('Café 😀') //=> 10
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}
