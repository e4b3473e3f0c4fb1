// Names Astro's cache folder for the pages, in a build: the press pictures, the social cards and
// the content checks keep their files there between builds (src/data/press-pictures.ts,
// src/social-cards/page-card.ts, src/data/site.ts). With it goes a hash of the lock file, which
// pins every package: a cached verdict of a package's code is kept under it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function buildCache(): AstroIntegration {
  return {
    name: 'build-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const dir = fileURLToPath(config.cacheDir);
        const packages = createHash('sha256')
          .update(readFileSync(new URL('package-lock.json', config.root)))
          .digest('hex');
        updateConfig({
          vite: {
            define: {
              'import.meta.env.BUILD_CACHE_DIR': JSON.stringify(dir),
              'import.meta.env.PACKAGES_HASH': JSON.stringify(packages),
            },
          },
        });
      },
    },
  };
}
