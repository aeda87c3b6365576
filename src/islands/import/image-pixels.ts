/**
 * A photo file → its pixels, for the QR decoder. The browser decodes the
 * image (JPEG, PNG, WebP, and HEIC where the system can) into memory on this
 * device; nothing is uploaded, and nothing is kept after the decoder has run.
 */
import type { Pixels } from '../../domain/contacts/decode-qr';

/**
 * The largest photo Nudge opens: 25 MB. A phone's camera writes 2 to 12 MB;
 * a bigger file is not a photo of a card, and decoding it could run a phone
 * out of memory.
 */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;

/** Longest side the decoder is given: plenty for a card's QR code, and quick on a phone. */
const MAX_SIDE = 1600;

/**
 * Why a photo of `size` bytes is not opened, or undefined.
 *
 * @example photoSizeProblem(0) //=> 'This image file is empty (0 bytes). Nothing was changed.'
 */
export function photoSizeProblem(size: number): string | undefined {
  if (size === 0) return 'This image file is empty (0 bytes). Nothing was changed.';
  if (size > MAX_PHOTO_BYTES) {
    return `This image is ${Math.round(size / (1024 * 1024))} MB, more than a phone photo (the limit is 25 MB), so Nudge did not open it. Nothing was changed.`;
  }
  return undefined;
}

/**
 * Decodes `file` and returns its pixels, scaled down so the longer side is
 * at most 1600 px. Throws when the browser cannot decode it.
 */
export async function imagePixels(file: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(file);
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
    const context = canvas.getContext('2d', { willReadFrequently: true }) as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!context) throw new Error('this browser cannot read images');
    context.drawImage(bitmap, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    return { data, width, height };
  } finally {
    bitmap.close();
  }
}
