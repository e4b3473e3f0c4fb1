// Where each collection's content comes from (src/lib/content-files.ts lists them). The fields
// and their messages are defined in src/lib/schemas.ts; rules that span entries run in the
// build (src/data/site.ts).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_ROOT } from './data/content-root';
import { COLLECTIONS, ENTRY_FILE_PATTERN, type EntryCollection, type ListCollection } from './lib/content-files';
import { contentSchemas } from './lib/schemas';

const entries = (collection: EntryCollection) =>
  glob({
    pattern: '**/*.{md,mdx}',
    base: `${CONTENT_ROOT}/${COLLECTIONS[collection].path}`,
    // "<folder>/<lang>": the folder ties the translations together; the frontmatter slug
    // must not replace the id, as Astro's default would.
    generateId: ({ entry }) => entry.replace(ENTRY_FILE_PATTERN, ''),
  });
const oneFile = (collection: ListCollection | 'site') => file(`${CONTENT_ROOT}/${COLLECTIONS[collection].path}`);

export const collections = {
  solutions: defineCollection({ loader: entries('solutions'), schema: ({ image }) => contentSchemas(image).solutions }),
  stories: defineCollection({ loader: entries('stories'), schema: ({ image }) => contentSchemas(image).stories }),
  news: defineCollection({ loader: entries('news'), schema: ({ image }) => contentSchemas(image).news }),
  pages: defineCollection({ loader: entries('pages'), schema: ({ image }) => contentSchemas(image).pages }),
  members: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${CONTENT_ROOT}/${COLLECTIONS.members.path}` }),
    schema: ({ image }) => contentSchemas(image).members,
  }),
  themes: defineCollection({ loader: oneFile('themes'), schema: ({ image }) => contentSchemas(image).themes }),
  facts: defineCollection({ loader: oneFile('facts'), schema: ({ image }) => contentSchemas(image).facts }),
  site: defineCollection({ loader: oneFile('site'), schema: ({ image }) => contentSchemas(image).site }),
  searchTerms: defineCollection({
    loader: oneFile('searchTerms'),
    schema: ({ image }) => contentSchemas(image).searchTerms,
  }),
};
