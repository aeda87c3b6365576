import { describe, expect, it } from 'vitest';
import { decodeQuotedPrintable, isVCard21, upgradeVCard21 } from '~/domain/contacts/vcard-21';

describe('decodeQuotedPrintable', () => {
  it.each([
    ['UTF-8 bytes', 'J=C3=BCrgen', 'UTF-8', 'Jürgen'],
    ['Latin-1 bytes', 'Gr=FCn', 'ISO-8859-1', 'Grün'],
    ['a soft line break', 'Friedrich=\r\nstra=C3=9Fe', 'UTF-8', 'Friedrichstraße'],
    ['an encoded line break', 'a=0D=0Ab', 'UTF-8', 'a\r\nb'],
    ['an unknown charset, read as UTF-8', 'J=C3=BCrgen', 'x-nonsense', 'Jürgen'],
    ['a stray = kept as written', 'a=zz', 'UTF-8', 'a=zz'],
  ])('decodes %s', (_case, value, charset, text) => {
    expect(decodeQuotedPrintable(value, charset)).toBe(text);
  });
});

describe('isVCard21', () => {
  it.each([
    ['BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nEND:VCARD\r\n', true],
    ['BEGIN:VCARD\r\nFN:A\r\nVERSION:2.1\r\nEND:VCARD\r\n', true],
    ['BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n', false],
    ['BEGIN:VCARD\r\nVERSION:4.0\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nEND:VCARD\r\n', false],
  ])('%j is 2.1: %s', (text, expected) => {
    expect(isVCard21(text)).toBe(expected);
  });
});

describe('upgradeVCard21', () => {
  it('names bare parameters, decodes and escapes values, and drops what Nudge does not read', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'TEL;WORK;VOICE:+65 6123 4567',
      'TITLE:Head of Sales, Asia',
      'ADR;WORK;ENCODING=QUOTED-PRINTABLE:;;1 Raffles Place=0D=0A=',
      '#20-01;Singapore;;048616;',
      'PHOTO;ENCODING=BASE64;TYPE=JPEG:',
      ' /9j/4AAQSkZJRgABAQAAAQABAAD',
      '',
      'END:VCARD',
      '',
    ].join('\r\n');
    expect(upgradeVCard21(text)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'TEL;TYPE=WORK,VOICE:+65 6123 4567',
        'TITLE:Head of Sales\\, Asia',
        'ADR;TYPE=WORK:;;1 Raffles Place\\n#20-01;Singapore;;048616;',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});
