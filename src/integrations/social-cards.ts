// Writes the social cards that the pages of this build refer to into the output, once every
// card is drawn (they are drawn while the pages are built: src/data/card-queue.ts).
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drainCards } from '../data/card-queue';

export function socialCards(): AstroIntegration {
  return {
    name: 'social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const cards = await drainCards();
        // Every page refers to a card, so an empty queue means the pages queued theirs elsewhere.
        if (cards.size === 0) throw new Error('No social card was queued: the pages and this integration must share src/data/card-queue.ts in one process.');
        const out = fileURLToPath(dir);
        await Promise.all(
          [...cards].map(async ([path, file]) => {
            const target = join(out, path);
            await mkdir(dirname(target), { recursive: true });
            await copyFile(file, target);
          }),
        );
        logger.info(`Wrote ${cards.size} social cards`);
      },
    },
  };
}
