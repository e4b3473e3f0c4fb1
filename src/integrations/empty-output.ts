// Astro empties the output folder before it bundles, one file at a time and without doing
// anything else meanwhile: with the pictures, social cards, press pictures and search fragments
// of a large site that is tens of thousands of files (about 5 s of a warm build at N = 1000).
// This integration moves the old output aside at once and deletes it while Astro bundles.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { emptyFolder } from '../lib/empty-folder';

export function emptyOutput(): AstroIntegration {
  let folders = { out: '', aside: '' };
  let removed: Promise<Error | undefined> = Promise.resolve(undefined);
  return {
    name: 'empty-output',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        // In the cache folder: on the same file system as the output in a usual project.
        folders = { out: fileURLToPath(config.outDir), aside: join(fileURLToPath(config.cacheDir), 'previous-output') };
      },
      'astro:build:start': async () => {
        ({ removed } = await emptyFolder(folders.out, folders.aside));
      },
      'astro:build:done': async ({ logger }) => {
        const error = await removed;
        // The next build tries again; the site itself is complete.
        if (error) logger.warn(`The previous output was not deleted from ${folders.aside}: ${error.message}`);
      },
    },
  };
}
