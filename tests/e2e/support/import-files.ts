/**
 * Files a person gives the planner, made the way the tests need them: fixtures read
 * from tests/fixtures/, QR codes drawn with the `qrcode` encoder into PNG photos
 * (one code, two, or none), and dropping a file on a drop target.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { noCodePixels, qrPixels } from '../../unit/support/qr-pixels';

/** A file as Playwright's `setInputFiles` takes it. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A fixture from tests/fixtures/<folder>/<name>. */
export async function fixtureFile(folder: 'invitations' | 'cards', name: string): Promise<FilePayload> {
  const buffer = await readFile(new URL(`../../fixtures/${folder}/${name}`, import.meta.url));
  return { name, mimeType: folder === 'cards' ? 'text/vcard' : 'text/calendar', buffer };
}

/** A PNG "photo" of QR codes holding `texts` (none: a picture without a code). */
export function qrPhoto(texts: readonly string[], name = 'card.png'): FilePayload {
  const pixels = texts.length > 0 ? qrPixels(texts, { scale: 6 }) : noCodePixels();
  const png = new PNG({ width: pixels.width, height: pixels.height });
  png.data = Buffer.from(pixels.data);
  return { name, mimeType: 'image/png', buffer: PNG.sync.write(png) };
}

/** Drops `file` on `target`, as dragging it from the desktop or a file manager does. */
export async function dropFile(page: Page, target: Locator, file: FilePayload) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return transfer;
    },
    { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] },
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

/**
 * Drops a file of `size` bytes made in the page itself, so a large one is not sent
 * through the test driver (10 MB over its wire can take longer than an action may).
 */
export async function dropLargeFile(target: Locator, name: string, size: number) {
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, size }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(size).fill(65)], name, { type: 'text/calendar' }));
      return transfer;
    },
    { name, size },
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}
