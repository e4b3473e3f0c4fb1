// What a finished build must have written, derived from the route table: a file for every
// route, the feeds, the calendars, the open data, the social cards, the press pictures, the search's words, and
// how many pages each language's search index holds. The build checks its output against this
// list (src/integrations/build-guard.ts), so that a build that stopped half-way, or a step that
// quietly wrote nothing, cannot pass.
import { LANGS, type Lang } from '../i18n/langs';
import { collectionOf, FEED_KINDS, OPEN_DATA_KINDS, OWN_CARD_KINDS, SEARCH_KINDS } from './content-kinds';
import type { EntryTypes, Route } from './routes';
import {
  calendarPath,
  CMS_PATH,
  dataSchemaPath,
  eventCalendarPath,
  feedPath,
  langRoot,
  LOGO,
  openDataPath,
  searchWordsPath,
  SITEMAP_INDEX,
  SITEMAP_NAME,
  socialCardPath,
} from './urls';

export interface ExpectedOutputs {
  /** Files relative to the output folder, with forward slashes. */
  files: string[];
  /** Pages each language's search index must hold. */
  searchPages: Record<Lang, number>;
}

const fileOf = (path: string) => (path.endsWith('/') ? `${path}index.html` : path).slice(1);

/** `downloads`: site paths of files written beside pages (the press pictures). */
export function expectedOutputs<E extends EntryTypes>(
  routes: readonly Route<E>[],
  downloads: readonly string[] = [],
): ExpectedOutputs {
  const has = (kinds: readonly string[], view: string) => kinds.includes(view);
  const editor = CMS_PATH.slice(1);
  const files = new Set<string>([
    '404.html',
    fileOf(SITEMAP_NAME),
    fileOf(SITEMAP_INDEX),
    // The first chunk: the index lists more as the site grows.
    'sitemap-0.xml',
    'robots.txt',
    fileOf(LOGO.path),
    'pagefind/pagefind.js',
    `${editor}index.html`,
    `${editor}config.yml`,
    ...downloads.map(fileOf),
  ]);
  for (const route of routes) {
    files.add(fileOf(route.path));
    if (has(OWN_CARD_KINDS, route.view)) files.add(fileOf(socialCardPath(route.path, route.lang)));
    if (route.view === 'event') files.add(fileOf(eventCalendarPath(route.lang, route.entry.data.slug)));
  }
  for (const lang of LANGS) {
    files.add(fileOf(socialCardPath(langRoot(lang), lang)));
    files.add(fileOf(calendarPath(lang)));
    files.add(fileOf(searchWordsPath(lang)));
    for (const kind of FEED_KINDS) files.add(fileOf(feedPath(collectionOf(kind), lang)));
    for (const kind of OPEN_DATA_KINDS) {
      files.add(fileOf(openDataPath(kind, lang)));
      files.add(fileOf(openDataPath(kind, lang, 'csv')));
    }
  }
  for (const kind of OPEN_DATA_KINDS) files.add(fileOf(dataSchemaPath(kind)));
  const searchPages = Object.fromEntries(
    LANGS.map((lang) => [lang, routes.filter((r) => r.lang === lang && has(SEARCH_KINDS, r.view)).length]),
  ) as Record<Lang, number>;
  return { files: [...files].sort(), searchPages };
}
