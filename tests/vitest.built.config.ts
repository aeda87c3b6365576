import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Checks of the built site that need no browser (links, anchors, HTML validity): they read the
// files `astro build` wrote in dist/ (or NUDGE_OUT_DIR), so they finish in seconds on any machine.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/built/**/*.test.ts'],
    environment: 'node',
    // A test that runs a tool (seed-overlap, an Astro build of a fixture) takes half a second on an
    // idle machine and several on a busy one; the limit is for a stuck test, never a slow one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
