import { describe, expect, it } from 'vitest';
import { MAX_TEXT_FILE_BYTES, textFileSizeProblem, textFromBytes } from '~/domain/calendar/file-text';

describe('textFileSizeProblem', () => {
  it.each([
    [0, 'an invitation', 'This file is empty (0 bytes): there is no invitation in it.'],
    [10 * 1024 * 1024, 'an invitation', 'This file is 10 MB, far bigger than an invitation (the limit is 1 MB), so Nudge did not read it.'],
    [MAX_TEXT_FILE_BYTES + 1, 'a contact card', 'This file is 1 MB, far bigger than a contact card (the limit is 1 MB), so Nudge did not read it.'],
    [Number.NaN, 'a contact card', 'Nudge cannot tell how big this file is, so it did not read it.'],
    [2048, 'a contact card', undefined],
    [MAX_TEXT_FILE_BYTES, 'an invitation', undefined],
  ] as const)('%s bytes as %s', (size, what, problem) => {
    expect(textFileSizeProblem(size, what)).toBe(problem);
  });
});

describe('textFromBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['UTF-8', utf8('FN:Jürgen 陈'), 'FN:Jürgen 陈'],
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('BEGIN')]), 'BEGIN'],
    ['UTF-16LE with a byte-order mark', new Uint8Array([0xff, 0xfe, 0x42, 0x00, 0xfc, 0x00]), 'Bü'],
    ['UTF-16BE with a byte-order mark', new Uint8Array([0xfe, 0xff, 0x00, 0x42, 0x00, 0xfc]), 'Bü'],
    ['Windows-1252 (not UTF-8)', new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x80]), 'Müller€'],
  ])('reads %s', (_case, bytes, text) => {
    expect(textFromBytes(bytes)).toBe(text);
  });
});
