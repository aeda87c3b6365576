import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The guide teaches the source articles' facts in its own words. The checker
// lives beside the project (../shared) on the team's machines and in CI.
const root = fileURLToPath(new URL('../..', import.meta.url));
const checker = fileURLToPath(new URL('../../../shared/tools/seed-overlap', import.meta.url));

describe.skipIf(!existsSync(checker))('the guide prose', () => {
  it('copies no run of words from the source articles', () => {
    const result = spawnSync(checker, ['content', 'src'], { cwd: root, encoding: 'utf8' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
