/**
 * A photo's pixels → the text of the one QR code in it, with jsQR. This
 * module pulls jsQR in: import it at run time (`import()`), only when someone
 * gives Nudge a photo. Turning an image file into pixels is the browser's
 * job (`src/islands/import/image-pixels.ts`); nothing here sees a file.
 */
import jsQR from 'jsqr';

/** An image as RGBA bytes, four per pixel, row by row (what `ImageData` holds). */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The text of the code found, or why there is none to use. */
export type QrDecoding = { ok: true; text: string } | { ok: false; reason: string };

const NONE =
  'Nudge found no QR code in this photo. Take it again with the code flat, in good light, filling about a third of the picture (if there are several codes, only the one you want).';
const SEVERAL =
  'This photo shows more than one QR code, so Nudge cannot tell which one is theirs. Take it again with only their code in the picture (cover the others with a finger).';

/**
 * Finds and reads the QR code in `pixels`. With two codes in one picture jsQR
 * reads one of them, or neither when they are close together. So once it
 * reads one, that code is painted over and the picture searched again; and
 * when it reads none, each half of the picture is searched on its own. A
 * second code means the photo is refused rather than guessed at.
 *
 * @param pixels - not modified
 * @example decodeQr({ data, width: 400, height: 400 }) //=> { ok: true, text: 'MECARD:N:Tan,Jane;;' }
 */
export function decodeQr(pixels: Pixels): QrDecoding {
  const { width, height } = pixels;
  if (width < 21 || height < 21 || pixels.data.length < width * height * 4) return { ok: false, reason: NONE };
  const first = read(pixels);
  let texts: string[];
  if (first) {
    texts = [first.data];
    if (read({ ...pixels, data: paintOver(pixels, first.location) })) return { ok: false, reason: SEVERAL };
  } else {
    const halves = [
      crop(pixels, 0, 0, Math.ceil(width / 2), height),
      crop(pixels, Math.floor(width / 2), 0, width, height),
      crop(pixels, 0, 0, width, Math.ceil(height / 2)),
      crop(pixels, 0, Math.floor(height / 2), width, height),
    ];
    texts = [...new Set(halves.flatMap((half) => read(half)?.data ?? []))];
  }
  if (texts.length > 1) return { ok: false, reason: SEVERAL };
  const [text] = texts;
  if (text === undefined) return { ok: false, reason: NONE };
  if (text.trim() === '') return { ok: false, reason: 'The QR code in this photo is empty: it holds no text.' };
  return { ok: true, text };
}

function read(pixels: Pixels) {
  return jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: 'attemptBoth' });
}

/** The pixels from column `left` to `right` and row `top` to `bottom` (not included), as a new picture. */
function crop(pixels: Pixels, left: number, top: number, right: number, bottom: number): Pixels {
  const width = right - left;
  const data = new Uint8ClampedArray(width * (bottom - top) * 4);
  for (let y = top; y < bottom; y += 1) {
    data.set(pixels.data.subarray((y * pixels.width + left) * 4, (y * pixels.width + right) * 4), (y - top) * width * 4);
  }
  return { data, width, height: bottom - top };
}

type Corners = { topLeftCorner: Point; topRightCorner: Point; bottomLeftCorner: Point; bottomRightCorner: Point };
type Point = { x: number; y: number };

/** A copy of the pixels with the code's box (and a margin of one sixth of it) painted white. */
function paintOver(pixels: Pixels, corners: Corners): Uint8ClampedArray {
  const points = [corners.topLeftCorner, corners.topRightCorner, corners.bottomLeftCorner, corners.bottomRightCorner];
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const margin = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) / 6;
  const left = Math.max(0, Math.floor(Math.min(...xs) - margin));
  const right = Math.min(pixels.width, Math.ceil(Math.max(...xs) + margin));
  const top = Math.max(0, Math.floor(Math.min(...ys) - margin));
  const bottom = Math.min(pixels.height, Math.ceil(Math.max(...ys) + margin));
  const copy = new Uint8ClampedArray(pixels.data);
  for (let y = top; y < bottom; y += 1) copy.fill(255, (y * pixels.width + left) * 4, (y * pixels.width + right) * 4);
  return copy;
}
