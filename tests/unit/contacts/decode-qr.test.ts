import { describe, expect, it } from 'vitest';
import { decodeQr } from '~/domain/contacts/decode-qr';
import { noCodePixels, qrPixels } from '../support/qr-pixels';

const VCARD = 'BEGIN:VCARD\nVERSION:3.0\nN:陈;美玲;;;\nFN:陈美玲\nTEL:+65 6777 1234\nEND:VCARD';
const MECARD = 'MECARD:N:Tan,Jane;TEL:+6561234567;EMAIL:jane.tan@acme.example;;';

describe('decodeQr', () => {
  it.each([
    ['a vCard, in Chinese', VCARD],
    ['a MeCard', MECARD],
    ['a web link', 'https://www.linkedin.com/in/janetan-example'],
  ])('reads the one code in a picture: %s', (_case, text) => {
    expect(decodeQr(qrPixels([text]))).toEqual({ ok: true, text });
  });

  it('reads a code drawn small, two pixels per module', () => {
    expect(decodeQr(qrPixels([MECARD], { scale: 2 }))).toEqual({ ok: true, text: MECARD });
  });

  it('refuses a picture with no code, saying how to take a better one', () => {
    const result = decodeQr(noCodePixels());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^Nudge found no QR code in this photo\. Take it again/);
  });

  it.each([
    ['far apart, small (jsQR reads one of them)', 4, 40],
    ['far apart, large (jsQR reads neither)', 6, 40],
    ['close together (jsQR reads neither)', 4, 4],
  ])('refuses a picture with two codes %s rather than guessing', (_case, scale, gap) => {
    expect(decodeQr(qrPixels([MECARD, 'https://www.linkedin.com/in/janetan-example'], { scale, gap }))).toEqual({
      ok: false,
      reason: expect.stringMatching(/^This photo shows more than one QR code/),
    });
  });

  it('refuses pixels too small to hold a code', () => {
    expect(decodeQr({ data: new Uint8ClampedArray(10 * 10 * 4), width: 10, height: 10 }).ok).toBe(false);
  });

  it('does not change the pixels it is given', () => {
    const pixels = qrPixels([MECARD, 'https://example.com/second']);
    const before = new Uint8ClampedArray(pixels.data);
    // Typed arrays cannot be frozen, so the bytes are compared instead.
    decodeQr(pixels);
    expect(pixels.data).toEqual(before);
  });
});
