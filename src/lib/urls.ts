// URL building: every path on the site is made here, so the segment map is the only
// place that knows how a section is called in each language.
import { DEFAULT_LANG, type Lang } from '../i18n/langs';
import { SECTIONS, type Section } from '../i18n/segments';
import { collectionOf, KINDS, type OpenDataKind } from './content-kinds';

/** Where the browser editor is served (src/pages/admin/), on every site. */
export const CMS_PATH = '/admin/';

/** The site's logo as a raster image, for structured data (search engines take no SVG). */
export const LOGO = { path: '/logo.png', size: 512 } as const;

/** The sitemap index (@astrojs/sitemap), and the address the site's sitemap was first published at (a copy). */
export const SITEMAP_INDEX = '/sitemap-index.xml';
export const SITEMAP_NAME = '/sitemap.xml';

/** The root of a language: "/" for Norwegian, "/en/" for English. */
export function langRoot(lang: Lang): string {
  return lang === DEFAULT_LANG ? '/' : `/${lang}/`;
}

/** A section index, e.g. sectionPath('solutions', 'en') = "/en/solutions/". */
export function sectionPath(section: Section, lang: Lang): string {
  return `${langRoot(lang)}${SECTIONS[section].segments[lang]}/`;
}

/** A page inside a section, e.g. "/losninger/protein-fra-halm/". */
export function entryPath(section: Section, lang: Lang, slug: string): string {
  return `${sectionPath(section, lang)}${slug}/`;
}

/** A static page at the language root, e.g. "/om/" or "/en/about/". */
export function pagePath(lang: Lang, slug: string): string {
  return `${langRoot(lang)}${slug}/`;
}

/** Page n of a paginated section index; page 1 is the index itself. */
export function paginatedPath(section: Section, lang: Lang, page: number): string {
  return page === 1 ? sectionPath(section, lang) : `${sectionPath(section, lang)}${page}/`;
}

/** The RSS feed of a section, e.g. "/nyheter/rss.xml". */
export function feedPath(section: Section, lang: Lang): string {
  return `${sectionPath(section, lang)}rss.xml`;
}

/** The calendar of all events in a language, to subscribe to: "/arrangementer/kalender.ics". */
export function calendarPath(lang: Lang): string {
  return `${sectionPath('events', lang)}${lang === 'nb' ? 'kalender' : 'calendar'}.ics`;
}

/** The calendar file of one event, in its page's folder: "/arrangementer/fagdag/fagdag.ics". */
export function eventCalendarPath(lang: Lang, slug: string): string {
  return `${entryPath('events', lang, slug)}${slug}.ics`;
}

/** The site's words for the search page's spelling suggestions: "/sok/ord.json". */
export function searchWordsPath(lang: Lang): string {
  return `${sectionPath('search', lang)}${lang === 'nb' ? 'ord' : 'words'}.json`;
}

/** An open-data file, e.g. "/data/losninger.json", "/data/losninger.csv" or "/en/data/members.json". */
export function openDataPath(kind: OpenDataKind, lang: Lang, format: 'json' | 'csv' = 'json'): string {
  return `${sectionPath('data', lang)}${SECTIONS[collectionOf(kind)].segments[lang]}.${format}`;
}

/** The JSON Schema of an open-data record, the same for both languages. */
export function dataSchemaPath(kind: OpenDataKind): string {
  return `/data/schema/${KINDS[kind].openData}.json`;
}

/** The social card of a page: "/losninger/x/" has "/og/losninger/x.jpg"; the home page "/og/nb.jpg". */
export function socialCardPath(pagePath: string, lang: Lang): string {
  const page = pagePath.replace(/^\/|\/$/g, '');
  return page === '' || page === lang ? `/og/${lang}.jpg` : `/og/${page}.jpg`;
}

/** Prefix a site path with the deployment base ("/" or "/utstillingsvindu/"). */
export function withBase(path: string, base: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path}`;
}

/** The absolute URL of a site path, for canonical links, feeds and sitemaps. */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
  return new URL(withBase(path, base), site).href;
}
