// The sitemap, through @astrojs/sitemap: a sitemap index (/sitemap-index.xml) with chunks of at
// most 45 000 pages (/sitemap-0.xml, …). The pages write what the route table says of each page
// (src/lib/sitemap.ts: last change and hreflang pairs) to a file this integration names, and its
// `serialize` adds that to each item and leaves out what the table does not list (redirect pages,
// the browser editor). /sitemap.xml, the address the site first published, stays: a copy of the index.
import { copyFile, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { SitemapEntry } from '../lib/sitemap';
import { SITEMAP_INDEX, SITEMAP_NAME } from '../lib/urls';

export function routeSitemap(): AstroIntegration[] {
  let entriesFile = '';
  let base = '/';
  let entries: Promise<Record<string, SitemapEntry>> | undefined;
  const read = () => {
    entries ??= readFile(entriesFile, 'utf8').then((text) => JSON.parse(text) as Record<string, SitemapEntry>);
    return entries;
  };
  /** The site path of a URL of the build: "/losninger/a/" under any base. */
  const sitePath = (url: string) => `/${decodeURI(new URL(url).pathname).slice(base.length)}`;
  const absolute = (url: string, path: string) => new URL(`${base}${path.slice(1)}`, url).href;

  const entriesOfPages: AstroIntegration = {
    name: 'sitemap-entries',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        entriesFile = join(fileURLToPath(config.cacheDir), 'sitemap-entries.json');
        updateConfig({ vite: { define: { 'import.meta.env.SITEMAP_ENTRIES_FILE': JSON.stringify(entriesFile) } } });
      },
      'astro:build:start': async () => {
        await rm(entriesFile, { force: true });
      },
    },
  };

  const serialize = async (item: SitemapItem): Promise<SitemapItem | undefined> => {
    const entry = (await read())[sitePath(item.url)];
    if (!entry) return undefined;
    return {
      url: item.url,
      ...(entry.lastmod ? { lastmod: entry.lastmod } : {}),
      links: entry.links.map((link) => ({ lang: link.lang, url: absolute(item.url, link.path) })),
    };
  };

  const firstAddress: AstroIntegration = {
    name: 'sitemap-first-address',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        await copyFile(join(out, SITEMAP_INDEX.slice(1)), join(out, SITEMAP_NAME.slice(1)));
      },
    },
  };

  return [
    entriesOfPages,
    sitemap({ serialize, namespaces: { news: false, image: false, video: false, xhtml: true } }),
    firstAddress,
  ];
}
