/** Prints the benchmark as a plain-text table, one row per page; ✓ and ✗ mark the targets. */
import { kb } from './targets.mjs';

/** The mark for the target whose name starts with `prefix`, or '' when none applies. */
function mark(page, prefix) {
  const target = page.targets.find((candidate) => candidate.name.startsWith(prefix));
  return target ? (target.pass ? ' ✓' : ' ✗') : '';
}

/** Prints `pages` (measured and evaluated) to stdout. */
export function printTable(pages) {
  const header = ['page', 'HTML+CSS', 'JS', 'JS after click', 'req', 'perf', 'a11y', 'b-p', 'SEO', 'LCP', 'TBT', 'CLS', 'targets'];
  const rows = pages.map((page) => {
    const lh = page.lighthouse;
    const jsMark = page.path === '/planner/' ? mark(page, 'JavaScript before') : mark(page, 'no JavaScript file');
    return [
      page.path,
      kb(page.before.htmlAndCss) + mark(page, 'HTML+CSS'),
      kb(page.before.js) + jsMark,
      page.after ? kb(page.after.js) + mark(page, 'calendar') : '',
      String(page.before.requests),
      ...(lh ? [...Object.values(lh.scores).map(String), `${lh.lcpMs} ms`, `${lh.tbtMs} ms`, String(lh.cls)] : ['', '', '', '', '', '', '']),
      page.targets.every((target) => target.pass) ? 'pass' : 'FAIL',
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => [...row[column]].length)));
  const line = (row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

/** Prints what each file reader fetched when it was used: its chunks gzipped, and the libraries in them. */
export function printReaders(readers) {
  console.log('\nReaders, fetched only when a file is given (scripts, gzipped):');
  for (const reader of readers) {
    const libraries = reader.libraries.length ? ` with ${reader.libraries.join(' and ')}` : '';
    console.log(`  ${reader.name.padEnd(20)} ${kb(reader.gzip).padStart(8)}${libraries}: ${reader.files.map((file) => file.split('/').pop()).join(', ')}`);
  }
}
