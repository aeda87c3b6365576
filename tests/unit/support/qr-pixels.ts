/**
 * QR codes drawn as RGBA pixels, the way a photo reaches the decoder, made
 * with the `qrcode` encoder: one code, several side by side, or none.
 */
import QRCode from 'qrcode';
import type { Pixels } from '~/domain/contacts/decode-qr';

/** Draws `texts` as QR codes in a row, `scale` pixels per module, `gap` pixels apart, on white. */
export function qrPixels(texts: readonly string[], { scale = 4, gap = 40 } = {}): Pixels {
  const codes = texts.map((text) => QRCode.create(text, { errorCorrectionLevel: 'M' }));
  const quiet = 4;
  const sizes = codes.map((code) => (code.modules.size + quiet * 2) * scale);
  const width = Math.max(1, sizes.reduce((sum, size) => sum + size, 0) + gap * Math.max(0, codes.length - 1));
  const height = Math.max(1, ...sizes);
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  let left = 0;
  codes.forEach((code, index) => {
    const count = code.modules.size;
    for (let row = 0; row < count; row += 1) {
      for (let column = 0; column < count; column += 1) {
        if (!code.modules.get(row, column)) continue;
        for (let dy = 0; dy < scale; dy += 1) {
          for (let dx = 0; dx < scale; dx += 1) {
            const offset = (((row + quiet) * scale + dy) * width + left + (column + quiet) * scale + dx) * 4;
            data.fill(0, offset, offset + 3);
          }
        }
      }
    }
    left += sizes[index]! + gap;
  });
  return { data, width, height };
}

/** A picture with no code in it: a grey gradient with a few dark bars, like a card's text. */
export function noCodePixels(width = 320, height = 200): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const bar = y % 40 < 8 && x > 20 && x < 260;
      data.fill(bar ? 30 : 200 + Math.round((x / width) * 50), offset, offset + 3);
      data[offset + 3] = 255;
    }
  }
  return { data, width, height };
}
