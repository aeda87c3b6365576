import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import holidayData from '../src/integrations/holiday-data.ts';
import zoneTable from '../src/integrations/zone-table.ts';

// Unit tests: the pure rules under src/domain and src/utils, run in Node.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // The same per-country holiday modules and zone table the site builds (load-holidays.ts and zone-table.ts import them).
  plugins: [holidayData(), zoneTable()],
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
