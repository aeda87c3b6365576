import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the guide content schema', () => {
  it('fails the build with a message naming the file and the field when a page has a bad stage', () => {
    const result = spawnSync('npx', ['astro', 'sync'], {
      cwd: root,
      env: { ...process.env, NUDGE_GUIDE_DIR: 'tests/fixtures/bad-frontmatter', FORCE_COLOR: '0' },
      encoding: 'utf8',
    });
    const output = stripVTControlCharacters(result.stdout + result.stderr);
    expect(result.status).not.toBe(0);
    expect(output).toContain('broken-page');
    expect(output).toMatch(/stage: Invalid option/);
    expect(output).toContain('tests/fixtures/bad-frontmatter/broken-page.mdx');
  }, 120_000);
});
