// Builds the Pagefind search index from the finished pages, one index per <html lang>.
// Only elements marked data-pagefind-body (the main content of entry pages) are indexed.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length) throw new Error(`Pagefind failed: ${problems.join('; ')}`);
          logger.info(`Indexed ${added.page_count} pages for search`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
