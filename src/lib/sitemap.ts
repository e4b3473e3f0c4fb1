// The sitemap, made from the route table so that translated pages get their hreflang
// alternates even though their slugs differ (which @astrojs/sitemap cannot pair).
import { otherLang } from '../i18n/langs';
import type { Route } from './routes';
import { isoDate } from './dates';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** A sitemap of every route; `toUrl` turns a site path into an absolute URL. */
export function sitemapXml(
  routes: readonly Pick<Route, 'path' | 'lang' | 'view' | 'translation' | 'lastModified'>[],
  toUrl: (path: string) => string,
): string {
  const urls = routes
    .filter((route) => route.view !== 'redirect')
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((route) => {
      const alternates = route.translation
        ? [
            [route.lang, route.path],
            [otherLang(route.lang), route.translation],
          ].map(
            ([lang, path]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(toUrl(path ?? ''))}"/>`,
          )
        : [];
      const lastmod = route.lastModified ? [`<lastmod>${isoDate(route.lastModified)}</lastmod>`] : [];
      return ['<url>', `<loc>${escapeXml(toUrl(route.path))}</loc>`, ...lastmod, ...alternates, '</url>'].join('');
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
