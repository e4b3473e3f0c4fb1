// The route table: every page the site builds, in both languages, with its translation.
// One dynamic Astro page renders it, so URLs, the language switcher, hreflang and the
// sitemap all come from this one list.
import { LANGS, otherLang, type Lang } from '../i18n/langs';
import type { Section } from '../i18n/segments';
import { paginate } from './sorting';
import type { Translations } from './translations';
import { entryPath, langRoot, pagePath, paginatedPath, sectionPath } from './urls';

export type View =
  | 'home'
  | 'solution-index'
  | 'solution'
  | 'story-index'
  | 'story'
  | 'news-index'
  | 'news'
  | 'member-index'
  | 'member'
  | 'theme-index'
  | 'search'
  | 'redirect'
  | 'theme'
  | 'page';

export interface Route {
  /** Path from the site root, with leading and trailing slash. */
  path: string;
  lang: Lang;
  view: View;
  /** The entry folder, member id or theme id the page shows; for a redirect, the path it leads to. */
  ref?: string;
  /** For paginated indexes: this page's number and the number of pages. */
  page?: { current: number; total: number };
  /** The same page in the other language, if it exists (used for hreflang). */
  translation: string | null;
  /** Where the language switcher leads: the translation, or the other language's section index. */
  switchTo: string;
  /** When the content of an entry page last changed (for the sitemap). */
  lastModified?: Date;
}

type Slugged = { data: { slug: string; aliases?: string[]; publishDate?: Date; updated?: Date | undefined } };

export interface RouteInput {
  solutions: Map<string, Translations<Slugged>>;
  stories: Map<string, Translations<Slugged>>;
  news: Map<string, Translations<Slugged>>;
  pages: Map<string, Translations<Slugged>>;
  memberIds: string[];
  themes: { id: string; slug: Record<Lang, string> }[];
  newsPerPage: number;
}

const DETAIL_SECTIONS = [
  ['solutions', 'solution-index', 'solution'],
  ['stories', 'story-index', 'story'],
] as const satisfies readonly (readonly [Section & keyof RouteInput, View, View])[];

export function buildRoutes(input: RouteInput): Route[] {
  const routes: Route[] = [];
  const add = (
    lang: Lang,
    paths: Record<Lang, string | null>,
    rest: Pick<Route, 'view' | 'ref' | 'page' | 'lastModified'>,
    fallback: (l: Lang) => string,
  ) => {
    const path = paths[lang];
    if (path === null) return;
    const translation = paths[otherLang(lang)];
    routes.push({ path, lang, ...rest, translation, switchTo: translation ?? fallback(otherLang(lang)) });
  };
  const both = (make: (lang: Lang) => string | null): Record<Lang, string | null> => ({
    nb: make('nb'),
    en: make('en'),
  });
  const entryPaths = (group: Translations<Slugged>, path: (l: Lang, slug: string) => string) =>
    both((l) => (group[l] ? path(l, group[l].data.slug) : null));

  for (const lang of LANGS) {
    add(lang, both(langRoot), { view: 'home' }, langRoot);

    for (const [section, indexView, detailView] of DETAIL_SECTIONS) {
      const index = (l: Lang) => sectionPath(section, l);
      add(lang, both(index), { view: indexView }, index);
      for (const [folder, group] of input[section]) {
        const rest = { view: detailView, ref: folder, ...modified(group[lang]) };
        add(
          lang,
          entryPaths(group, (l, slug) => entryPath(section, l, slug)),
          rest,
          index,
        );
      }
    }

    const newsIndex = (l: Lang) => sectionPath('news', l);
    const newsPages = paginate(entriesIn(input.news, lang), input.newsPerPage);
    newsPages.forEach((_, i) => {
      const current = i + 1;
      // Only the first pages pair up: page 3 in one language is not a translation of page 3 in the other.
      const paths = both((l) => (l === lang || current === 1 ? paginatedPath('news', l, current) : null));
      add(lang, paths, { view: 'news-index', page: { current, total: newsPages.length } }, newsIndex);
    });
    for (const [folder, group] of input.news) {
      const rest = { view: 'news' as const, ref: folder, ...modified(group[lang]) };
      add(
        lang,
        entryPaths(group, (l, slug) => entryPath('news', l, slug)),
        rest,
        newsIndex,
      );
    }

    const membersIndex = (l: Lang) => sectionPath('members', l);
    add(lang, both(membersIndex), { view: 'member-index' }, membersIndex);
    for (const id of input.memberIds) {
      add(
        lang,
        both((l) => entryPath('members', l, id)),
        { view: 'member', ref: id },
        membersIndex,
      );
    }

    const themesIndex = (l: Lang) => sectionPath('themes', l);
    add(lang, both(themesIndex), { view: 'theme-index' }, themesIndex);
    for (const theme of input.themes) {
      add(
        lang,
        both((l) => entryPath('themes', l, theme.slug[l])),
        { view: 'theme', ref: theme.id },
        themesIndex,
      );
    }

    const search = (l: Lang) => sectionPath('search', l);
    add(lang, both(search), { view: 'search' }, search);

    for (const [folder, group] of input.pages) {
      add(lang, entryPaths(group, pagePath), { view: 'page', ref: folder, ...modified(group[lang]) }, langRoot);
    }

    // Earlier slugs keep working: each alias becomes a page that sends readers on.
    const aliasSources: [Map<string, Translations<Slugged>>, (slug: string) => string][] = [
      [input.solutions, (slug) => entryPath('solutions', lang, slug)],
      [input.stories, (slug) => entryPath('stories', lang, slug)],
      [input.news, (slug) => entryPath('news', lang, slug)],
      [input.pages, (slug) => pagePath(lang, slug)],
    ];
    for (const [groups, path] of aliasSources) {
      for (const entry of entriesIn(groups, lang)) {
        for (const alias of entry.data.aliases ?? []) {
          const target = path(entry.data.slug);
          routes.push({ path: path(alias), lang, view: 'redirect', ref: target, translation: null, switchTo: target });
        }
      }
    }
  }
  return routes;
}

function modified(entry: Slugged | undefined): { lastModified?: Date } {
  const date = entry?.data.updated ?? entry?.data.publishDate;
  return date ? { lastModified: date } : {};
}

/** The entries of a collection that exist in one language. */
export function entriesIn<E>(groups: Map<string, Translations<E>>, lang: Lang): E[] {
  return [...groups.values()].flatMap((group) => (group[lang] ? [group[lang]] : []));
}
