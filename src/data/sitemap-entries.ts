// Writes down what the sitemap says of each page, for src/integrations/sitemap.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Site } from './site';
import { sitemapEntries } from '../lib/sitemap';

/** Only a build names the file; `astro dev` has no sitemap. */
export async function writeSitemapEntries(site: Site): Promise<void> {
  const file = import.meta.env.SITEMAP_ENTRIES_FILE;
  if (!file) return;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(sitemapEntries(site.routes)));
}
