/**
 * What each file reader of the planner costs, fetched only when a file is given: the
 * invitation reader (ical.js and the Windows zone table), the contact card reader (the
 * vCard code; ical.js comes with the invitation reader, or with it when used first) and
 * the QR photo reader (jsQR). Measured on /planner/ with an interview open, giving one
 * file of each kind in turn and weighing the script files each one fetched, gzipped.
 */
import { readFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import { readerLibraries, recordResponses, trackNetwork } from '../e2e/support/page-weight.ts';

const fixtures = new URL('../fixtures/', import.meta.url);
const fixture = async (path, mimeType) => ({ name: path.split('/').pop(), mimeType, buffer: await readFile(new URL(path, fixtures)) });

/**
 * Gives `/planner/` an invitation, a contact card and a QR photo, in turn, and returns what
 * each fetched: `{ name, files, gzip, libraries }` in that order.
 *
 * @example await measureReaders(browser, origin) //=> [{ name: 'Invitation (.ics)', files: ['/_astro/read-invitation.….js', …], gzip: 48210, libraries: ['ical.js', 'windows-iana'] }, …]
 */
export async function measureReaders(browser, origin) {
  const context = await browser.newContext({ baseURL: origin });
  try {
    const page = await context.newPage();
    await page.goto('/planner/');
    await page.getByRole('button', { name: 'Add interview' }).first().click();
    await page.getByLabel('Contact card (.vcf)').waitFor();
    const network = trackNetwork(page);
    await network.quiet();
    const steps = [
      {
        name: 'Invitation (.ics)',
        give: async () => {
          await page.getByLabel('Interview invitation (.ics)').setInputFiles(await fixture('invitations/teams-outlook.ics', 'text/calendar'));
          await page.getByRole('button', { name: 'Fill in the interview' }).waitFor();
        },
      },
      {
        name: 'Contact card (.vcf)',
        give: async () => {
          await page.getByLabel('Contact card (.vcf)').setInputFiles(await fixture('cards/vcard-30.vcf', 'text/vcard'));
          await page.getByText(/^Filled from the card/).waitFor();
        },
      },
      {
        name: 'QR photo',
        give: async () => {
          const buffer = await QRCode.toBuffer('MECARD:N:Tan,Jane;TEL:+6561234567;;', { type: 'png', scale: 6 });
          await page.getByLabel("Photo of their card's QR code").setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer });
          await page.getByText(/^Filled from the QR code/).waitFor();
        },
      },
    ];
    const results = [];
    for (const step of steps) {
      const recording = recordResponses(page);
      await step.give();
      await network.quiet();
      const scripts = (await recording.settled()).filter((item) => item.type === 'script');
      recording.stop();
      results.push({
        name: step.name,
        files: scripts.map((item) => new URL(item.url).pathname),
        gzip: scripts.reduce((sum, item) => sum + item.gzip, 0),
        libraries: Object.keys(readerLibraries(scripts)),
      });
    }
    return results;
  } finally {
    await context.close();
  }
}
