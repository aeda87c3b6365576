import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './url';

/** A page of the guide, as loaded from `content/guide/`. */
export type GuidePage = CollectionEntry<'guide'>;

/** The guide's pages in reading order (by their `order` frontmatter). */
export async function getGuidePages(): Promise<GuidePage[]> {
  const pages = await getCollection('guide');
  return pages.sort((a, b) => a.data.order - b.data.order);
}

/** The overview page is the home page; every other page lives under `/guide/`. */
export function guidePageUrl(page: GuidePage): string {
  return page.data.stage === 'overview' ? withBase('/') : withBase(`/guide/${page.id}/`);
}

/** The pages before and after `page` in reading order, if any. */
export function neighbours(pages: GuidePage[], page: GuidePage) {
  const index = pages.findIndex((candidate) => candidate.id === page.id);
  return { previous: pages[index - 1], next: pages[index + 1] };
}
