import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env['CONTENT_DIR'] ?? '';
const entries = (name: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/${name}` }) });

export const collections = { solutions: entries('solutions'), stories: entries('stories'), news: entries('news') };
