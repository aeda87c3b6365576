/**
 * An Astro integration that writes `sw.js` into the build output once every page is built:
 * a Workbox service worker that precaches the whole site (HTML, JS, CSS, icons, manifest),
 * so after one visit every page opens with the network off.
 *
 * - Pages are served from the precache first; `/guide/x/` finds `/guide/x/index.html`.
 * - Each country's public holidays (`_astro/holidays-XX.*.js`, about 200 small files) are
 *   not precached: a schedule needs only its interviewer's country, so each is cached the first
 *   time it is fetched and served from that cache after. The parser they share is precached.
 * - A new deploy changes the precache revisions, so `sw.js` changes and the browser installs it.
 *   The new worker then WAITS: it takes over only when the page posts `{ type: 'SKIP_WAITING' }`,
 *   which ServiceWorkerRegistration.astro does when the person presses "Reload". Nothing reloads
 *   by itself, so typing in the planner is never lost.
 * - `astro dev` has no `sw.js`; it gets one that unregisters itself, so a worker left over from
 *   `astro preview` on the same port cannot serve stale pages to the dev server.
 *
 * @example
 * // astro.config.mjs
 * integrations: [mdx(), solid(), serviceWorker()]
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** The worker's file name, at the root of the output dir (its scope is the site's `base`). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** One country's holiday data, named by src/integrations/holiday-data.ts: cached on first use, not precached. */
const HOLIDAY_CHUNKS_GLOB = '_astro/holidays-[A-Z][A-Z].*.js';
const HOLIDAY_CHUNKS = /\/_astro\/holidays-[A-Z]{2}\.[\w-]+\.js$/;

const SELF_UNREGISTERING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', () => self.registration.unregister());`;

/** Builds `sw.js` after `astro build`; see the file comment for what it does. */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'nudge:service-worker',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (!request.url?.endsWith(`/${SERVICE_WORKER_FILE}`)) return next();
          response.setHeader('content-type', 'text/javascript');
          response.end(SELF_UNREGISTERING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW({
          globDirectory: fileURLToPath(dir),
          globPatterns: ['**/*'],
          // `_headers` and `_redirects` are read by the host (Netlify, Cloudflare Pages) and never served:
          // precaching one would fail the worker's install. Holiday data is cached on first use instead.
          globIgnores: [SERVICE_WORKER_FILE, '**/*.map', '_headers', '_redirects', HOLIDAY_CHUNKS_GLOB],
          runtimeCaching: [{ urlPattern: HOLIDAY_CHUNKS, handler: 'CacheFirst', options: { cacheName: 'nudge-holidays' } }],
          swDest: fileURLToPath(new URL(SERVICE_WORKER_FILE, dir)),
          // One file, no separate workbox-*.js runtime to keep in step.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          // Astro names bundled files by their content hash, so their URL is their revision.
          dontCacheBustURLsMatching: /^_astro\//,
          directoryIndex: 'index.html',
          // Every page is static: a query string never changes the HTML, so `/planner/?x` works offline too.
          ignoreURLParametersMatching: [/./],
          cacheId: 'nudge',
          cleanupOutdatedCaches: true,
          // Control the first page at once, so it works offline without a second visit...
          clientsClaim: true,
          // ...but let a NEW worker wait until the person chooses to reload.
          skipWaiting: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`${SERVICE_WORKER_FILE}: ${count} files precached, ${(size / 1024).toFixed(0)} KiB`);
      },
    },
  };
}
