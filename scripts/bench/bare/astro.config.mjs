// The baseline of the benchmark: a bare Astro site with one plain layout over the same files.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  devToolbar: { enabled: false },
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
