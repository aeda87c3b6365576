/**
 * `astro build` that fails when the build prints a warning, so one cannot creep
 * in unnoticed (issue 8: builds are quiet). The output passes through as it
 * comes. A warning whose cause lies in a dependency is filtered in
 * astro.config.mjs, exactly, with the upstream issue named: never here.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Astro's logger ("[WARN]"), Vite's reporter ("(!)") and plain "Warning:" lines.
const WARNING = /\[WARN\]|^\s*\(!\)|\bwarning:/im;

// The project's Astro, run by the Node running this script (the pinned one, under npm).
const astro = fileURLToPath(new URL('../node_modules/.bin/astro', import.meta.url));
const build = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'pipe'] });
let printed = '';
for (const [from, to] of [[build.stdout, process.stdout], [build.stderr, process.stderr]]) {
  from.on('data', (chunk) => {
    printed += chunk;
    to.write(chunk);
  });
}
build.on('close', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const lines = printed.split('\n').filter((line) => WARNING.test(line));
  if (lines.length > 0) {
    console.error(`\nThe build printed a warning. Fix its cause, or filter exactly that message in astro.config.mjs with the upstream issue named:\n${lines.join('\n')}`);
    process.exit(1);
  }
});
