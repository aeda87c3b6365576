// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';

// `SITE` and `BASE` let one build serve from any host or sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  integrations: [mdx(), solid()],
  build: {
    // Small pages: inline the stylesheet so a guide page arrives in one round trip.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
});
