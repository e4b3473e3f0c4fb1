// What the sitemap says of each page, from the route table: the date it last changed and its
// hreflang alternates. @astrojs/sitemap pairs only URLs that differ by their language prefix, and
// translated slugs differ in every segment, so the pairs come from here (through its `serialize`,
// src/integrations/sitemap.ts). Redirect pages (earlier slugs) are not in the sitemap.
import { otherLang, type Lang } from '../i18n/langs';
import { isoDate } from './dates';
import type { Route } from './routes';

export interface SitemapEntry {
  /** "YYYY-MM-DD", for entry pages. */
  lastmod?: string;
  /** The page and its translation, by language, where it has one. */
  links: { lang: Lang; path: string }[];
}

/** The sitemap's facts of every page, by site path. */
export function sitemapEntries(
  routes: readonly Pick<Route, 'path' | 'lang' | 'view' | 'translation' | 'lastModified'>[],
): Record<string, SitemapEntry> {
  const entries = routes
    .filter((route) => route.view !== 'redirect')
    .map((route): [string, SitemapEntry] => [
      route.path,
      {
        ...(route.lastModified ? { lastmod: isoDate(route.lastModified) } : {}),
        links: route.translation
          ? [
              { lang: route.lang, path: route.path },
              { lang: otherLang(route.lang), path: route.translation },
            ]
          : [],
      },
    ]);
  return Object.fromEntries(entries);
}
