/**
 * The first checks on a calendar or contact file a person chooses (.ics,
 * .vcf): its size, before a byte is read, then its bytes as text. Shared by
 * the invitation and card readers, which work on text.
 */

/**
 * The largest .ics or .vcf file Nudge reads: 1 MB. An invitation or a card is
 * a few kilobytes (a card with a photo, some tens); anything near this is not
 * one, and reading it could freeze a phone.
 */
export const MAX_TEXT_FILE_BYTES = 1024 * 1024;

/**
 * Why a file of `size` bytes is not read as `what`, or undefined when its size is fine.
 * Pass `File.size`: the browser knows it without reading the file.
 *
 * @example textFileSizeProblem(0, 'an invitation') //=> 'This file is empty (0 bytes): there is no invitation in it.'
 * @example textFileSizeProblem(2048, 'a contact card') //=> undefined
 */
export function textFileSizeProblem(size: number, what: 'an invitation' | 'a contact card'): string | undefined {
  const noun = what.replace(/^an? /, '');
  if (!Number.isFinite(size) || size < 0) return 'Nudge cannot tell how big this file is, so it did not read it.';
  if (size === 0) return `This file is empty (0 bytes): there is no ${noun} in it.`;
  if (size > MAX_TEXT_FILE_BYTES) {
    const megabytes = Math.round((size / (1024 * 1024)) * 10) / 10;
    return `This file is ${megabytes} MB, far bigger than ${what} (the limit is 1 MB), so Nudge did not read it.`;
  }
  return undefined;
}

/**
 * The text of a calendar or contact file from its bytes. UTF-8 is the rule
 * (RFC 5545 §3.1.4, RFC 6350 §3.1), but older Outlook exports are UTF-16 with
 * a byte-order mark, and old vCards are Windows-1252: a BOM is followed, and
 * bytes that are not UTF-8 are read as Windows-1252, so "Müller" survives.
 *
 * @example textFromBytes(new TextEncoder().encode('BEGIN:VCARD')) //=> 'BEGIN:VCARD'
 * @example textFromBytes(new Uint8Array([0x4d, 0xfc, 0x6c])) //=> 'Mül'
 */
export function textFromBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // The decoder drops a UTF-8 byte-order mark itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
