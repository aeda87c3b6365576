import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: the pure rules under src/domain and src/utils, run in Node.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // A test that runs a tool (seed-overlap, an Astro build of a fixture) takes half a second on an
    // idle machine and several on a busy one; the limit is for a stuck test, never a slow one.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
