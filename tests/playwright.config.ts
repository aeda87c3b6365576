import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serverLog } from './e2e/support/failure-report';

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
  // The failure report names each failing test with its kept trace and prints the server log's
  // tail, so one CI run (whose log is all that is left of it) is enough to diagnose a failure.
  reporter: [['list'], ['./e2e/support/reliability-reporter.ts'], ['./e2e/support/failure-report.ts']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    // Kept only for a test that failed: on a green run nothing is written.
    trace: 'retain-on-failure',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
  },
  webServer: {
    // The server's output goes to a file (the shell truncates it when the server starts), which the
    // failure report prints the end of; test-results/ is made by the time the server starts.
    command: `mkdir -p test-results && npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock > "${serverLog}" 2>&1`,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
