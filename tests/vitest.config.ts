import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: the pure rules under src/domain and src/utils, run in Node.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
