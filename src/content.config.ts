import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { STAGE_IDS } from './consts';

/**
 * The guide: one MDX file per stage of the follow-up journey, in `content/guide/`.
 * A mistake in a page's frontmatter fails the build with the file and the field named.
 * Reading time is not a field: it is computed from the text (see `utils/reading-time.ts`).
 */
export const guideSchema = z.object({
  /** The page's heading and `<title>`. Required; keep it under about 60 characters. */
  title: z.string().min(3).max(70),
  /** One or two sentences for search results and link previews. Required. */
  description: z.string().min(20).max(200),
  /** Which stage of the journey this page teaches; one of the ids in `src/consts.ts`. */
  stage: z.enum(STAGE_IDS),
  /** Position in the guide, from 1. Sets the order of the navigation and the previous/next links. */
  order: z.number().int().positive(),
  /** Short label for the navigation. Default: the title. */
  navLabel: z.string().optional(),
});

const guide = defineCollection({
  // NUDGE_GUIDE_DIR lets the schema test point the build at a fixture folder.
  loader: glob({ pattern: '**/*.mdx', base: process.env.NUDGE_GUIDE_DIR ?? './content/guide' }),
  schema: guideSchema,
});

export const collections = { guide };
