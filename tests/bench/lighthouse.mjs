/**
 * Lighthouse's four category scores and three lab metrics for a page, with its
 * default config (a mid-range phone on a slow 4G connection, simulated), in one
 * headless Chromium that every page of a run shares.
 */
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Starts the Chromium Lighthouse drives. Call `kill()` when done. */
export function launchChrome() {
  return launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
}

/** One finding of an audit in a few words: the element, URL or message it is about. */
function describeItem(item) {
  const text = item.node?.snippet ?? item.node?.selector ?? item.source?.url ?? item.url ?? item.description ?? JSON.stringify(item);
  const message = item.description && text !== item.description ? ` ${item.description}` : '';
  return `${String(text).slice(0, 160)}${message.slice(0, 160)}`;
}

/** How many times each page is audited; the figures reported are the median run's. */
export const RUNS = 3;

/** The middle value of `values` (the lower middle for an even count). @example median([3, 1, 2]) //=> 2 */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Audits `url` `RUNS` times and reports the median of each score and metric (Lighthouse's
 * simulated throttling varies from run to run, most of all Total Blocking Time), with the
 * single runs' TBT kept so the spread can be seen, and the audits lost in any run.
 *
 * @example await auditMedian('http://127.0.0.1:4540/', 9222)
 * //=> { scores: { performance: 100, … }, lcpMs: 902, tbtMs: 0, tbtRunsMs: [0, 3, 0], cls: 0, failing: [] }
 */
export async function auditMedian(url, port) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) runs.push(await audit(url, port));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, median(runs.map((one) => one.scores[id]))]));
  return {
    scores,
    lcpMs: median(runs.map((one) => one.lcpMs)),
    tbtMs: median(runs.map((one) => one.tbtMs)),
    tbtRunsMs: runs.map((one) => one.tbtMs),
    cls: median(runs.map((one) => one.cls)),
    failing: [...new Set(runs.flatMap((one) => one.failing))],
  };
}

/**
 * Audits `url` once, in the Chromium listening on `port`.
 *
 * @example await audit('http://127.0.0.1:4540/', 9222)
 * //=> { scores: { performance: 100, … }, lcpMs: 902, tbtMs: 0, cls: 0, failing: [] }
 */
export async function audit(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id].score ?? 0) * 100)]));
  // The audits that cost points, with their first few findings, so a score under 100 says what to fix.
  const failing = CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => {
        const { displayValue, score, details } = lhr.audits[ref.id];
        const items = (details?.items ?? []).slice(0, 3).map(describeItem);
        return `${id}: ${ref.id} (${displayValue || score})${items.length ? `: ${items.join('; ')}` : ''}`;
      }),
  );
  return {
    scores,
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    failing,
  };
}
