import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = process.env['CONTENT_DIR'] ?? '';
/** Each entry's main picture (`hero` of a solution, `image` of a story or news item); other fields pass as they are. */
const entries = (name: string, pictureField: string) =>
  defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/${name}` }),
    schema: ({ image }) => z.looseObject({ [pictureField]: z.object({ src: image(), alt: z.string() }) }),
  });

export const collections = {
  solutions: entries('solutions', 'hero'),
  stories: entries('stories', 'image'),
  news: entries('news', 'image'),
};
