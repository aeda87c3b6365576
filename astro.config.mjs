// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';

// `SITE` and `BASE` let one build serve from any host or sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // NUDGE_OUT_DIR lets two builds (say, two engineers' test runs) live side by side.
  outDir: process.env.NUDGE_OUT_DIR ?? './dist',
  integrations: [mdx(), solid()],
  build: {
    // Small pages: inline the stylesheet so a guide page arrives in one round trip.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
