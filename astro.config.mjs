// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { adminBundle } from './src/integrations/admin-bundle.ts';
import { buildCache } from './src/integrations/build-cache.ts';
import { buildGuard } from './src/integrations/build-guard.ts';
import { emptyOutput } from './src/integrations/empty-output.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { placedFiles } from './src/integrations/placed-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { routeSitemap } from './src/integrations/sitemap.ts';

// SITE_URL and BASE_PATH let the same commit deploy to a domain root or a sub-path.
const site = process.env.SITE_URL ?? 'https://www.heidner.example';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // JSX rules for whitespace in templates, the rules Prettier formats them by: a line break between
  // elements is no space; a space that matters stands on the line (or as {' '}). Markdown is not affected.
  compressHTML: 'jsx',
  // Several pages at once: a page's social card is encoded on other threads while the next pages render.
  build: { format: 'directory', concurrency: 4 },
  // No syntax highlighting: Shiki's inline styles would need 'unsafe-inline' in the CSP.
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }), syntaxHighlight: false },
  // The guard comes last: it checks what the other steps wrote.
  integrations: [
    emptyOutput(),
    buildCache(),
    adminBundle(),
    mdx(),
    searchIndex(),
    placedFiles(),
    routeSitemap(),
    buildGuard(),
  ],
  devToolbar: { enabled: false },
  // Astro's sharp service with AVIF encoder settings chosen by width (avifOptions in
  // src/lib/responsive-pictures.ts; figures in docs/performance.md).
  image: { service: { entrypoint: './src/integrations/image-service.ts', config: {} } },
  // One stylesheet for the whole site: a single render-blocking request, cached across pages.
  vite: {
    build: {
      cssCodeSplit: false,
      // MDX's runtime starts with "use client", which the bundler warns about in every build;
      // only our own code may warn.
      rollupOptions: {
        onwarn(warning, warn) {
          const fromLibrary = /node_modules/.test(warning.id ?? warning.loc?.file ?? '');
          if (fromLibrary && warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
  // A Content-Security-Policy <meta> on every page, with hashes of the site's own scripts and
  // styles: no 'unsafe-inline'. The search page adds what Pagefind needs (src/components/views/SearchView.astro).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Video players, loaded only after the reader clicks (src/components/mdx/VideoEmbed.astro).
        'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
      ],
    },
  },
  // One self-hosted variable font file (Latin, which covers æ, ø, å, « » and dashes); Astro
  // writes a fallback with matched metrics, so the text does not jump when it loads.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Inter',
      cssVariable: '--font-inter',
      fallbacks: ['system-ui', 'sans-serif'],
      options: {
        variants: [
          {
            src: ['@fontsource-variable/inter/files/inter-latin-wght-normal.woff2'],
            weight: '100 900',
            style: 'normal',
          },
        ],
      },
    },
  ],
  // Tests that build fixture content use their own cache, so they cannot disturb the real one.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
});
