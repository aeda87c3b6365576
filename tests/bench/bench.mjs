/**
 * `npm run bench`: builds the site, serves the build on 127.0.0.1, and for every page
 * prints what it weighs (gzipped HTML+CSS and JavaScript, requests) and what Lighthouse
 * scores it (the median of three runs), against the targets of the issue "Quality bar";
 * then what each file reader of the planner fetches when it is used (tests/bench/readers.mjs).
 * Writes test-results/bench/results.json (ignored by git: the README keeps a table of
 * figures from a named commit). Exits 1 when a target is missed.
 *
 *   npm run bench                                  build with astro.config.mjs, then measure
 *   npm run bench -- --skip-build                  measure the existing build
 *   npm run bench -- --config astro.other.mjs      build with another Astro config
 *   npm run bench -- --no-lighthouse               byte counts only (seconds, not minutes)
 *   npm run bench -- --reference DIR               also audit DIR/index.html (say, a built Starlight
 *                                                  page) in the same Chromium and run, before Nudge's pages
 *   npm run bench -- --no-scale                    skip the scale section (tests/bench/scale.mjs)
 *   npm run bench -- --only-scale                  only the scale section
 *   npm run bench -- --scale-sizes 1,1000          the scale section with these numbers of interviews
 *                                                  (default 1,200,1000,5000)
 *
 * The build goes to NUDGE_OUT_DIR (default: dist), like `astro build`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { auditMedian, launchChrome, RUNS } from './lighthouse.mjs';
import { measurePage } from './measure.mjs';
import { measureReaders } from './readers.mjs';
import { serve } from './serve.mjs';
import { evaluate, isGuide } from './targets.mjs';
import { printReaders, printTable } from './table.mjs';
import { measureScale, printScaleTable } from './scale.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const outDir = resolve(root, process.env.NUDGE_OUT_DIR ?? 'dist');
const resultsFile = join(root, 'test-results/bench/results.json');

const { values: options } = parseArgs({
  options: {
    'skip-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    config: { type: 'string' },
    reference: { type: 'string' },
    'no-scale': { type: 'boolean', default: false },
    'only-scale': { type: 'boolean', default: false },
    'scale-sizes': { type: 'string', default: '1,200,1000,5000' },
    'scale-runs': { type: 'string', default: '3' },
  },
});

// Everything started here is stopped here, on success, on error and on Ctrl+C.
const cleanups = [];
async function cleanUp() {
  while (cleanups.length) await cleanups.pop()().catch(() => {});
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    console.error(`\n${signal}: stopping the server and browsers…`);
    await cleanUp();
    process.exit(130);
  });
}

/** Runs `astro build` into `outDir`, quietly unless it fails. */
function build() {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  const args = [astro, 'build', ...(options.config ? ['--config', options.config] : [])];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NUDGE_OUT_DIR: outDir }, stdio: ['ignore', 'pipe', 'pipe'] });
    cleanups.push(async () => child.exitCode === null && child.kill());
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`astro build failed (exit ${code}):\n${log.slice(-4000)}`))));
  });
}

/** The commit measured, with `+changes` when the working tree differs from it: the README names it. */
function commitMeasured() {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? '+changes' : '');
  } catch {
    return 'unknown';
  }
}

