// Where each collection's content comes from (src/lib/content-files.ts lists them, with the
// content kinds of src/lib/content-kinds.ts). The fields and their messages are defined in
// src/lib/schemas.ts; rules that span entries run in the build (src/data/site.ts).
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_ROOT } from './data/content-root';
import { parse } from 'yaml';
import {
  COLLECTIONS,
  entryIdOf,
  listItemsOf,
  RECORD_FILE_PATTERN,
  type Collection,
  type ListCollection,
} from './lib/content-files';
import { contentSchemas } from './lib/schemas';

/** The loader of a collection, by how its files are laid out. */
function loaderOf(collection: Collection) {
  const { layout, path } = COLLECTIONS[collection];
  const base = `${CONTENT_ROOT}/${path}`;
  switch (layout) {
    case 'entries':
      return glob({
        pattern: '**/*.{md,mdx}',
        base,
        // "<folder>/<lang>": the folder ties the translations together; the frontmatter slug
        // must not replace the id, as Astro's default would.
        generateId: ({ entry }) => entryIdOf(entry),
      });
    case 'records':
      // The file name is the id: no key inside the file may take another record's place.
      return glob({ pattern: '*.{yaml,yml}', base, generateId: ({ entry }) => entry.replace(RECORD_FILE_PATTERN, '') });
    case 'list':
      return file(base, { parser: (text) => listItemsOf(collection as ListCollection, parse(text)) });
    case 'settings':
      return file(base);
  }
}

// Each collection is spelled out: Astro reads the entry types from these literal schemas.
export const collections = {
  solutions: defineCollection({
    loader: loaderOf('solutions'),
    schema: ({ image }) => contentSchemas(image).solutions,
  }),
  stories: defineCollection({ loader: loaderOf('stories'), schema: ({ image }) => contentSchemas(image).stories }),
  news: defineCollection({ loader: loaderOf('news'), schema: ({ image }) => contentSchemas(image).news }),
  projects: defineCollection({
    loader: loaderOf('projects'),
    schema: ({ image }) => contentSchemas(image).projects,
  }),
  events: defineCollection({ loader: loaderOf('events'), schema: ({ image }) => contentSchemas(image).events }),
  pages: defineCollection({ loader: loaderOf('pages'), schema: ({ image }) => contentSchemas(image).pages }),
  members: defineCollection({ loader: loaderOf('members'), schema: ({ image }) => contentSchemas(image).members }),
  themes: defineCollection({ loader: loaderOf('themes'), schema: ({ image }) => contentSchemas(image).themes }),
  facts: defineCollection({ loader: loaderOf('facts'), schema: ({ image }) => contentSchemas(image).facts }),
  site: defineCollection({ loader: loaderOf('site'), schema: ({ image }) => contentSchemas(image).site }),
  searchTerms: defineCollection({
    loader: loaderOf('searchTerms'),
    schema: ({ image }) => contentSchemas(image).searchTerms,
  }),
} satisfies Record<Collection, unknown>;
