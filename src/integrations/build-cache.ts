// Names Astro's cache folder for the pages, in a build: the press pictures, the social cards and
// the picture checks keep their files there between builds (src/data/press-pictures.ts,
// src/social-cards/page-card.ts, src/data/site.ts).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function buildCache(): AstroIntegration {
  return {
    name: 'build-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const dir = fileURLToPath(config.cacheDir);
        updateConfig({ vite: { define: { 'import.meta.env.BUILD_CACHE_DIR': JSON.stringify(dir) } } });
      },
    },
  };
}
