import { readdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullResult, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Keeps docs/reliability.md true: after a run that included every test
 * tagged `@reliability`, it rewrites the file with one line per scenario and
 * its result. A partial run (a single spec, a grep) leaves the file alone.
 */
const TAG = '@reliability';
const root = fileURLToPath(new URL('../../..', import.meta.url));
const target = `${root}docs/reliability.md`;
const MARK = { passed: '✅ passes', failed: '❌ fails', timedOut: '❌ times out', skipped: '⏭ skipped', interrupted: '⏹ interrupted' } as const;

export default class ReliabilityReporter implements Reporter {
  private suite: Suite | undefined;
  private readonly results = new Map<TestCase, TestResult['status']>();

  onBegin(_config: unknown, suite: Suite) {
    this.suite = suite;
  }

  onTestEnd(test: TestCase, result: TestResult) {
    if (test.title.includes(TAG)) this.results.set(test, result.status);
  }

  onEnd(_result: FullResult) {
    const tagged = this.suite?.allTests().filter((test) => test.title.includes(TAG)) ?? [];
    if (tagged.length === 0 || tagged.length !== this.results.size || !this.covers(tagged)) return;
    const lines = tagged.map((test) => {
      const scenario = test.title.replace(TAG, '').trim();
      return `- ${MARK[this.results.get(test)!]}: ${scenario} (\`${relative(root, test.location.file)}\`)`;
    });
    writeFileSync(
      target,
      [
        '# Reliability scenarios',
        '',
        'What Nudge promises about your data, each promise tried by an end-to-end test in Chromium against the built site.',
        'This file is rewritten by `tests/e2e/support/reliability-reporter.ts` after every full run of `npm test`; one line per scenario.',
        'The rules underneath (migrating old and damaged records, the import validator, the calendar and mail-link encoders) have their own unit tests in `tests/unit/`.',
        '',
        ...lines,
        '',
      ].join('\n'),
    );
  }

  /** Every scenario ran, and the run took in every spec file (not a single spec or a grep). */
  private covers(tagged: TestCase[]) {
    const specs = readdirSync(`${root}tests/e2e`).filter((name) => name.endsWith('.spec.ts'));
    const ran = new Set(this.suite!.allTests().map((test) => test.location.file));
    return specs.length === ran.size && tagged.every((test) => this.results.has(test));
  }

  printsToStdio() {
    return false;
  }
}
