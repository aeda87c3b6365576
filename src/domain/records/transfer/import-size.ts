/**
 * The size check an import file passes before a single byte of it is read.
 * It is kept apart from the import validator so the data page can refuse a
 * huge file without first loading the validator (and valibot).
 */

/**
 * The largest file Nudge will read as an import: 5 MB. A year of interviews
 * with long notes and drafts exports to well under 1 MB, so anything bigger is
 * not a Nudge export, and reading it could freeze a phone.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

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
 * @example checkSize(52_428_800) //=> 'This file is 50 MB. A Nudge export is far smaller (the limit is 5 MB), so Nudge did not read it.'
 * @example checkSize(2048) //=> undefined
 */
export function checkSize(size: number): string | undefined {
  if (!Number.isFinite(size) || size < 0) return 'Nudge cannot tell how big this file is, so it did not read it.';
  if (size === 0) return 'This file is empty (0 bytes), so there is nothing in it to import.';
  if (size > MAX_IMPORT_BYTES) {
    return `This file is ${formatBytes(size)}. A Nudge export is far smaller (the limit is ${formatBytes(MAX_IMPORT_BYTES)}), so Nudge did not read it.`;
  }
  return undefined;
}
