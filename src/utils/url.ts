/**
 * Prefixes a site path with the configured `base`, so links work when the site
 * is served from a sub-path (`BASE=/nudge/`).
 *
 * @example withBase('/guide/check-in/') //=> '/nudge/guide/check-in/' when BASE is '/nudge/'
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
