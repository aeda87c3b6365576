/**
 * The Chromium every browser test and the benchmark use: Debian's at
 * /usr/bin/chromium when it is installed (Playwright cannot download browsers
 * on our build machines), otherwise whichever the tool brings.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** The browser's path, or undefined to let Playwright or Lighthouse use their own. */
export const chromiumPath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

/** Headless and quiet: no sandbox (CI runs as root), and no calls home on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
