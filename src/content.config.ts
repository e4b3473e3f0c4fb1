// Where each collection's content comes from. The fields and their messages are defined in
// src/lib/schemas.ts; rules that span entries run in the build (src/data/site.ts).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_ROOT } from './data/content-root';
import { contentSchemas } from './lib/schemas';

const localizedEntries = (base: string) =>
  glob({
    pattern: '**/*.{md,mdx}',
    base: `${CONTENT_ROOT}/${base}`,
    // "<folder>/<lang>": the folder ties the translations together; the frontmatter slug
    // must not replace the id, as Astro's default would.
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });

export const collections = {
  solutions: defineCollection({ loader: localizedEntries('solutions'), schema: ({ image }) => contentSchemas(image).solutions }),
  stories: defineCollection({ loader: localizedEntries('stories'), schema: ({ image }) => contentSchemas(image).stories }),
  news: defineCollection({ loader: localizedEntries('news'), schema: ({ image }) => contentSchemas(image).news }),
  pages: defineCollection({ loader: localizedEntries('pages'), schema: ({ image }) => contentSchemas(image).pages }),
  members: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_ROOT}/members` }),
    schema: ({ image }) => contentSchemas(image).members,
  }),
  themes: defineCollection({ loader: file(`${CONTENT_ROOT}/themes.yaml`), schema: ({ image }) => contentSchemas(image).themes }),
  facts: defineCollection({ loader: file(`${CONTENT_ROOT}/facts.yaml`), schema: ({ image }) => contentSchemas(image).facts }),
  site: defineCollection({ loader: file(`${CONTENT_ROOT}/site.yaml`), schema: ({ image }) => contentSchemas(image).site }),
  searchTerms: defineCollection({
    loader: file(`${CONTENT_ROOT}/search-terms.yaml`),
    schema: ({ image }) => contentSchemas(image).searchTerms,
  }),
};
