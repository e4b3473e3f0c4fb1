// Files the pages make beside themselves (social cards, press pictures, src/data/placed-files.ts):
// names the folder the pages leave them in, and when the build is done links them into the
// output. They never pass through Astro's own output, so a warm build moves no picture bytes.
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { linkOrCopy } from '../lib/link-or-copy';

export function placedFiles(): AstroIntegration {
  let folder = '';
  return {
    name: 'placed-files',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        folder = join(fileURLToPath(config.cacheDir), 'placed-files');
        updateConfig({ vite: { define: { 'import.meta.env.PLACED_FILES_DIR': JSON.stringify(folder) } } });
      },
      'astro:build:start': async () => {
        await rm(folder, { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Whether every file is there is the build guard's check (src/integrations/build-guard.ts).
        const files = (await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(folder.length));
        const out = fileURLToPath(dir);
        await Promise.all(files.map((path) => linkOrCopy(join(folder, path), join(out, path))));
        await rm(folder, { recursive: true, force: true });
        logger.info(`Placed ${files.length} social cards and press pictures`);
      },
    },
  };
}
