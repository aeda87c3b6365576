// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import solid from '@astrojs/solid-js';
import { createHash } from 'node:crypto';
import { generateHydrationScript } from 'solid-js/web';
import serviceWorker from './src/integrations/service-worker.ts';
import holidayData from './src/integrations/holiday-data.ts';
import zoneTable from './src/integrations/zone-table.ts';

// Solid's renderer writes an inline hydration script that Astro's CSP does not
// hash by itself; hash it here so the policy can stay free of 'unsafe-inline'.
const solidHydrationScript = /<script[^>]*>([\s\S]*?)<\/script>/.exec(generateHydrationScript())?.[1] ?? '';
/** @type {`sha256-${string}`} */
const solidHydrationHash = `sha256-${createHash('sha256').update(solidHydrationScript).digest('base64')}`;

// `SITE` and `BASE` let one build serve from any host or sub-path (see README, "Deploy").
export default defineConfig({
  site: process.env.SITE ?? 'http://localhost:4321',
  base: process.env.BASE ?? '/',
  trailingSlash: 'always',
  // NUDGE_OUT_DIR lets two builds (say, two engineers' test runs) live side by side.
  outDir: process.env.NUDGE_OUT_DIR ?? './dist',
  integrations: [mdx(), solid(), serviceWorker()],
  security: {
    // "Your data never leaves this device": pages may load and connect to this site only.
    // Astro adds script-src and style-src with the hashes of every inline script and style it renders.
    // frame-ancestors is left out: browsers ignore it in a <meta> policy.
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [solidHydrationHash] },
    },
  },
  build: {
    // Small pages: inline the stylesheet so a guide page arrives in one round trip.
    inlineStylesheets: 'always',
  },
  // The guide has no code blocks, and Shiki's inline styles would need 'unsafe-inline' in the
  // Content-Security-Policy (Astro warns about exactly that at every build): no highlighter.
  markdown: { syntaxHighlight: false },
  vite: {
    // One small module per country's public holidays, fetched when a schedule needs it, and the
    // zone field's table of zones, countries and cities, fetched when a zone field is used.
    plugins: [holidayData(), zoneTable()],
    build: {
      // One chunk is over Vite's 500 kB: the date-holidays parser (`holidays-from-data`, 1.0 MB
      // minified, 141 KB gzipped, nearly all of it moment-timezone's zone data). It is fetched only
      // when a schedule first needs a country's holidays, never on a first visit, and the byte budgets
      // in tests/e2e/budgets.spec.ts hold what each page loads. The limit sits just above it, so any
      // other chunk that grows this large still warns.
      chunkSizeWarningLimit: 1100,
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro marks each MDX page's propagated-assets module with a "use astro:head-inject"
          // directive, and Rolldown warns that bundling may not keep it, once per page. The
          // directive only steers Astro's own head injection, which works; the warning is Astro's
          // to remove: https://github.com/withastro/astro/issues/18087. Only that message is dropped.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
});
