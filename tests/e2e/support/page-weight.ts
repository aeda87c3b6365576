/**
 * What a page costs over the wire: every response a Playwright page receives,
 * measured as gzip would send it, split into HTML, CSS and JavaScript.
 *
 * Shared by the byte budgets (tests/e2e/budgets.spec.ts) and the benchmark
 * (tests/bench/bench.mjs, which imports this file through Node's type stripping,
 * so it holds nothing but erasable TypeScript and imports with no path aliases).
 *
 * Sizes are zlib's default gzip level (6), what most static hosts send. Inline
 * `<script>` and `<style>` contents are gzipped on their own to say how much of the
 * document each is; they travel inside the document, so they are part of `html` too.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** One response the page received. */
export interface Loaded {
  url: string;
  /** Playwright's resource type: 'document', 'script', 'stylesheet', 'fetch'… */
  type: string;
  body: Buffer;
  gzip: number;
}

/** A page's weight in gzipped bytes. */
export interface Weight {
  /** The HTML document as sent, inline styles and scripts included. */
  html: number;
  /** Inline `<style>` contents plus stylesheet files. */
  css: number;
  /** Inline `<script>` contents plus script files. */
  js: number;
  /** Inline `<script>` contents alone. */
  inlineJs: number;
  /** The document plus stylesheet files: what must arrive before the first paint. */
  htmlAndCss: number;
  /** Script files loaded, by URL path. */
  scriptFiles: string[];
  requests: number;
}

/** Gzipped size of `text`, in bytes. @example gzipSize('') //=> 20 */
export function gzipSize(text: string | Buffer): number {
  return gzipSync(text).length;
}

/** The contents of every inline `<script>` (one without `src`) and `<style>` in `html`. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , code]) => code);
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, css]) => css);
  return { scripts, styles };
}

/**
 * Starts recording `page`'s responses. Call `settled()` once the page is quiet
 * (say after `networkidle`) to get every response so far with its body read,
 * and `stop()` before recording another visit on the same page.
 */
export function recordResponses(page: Page): { settled: () => Promise<Loaded[]>; stop: () => void } {
  const pending: Promise<Loaded>[] = [];
  const read = async (response: Response): Promise<Loaded> => {
    // Redirects have no body to weigh, but they are still requests.
    const body = await response.body().catch(() => Buffer.alloc(0));
    return { url: response.url(), type: response.request().resourceType(), body, gzip: body.length ? gzipSize(body) : 0 };
  };
  const listener = (response: Response) => pending.push(read(response));
  page.on('response', listener);
  return { settled: () => Promise.all(pending), stop: () => page.off('response', listener) };
}

/** Adds up `loaded` (the responses of one page visit, its document first). */
export function weigh(loaded: readonly Loaded[]): Weight {
  const documents = loaded.filter((item) => item.type === 'document');
  const scripts = loaded.filter((item) => item.type === 'script');
  const stylesheets = loaded.filter((item) => item.type === 'stylesheet');
  const inline = documents.map((item) => inlineCode(item.body.toString('utf8')));
  const sum = (items: readonly Loaded[]) => items.reduce((total, item) => total + item.gzip, 0);
  const joined = (parts: string[]) => (parts.join('').trim() ? gzipSize(parts.join('\n')) : 0);
  const inlineJs = joined(inline.flatMap((code) => code.scripts));
  return {
    html: sum(documents),
    css: joined(inline.flatMap((code) => code.styles)) + sum(stylesheets),
    js: inlineJs + sum(scripts),
    inlineJs,
    htmlAndCss: sum(documents) + sum(stylesheets),
    scriptFiles: scripts.map((item) => new URL(item.url).pathname),
    requests: loaded.length,
  };
}

/**
 * How long after loading a planner page its store looks at storage again, for writes that land
 * late (`LATE_WRITE_CHECKS_MS` in src/islands/store.ts: 0.5, 1.5 and 4 s), with a margin.
 */
export const LATE_RE_READS_MS = 5_000;

/** By when, on the page's clock, a page has registered its service worker: 3 s after `load`, then idle. */
const WORKER_REGISTERED_BY_MS = 15_000;

/**
 * Everything a first visit to `path` loads, counted the same way by the budgets test and
 * `npm run bench`: the page with empty storage, its service worker allowed to register and
 * take over, and the page's clock run on past its late re-reads of storage, so code those
 * would fetch is counted too. The worker's own precaching is not the page's and is not counted.
 *
 * The clock is Playwright's: it fires the page's timers at once, so nothing here waits on the
 * machine's speed. Call it on a fresh page whose clock has not been set.
 */
export async function firstVisit(page: Page, path: string, ready?: (page: Page) => Promise<void>): Promise<Loaded[]> {
  await page.clock.install();
  const recording = recordResponses(page);
  const network = trackNetwork(page);
  await page.goto(path, { waitUntil: 'load' });
  // Past the late re-reads and the moment the page registers its worker (REGISTER_AFTER_MS in
  // src/components/ServiceWorkerRegistration.astro), then until the worker is ready.
  await page.clock.runFor(Math.max(LATE_RE_READS_MS, WORKER_REGISTERED_BY_MS));
  // What the page loads once it has done something (read stored records, say) is only asked for then,
  // which on a busy machine can be after the network has gone quiet once: wait for that state first.
  await ready?.(page);
  await page.evaluate(async () => {
    if ('serviceWorker' in navigator) await navigator.serviceWorker.ready;
  });
  await network.quiet();
  const loaded = await recording.settled();
  recording.stop();
  return loaded;
}

/** Whether `loaded` holds the `ics` calendar library: only it writes a PRODID line. */
export function holdsCalendarLibrary(loaded: Loaded): boolean {
  return loaded.type === 'script' && loaded.body.includes('PRODID');
}

/**
 * Counts `page`'s requests in flight from now on. `quiet()` resolves once none has been
 * in flight for `quietMs`: `networkidle` for after a click (Playwright's `networkidle`
 * load state is reached only once per navigation).
 */
export function trackNetwork(page: Page): { quiet: (quietMs?: number) => Promise<void> } {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight += 1;
    lastChange = Date.now();
  });
  const ended = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    quiet: async (quietMs = 500) => {
      while (inFlight > 0 || Date.now() - lastChange < quietMs) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

/**
 * The libraries behind the invitation and card readers, each known by a string only its code
 * holds: loaded by dynamic `import()` when a file is given, never before.
 */
export const READER_LIBRARIES = {
  'ical.js': 'invalid line (no token',
  'windows-iana': 'Singapore Standard Time',
  jsQR: 'attemptBoth',
} as const;

/** Which reader libraries the script files in `loaded` hold, each with the file that holds it. */
export function readerLibraries(loaded: readonly Loaded[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, marker] of Object.entries(READER_LIBRARIES)) {
    const file = loaded.find((item) => item.type === 'script' && item.body.includes(marker));
    if (file) found[name] = new URL(file.url).pathname;
  }
  return found;
}