/** The built pages' paths: the guide in the order the home page links to it, then the other pages. */
async function pagePaths() {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(dir, entry.name));
      else if (entry.name === 'index.html') files.push(relative(outDir, dir).split('\\').join('/'));
    }
  };
  await walk(outDir);
  const paths = files.map((dir) => (dir ? `/${dir}/` : '/'));
  const home = await readFile(join(outDir, 'index.html'), 'utf8');
  const linked = [...home.matchAll(/href="([^"#?]*)"/g)].map(([, href]) => href);
  const rank = (path) => (path === '/' ? -1 : (isGuide(path) ? 0 : 1000) + (linked.includes(path) ? linked.indexOf(path) : 999));
  return paths.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The planner's first interaction: add an interview and wait for its form. */
async function addInterview(page) {
  await page.getByRole('button', { name: 'Add interview' }).first().click();
  await page.getByLabel('Company', { exact: true }).waitFor();
}

async function main() {
  const started = Date.now();
  if (!options['skip-build']) {
    process.stdout.write(`Building into ${outDir}… `);
    await build();
    console.log('done.');
  }
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`No build in ${outDir}: run without --skip-build.`);

  const server = await serve(outDir);
  cleanups.push(server.close);
  const paths = await pagePaths();
  console.log(`Serving ${outDir} at ${server.origin}: ${paths.length} pages.`);

  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  cleanups.push(() => browser.close());
  const pages = [];
  for (const path of options['only-scale'] ? [] : paths) {
    const weights = await measurePage(browser, server.origin, path, path === '/planner/' ? addInterview : undefined);
    pages.push({ path, guide: isGuide(path), ...weights });
  }
  const readers = await measureReaders(browser, server.origin);
  let scale;
  if (!options['no-scale']) {
    const sizes = options['scale-sizes'].split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0);
    scale = await measureScale({ browser, origin: server.origin, sizes, runs: Number(options['scale-runs']) || 3, log: (text) => process.stdout.write(text) });
  }
  await cleanups.pop()(); // the Playwright browser: Lighthouse gets the cores to itself

  let reference;
  if (!options['no-lighthouse'] && !options['only-scale']) {
    const chrome = await launchChrome();
    cleanups.push(async () => chrome.kill());
    if (options.reference) {
      // Lighthouse's simulated TBT swings with whatever else the machine does: a known page audited
      // in the same run says what "no blocking" looks like today.
      const referenceServer = await serve(resolve(options.reference));
      cleanups.push(referenceServer.close);
      process.stdout.write(`Lighthouse reference ${options.reference} (${RUNS} runs)… `);
      reference = { dir: options.reference, lighthouse: await auditMedian(`${referenceServer.origin}/`, chrome.port) };
      console.log(`${Object.values(reference.lighthouse.scores).join(' / ')}, TBT ${reference.lighthouse.tbtRunsMs.join(', ')} ms`);
    }
    for (const page of pages) {
      process.stdout.write(`Lighthouse ${page.path} (${RUNS} runs)… `);
      page.lighthouse = await auditMedian(server.origin + page.path, chrome.port);
      console.log(`${Object.values(page.lighthouse.scores).join(' / ')}, TBT ${page.lighthouse.tbtRunsMs.join(', ')} ms`);
    }
  }
  for (const page of pages) page.targets = evaluate(page, { lighthouse: !options['no-lighthouse'] && !options['only-scale'] });

  if (pages.length > 0) printTable(pages);
  printReaders(readers);
  // Printed, never failed on: the figures depend on the machine (see scale.mjs).
  if (scale) printScaleTable(scale);
  if (reference) console.log(`\nReference ${reference.dir}: TBT median ${reference.lighthouse.tbtMs} ms (runs ${reference.lighthouse.tbtRunsMs.join(', ')}), performance ${reference.lighthouse.scores.performance}.`);
  const failed = pages.flatMap((page) => page.targets.filter((target) => !target.pass).map((target) => `${page.path}: ${target.name} (${target.actual})`));
  const lighthouseLosses = pages.flatMap((page) => (page.lighthouse?.failing ?? []).map((audit) => `${page.path}: ${audit}`));
  if (lighthouseLosses.length) console.log(`\nLighthouse audits below full marks:\n  ${lighthouseLosses.join('\n  ')}`);
  if (pages.length > 0) console.log(failed.length ? `\n${failed.length} target(s) missed:\n  ${failed.join('\n  ')}` : '\nEvery target met.');

  const results = {
    date: new Date().toISOString(),
    commit: commitMeasured(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    node: process.version,
    chromium: chromiumPath ?? 'Playwright Chromium',
    gzip: 'zlib default level (6)',
    lighthouseRuns: options['no-lighthouse'] || options['only-scale'] ? 0 : RUNS,
    pages: pages.map(({ path, guide, islands, before, after, calendarBefore, calendarAfter, lighthouse, targets }) => ({
      path,
      guide,
      islands,
      beforeInteraction: before,
      afterFirstInteraction: after,
      calendarLibraryLoaded: { beforeInteraction: calendarBefore, afterFirstInteraction: calendarAfter },
      lighthouse,
      targets,
    })),
    readers,
    reference,
    scale,
    missed: failed,
  };
  await mkdir(dirname(resultsFile), { recursive: true });
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${relative(root, resultsFile)} in ${results.durationSeconds} s (commit ${results.commit}).`);
  return failed.length === 0;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
