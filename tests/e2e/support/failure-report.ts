import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * On a failed run, says enough to diagnose it from the log alone (CI keeps nothing else): each
 * failing test by file, line and title, where its Playwright trace was kept, and the last lines of
 * the preview server's log, which the config writes to `serverLog`. A green run prints nothing.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const SERVER_LOG_LINES = 200;

export const serverLog = `${root}test-results/preview-server.log`;

interface Failure {
  where: string;
  traces: string[];
}

export default class FailureReport implements Reporter {
  private readonly failures: Failure[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === test.expectedStatus) return;
    this.failures.push({
      where: `${relative(root, test.location.file)}:${test.location.line} › ${test.titlePath().filter(Boolean).slice(1).join(' › ')} (${result.status})`,
      traces: result.attachments.filter((attachment) => attachment.name === 'trace' && attachment.path).map((attachment) => relative(root, attachment.path!)),
    });
  }

  onEnd(result: FullResult) {
    if (result.status === 'passed' && this.failures.length === 0) return;
    const lines = ['', `=== What failed (run ${result.status}) ===`];
    if (this.failures.length === 0) lines.push('No test failed: the run itself did (the preview server, a setup step or the time limit); see the server log below.');
    for (const failure of this.failures) {
      lines.push(`✘ ${failure.where}`);
      for (const trace of failure.traces) lines.push(`  trace kept: ${trace}  (open it: npx playwright show-trace ${trace})`);
      if (failure.traces.length === 0) lines.push('  no trace was kept (the test failed before its page opened)');
    }
    lines.push('', `=== The preview server's last ${SERVER_LOG_LINES} lines (${relative(root, serverLog)}) ===`);
    lines.push(existsSync(serverLog) ? tail(readFileSync(serverLog, 'utf8'), SERVER_LOG_LINES) : '(no server log: an already running server was reused)');
    console.log(lines.join('\n'));
  }

  printsToStdio() {
    return true;
  }
}

// Playwright starts the server with FORCE_COLOR; the log is read as text.
const COLOUR_CODES = /\u001b\[[0-9;]*m/g;

function tail(text: string, count: number): string {
  const lines = text.replace(COLOUR_CODES, '').trimEnd().split('\n');
  return lines.length === 1 && lines[0] === '' ? '(the server printed nothing)' : lines.slice(-count).join('\n');
}
