/**
 * The targets of the issue "Quality bar", checked against one page's measurements.
 * tests/e2e/budgets.spec.ts asserts the byte targets on every `npm test`; Lighthouse
 * scores are only here, since they take minutes and vary a little from run to run.
 */
const KB = 1024;

/** The guide's pages: the home page (its overview) and everything under /guide/. */
export function isGuide(path) {
  return path === '/' || path.startsWith('/guide/');
}

/** Kilobytes with one decimal. @example kb(14336) //=> '14.0 KB' */
export function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

/**
 * Every target that applies to `page`, met or not.
 *
 * @example evaluate({ path: '/', guide: true, islands: 0, before, … }, { lighthouse: false })
 * //=> [{ name: 'HTML+CSS ≤ 14 KB', pass: true, actual: '5.1 KB' }, …]
 */
export function evaluate(page, { lighthouse }) {
  const targets = [];
  const add = (name, pass, actual) => targets.push({ name, pass, actual });
  const { before } = page;
  if (page.guide) {
    add('HTML+CSS ≤ 14 KB', before.htmlAndCss <= 14 * KB, kb(before.htmlAndCss));
  }
  if (page.guide && page.islands === 0) {
    add('no JavaScript file', before.scriptFiles.length === 0, before.scriptFiles.join(', ') || 'none');
    add('inline JavaScript ≤ 1 KB', before.inlineJs <= KB, kb(before.inlineJs));
  }
  if (page.path === '/planner/') {
    add('JavaScript before first interaction ≤ 25 KB', before.js <= 25 * KB, kb(before.js));
    add('calendar library (ics) not loaded before "Download calendar"', !page.calendarBefore && !page.calendarAfter, page.calendarBefore || page.calendarAfter ? 'loaded' : 'not loaded');
  }
  if (lighthouse) {
    const scores = Object.values(page.lighthouse.scores);
    add('Lighthouse 100 in all four categories', scores.every((score) => score === 100), scores.join('/'));
  }
  return targets;
}
