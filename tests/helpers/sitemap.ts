// Reads a built site's sitemap as a crawler does: the index named in robots.txt, then each
// sitemap it lists, with every page's address, last change and hreflang alternates.
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { resolvePath } from './dist';

export interface SitemapPage {
  loc: string;
  path: string;
  lastmod: string | undefined;
  /** hreflang → URL */
  alternates: Record<string, string>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['sitemap', 'url', 'xhtml:link'].includes(name),
});

const fileOf = (distDir: string, url: string) => {
  const file = resolvePath(distDir, new URL(url).pathname);
  if (!file) throw new Error(`${url} is listed but not built`);
  return readFileSync(file, 'utf8');
};

/** The sitemap index robots.txt names, and the pages of every sitemap in it. */
export function readSitemap(distDir: string): { index: string; chunks: string[]; pages: SitemapPage[] } {
  const robots = readFileSync(`${distDir}/robots.txt`, 'utf8');
  const index = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  if (!index) throw new Error('robots.txt names no sitemap');
  const chunks = (parser.parse(fileOf(distDir, index)).sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc);
  const pages = chunks.flatMap((chunk) =>
    (parser.parse(fileOf(distDir, chunk)).urlset.url as Record<string, unknown>[]).map((url) => ({
      loc: String(url['loc']),
      path: new URL(String(url['loc'])).pathname,
      lastmod: url['lastmod'] === undefined ? undefined : String(url['lastmod']),
      alternates: Object.fromEntries(
        ((url['xhtml:link'] ?? []) as Record<string, string>[]).map((link) => [link['@_hreflang'], link['@_href']]),
      ),
    })),
  );
  return { index, chunks, pages };
}
