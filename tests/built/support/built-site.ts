/**
 * The built site as files: where `astro build` wrote it, its pages, and each page parsed.
 * Checks that need no browser read these directly, so they take seconds on any machine.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
/** An element of a parsed page. */
export type Element = DefaultTreeAdapterMap['element'];

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Where the build is: `NUDGE_OUT_DIR`, as for `astro build`, else `dist/`. */
export const outDir = resolve(root, process.env.NUDGE_OUT_DIR ?? 'dist');

/** The sub-path the site was built for (`BASE`, as in astro.config.mjs), always ending in `/`. */
export const base = `/${(process.env.BASE ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** Whether there is a build to check. */
export const isBuilt = existsSync(join(outDir, 'index.html'));

/** Every HTML file of the build, as paths relative to `outDir` (`guide/check-in/index.html`). */
export function htmlFiles(dir = outDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [relative(outDir, path).split('\\').join('/')] : [];
  });
}

/** The URL path a built file is served at: `guide/check-in/index.html` → `/guide/check-in/` (under `base`). */
export function urlPathOf(file: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The built file a URL path is served from, or undefined when the path is outside `base`.
 * A path ending in `/` is its folder's index.html, as every static host serves it.
 */
export function fileOf(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const path = decodeURIComponent(urlPath.slice(base.length));
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Whether the build holds `file` (relative to `outDir`). */
export function hasFile(file: string): boolean {
  return existsSync(join(outDir, file));
}

/** The text of a built file. */
export function readBuilt(file: string): string {
  return readFileSync(join(outDir, file), 'utf8');
}

/** Every element of a page, in document order (template contents included). */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(parse(html) as Node);
  return found;
}

/** The value of `element`'s attribute `name`, or undefined. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}
