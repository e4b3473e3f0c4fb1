// Social cards at build time: a worker draws the predicted cards while Astro bundles
// (src/data/card-prewarm.ts), the pages queue their own (src/data/card-queue.ts), and when
// the build is done this writes every queued card into the output.
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { drawAfter, drainCards } from '../data/card-queue';
import { CONTENT_ROOT } from '../data/content-root';
import type { PrewarmInput } from '../data/card-prewarm';

export function socialCards(): AstroIntegration {
  let host = 'localhost';
  return {
    name: 'social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        host = new URL(config.site ?? 'http://localhost').host;
      },
      'astro:build:start': ({ logger }) => {
        drawAfter(drawPredictedCards({ contentRoot: resolve(CONTENT_ROOT), host }, logger));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = await drainCards();
        // Every page refers to a card, so an empty queue means the pages queued theirs elsewhere.
        if (cards.size === 0)
          throw new Error(
            'No social card was queued: the pages and this integration must share ' +
              'src/data/card-queue.ts in one process.',
          );
        const out = fileURLToPath(dir);
        await Promise.all(
          [...cards].map(async ([path, file]) => {
            const target = join(out, path);
            await mkdir(dirname(target), { recursive: true });
            // A hard link where the cache and the output share a file system: nothing to copy.
            // (The cache never changes a file in place; a new card is a new file.)
            await link(file, target).catch(() => copyFile(file, target));
          }),
        );
        logger.info(`Wrote ${cards.size} social cards`);
      },
    },
  };
}

/** Runs the card worker; if it fails, the pages draw every card themselves, only more slowly. */
function drawPredictedCards(input: PrewarmInput, logger: AstroIntegrationLogger): Promise<void> {
  const worker = new Worker(new URL('../data/card-prewarm.ts', import.meta.url), { workerData: input });
  return new Promise((done) => {
    worker.once('error', (error) => {
      logger.warn(`The card worker stopped, so the pages draw their social cards themselves: ${error.message}`);
      done();
    });
    worker.once('exit', () => done());
  });
}
