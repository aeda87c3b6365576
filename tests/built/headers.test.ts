import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { hasFile, isBuilt, readBuilt } from './support/built-site';

// The host headers (issue 10): `dist/_headers` for Netlify and Cloudflare Pages carries the
// headers a <meta> policy cannot, and the README's nginx snippet sends exactly the same ones.
const REQUIRED: [string, RegExp][] = [
  ['Content-Security-Policy', /(^|;)\s*frame-ancestors 'none'\s*(;|$)/],
  ['X-Frame-Options', /^DENY$/],
  ['X-Content-Type-Options', /^nosniff$/],
  ['Referrer-Policy', /^no-referrer$/],
  ['Permissions-Policy', /\bcamera=\(\)/],
];

/** The headers `_headers` gives every path (`/*`), by name. */
function headersForAllPaths(text: string): Map<string, string> {
  const found = new Map<string, string>();
  let inAllPaths = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      inAllPaths = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
    if (inAllPaths && match) found.set(match[1]!, match[2]!.trim());
  }
  return found;
}

/** The `add_header` lines of the README's nginx snippet, by name. */
function nginxHeaders(readme: string): Map<string, string> {
  const snippet = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  return new Map([...snippet.matchAll(/add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;/g)].map((match) => [match[1]!, match[2]!]));
}

const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

describe.skipIf(!isBuilt)('host headers', () => {
  const built = hasFile('_headers') ? headersForAllPaths(readBuilt('_headers')) : new Map<string, string>();

  test('the build ships _headers for every path', () => {
    expect(hasFile('_headers')).toBe(true);
    expect(built.size).toBeGreaterThan(0);
  });

  test.each(REQUIRED)('_headers sends %s', (name, value) => {
    expect(built.get(name)).toMatch(value);
  });

  test('the service worker does not precache _headers: hosts never serve it, and one failed file fails the install', () => {
    expect(readBuilt('sw.js')).not.toMatch(/["']_headers["']/);
  });

  test('the README nginx snippet sends the same headers with the same values', () => {
    expect(Object.fromEntries(nginxHeaders(readme))).toEqual(Object.fromEntries(built));
  });
});
