import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

// End-to-end tests run against the built site (`astro build`, then `astro preview`),
// in the Chromium that tests/chromium.mjs picks.
const port = Number(process.env.E2E_PORT ?? 4322);

// Playwright starts its workers and the preview server with FORCE_COLOR=1; with NO_COLOR also set
// (.ci/run sets it for plain-text logs) Node prints a warning in each of them. The reporter has
// already read NO_COLOR by the time this file loads, so the log stays plain without it.
delete process.env.NO_COLOR;

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // A test that fails once is a bug to fix, not to retry.
  retries: 0,
  // Tests wait for states (a label, a value, a download), never for a time, so these limits only
  // say how long a wait may last before a test is called stuck. They are set for a busy 2-core
  // machine, where a page can take seconds to load: no test should ever come near them.
  timeout: 240_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['./e2e/support/reliability-reporter.ts']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
