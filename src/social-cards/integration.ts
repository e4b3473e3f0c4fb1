// Social cards at build time: names the folders the pages draw their cards into (page-card.ts),
// and when the build is done writes this build's cards into the output.
import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function socialCards(): AstroIntegration {
  let folders = '';
  const thisBuild = () => join(folders, 'build');
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        // In Astro's cache folder: "drawn" keeps every card between builds, "build" this build's.
        folders = join(fileURLToPath(config.cacheDir), 'social-cards');
        updateConfig({ vite: { define: { 'import.meta.env.SOCIAL_CARDS_DIR': JSON.stringify(folders) } } });
      },
      'astro:build:start': async () => {
        await rm(thisBuild(), { recursive: true, force: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = (await readdir(thisBuild(), { recursive: true, withFileTypes: true }).catch(() => []))
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name).slice(thisBuild().length));
        // Every page has a card, so none means that the pages did not draw them.
        if (cards.length === 0) throw new Error(`No social card was drawn into ${thisBuild()}.`);
        const out = fileURLToPath(dir);
        await Promise.all(
          cards.map(async (path) => {
            const target = join(out, path);
            await mkdir(dirname(target), { recursive: true });
            await link(join(thisBuild(), path), target).catch(() => copyFile(join(thisBuild(), path), target));
          }),
        );
        await rm(thisBuild(), { recursive: true, force: true });
        logger.info(`Wrote ${cards.length} social cards`);
      },
    },
  };
}
