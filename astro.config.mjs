// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE_URL and BASE_PATH let the same commit deploy to a domain root or a sub-path.
const site = process.env.SITE_URL ?? 'https://www.heidner.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Whitespace between inline elements matters in running text ("Les mer <a>her</a>").
  compressHTML: true,
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
  // Tests that build fixture content use their own cache, so they cannot disturb the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
