// The route table: every page the site builds, in both languages, with its translation and
// the entry it shows. One dynamic Astro page renders it, so URLs, the language switcher,
// hreflang and the sitemap all come from this one list. The table is generic over the entry
// types, so that it is tested with plain objects and used with Astro's entries.
import { LANGS, otherLang, type Lang } from '../i18n/langs';
import { paginate } from './sorting';
import type { Translations } from './translations';
import { entryPath, langRoot, pagePath, paginatedPath, sectionPath } from './urls';

/** News items on each page of the news list. */
export const NEWS_PER_PAGE = 8;

/** What the table needs of an entry written in Markdown. */
export type Slugged = { data: { slug: string; aliases?: string[]; publishDate?: Date; updated?: Date | undefined } };

/** The entry type of each kind of page that shows one entry. */
export interface EntryTypes {
  solution: Slugged;
  story: Slugged;
  news: Slugged;
  page: Slugged;
  member: { id: string };
  theme: { id: string; data: { slug: Record<Lang, string> } };
}

interface RouteBase {
  /** Path from the site root, with leading and trailing slash. */
  path: string;
  lang: Lang;
  /** The same page in the other language, if it exists (used for hreflang). */
  translation: string | null;
  /** Where the language switcher leads: the translation, or the other language's section index. */
  switchTo: string;
  /** When the content of an entry page last changed (for the sitemap). */
  lastModified?: Date;
}

/** Pages that show one entry: the view is named after the kind of entry. */
type EntryRoute<E extends EntryTypes> = { [K in keyof EntryTypes]: { view: K; entry: E[K] } }[keyof EntryTypes];

/**
 * Pages that show no entry of their own. The 404 page, which the host serves for any path, is
 * not in the table (src/pages/404.astro) but has a view, for the page frame.
 */
type PlainView = 'home' | 'solution-index' | 'story-index' | 'member-index' | 'theme-index' | 'search' | 'not-found';
type PlainRoute = { [V in PlainView]: { view: V } }[PlainView];

/** A page of the site: what it shows is given by its view, with what that view needs. */
export type Route<E extends EntryTypes = EntryTypes> = RouteBase &
  (
    | PlainRoute
    /** Paginated: this page's number and the number of pages. */
    | { view: 'news-index'; page: { current: number; total: number } }
    | EntryRoute<E>
    /** An earlier path of a page, which sends readers on to `target`. */
    | { view: 'redirect'; target: string }
  );

export type View = Route['view'];
export type RouteOf<V extends View, E extends EntryTypes = EntryTypes> = Extract<Route<E>, { view: V }>;

export interface RouteInput<E extends EntryTypes = EntryTypes> {
  solutions: Map<string, Translations<E['solution']>>;
  stories: Map<string, Translations<E['story']>>;
  news: Map<string, Translations<E['news']>>;
  pages: Map<string, Translations<E['page']>>;
  members: E['member'][];
  themes: E['theme'][];
  newsPerPage: number;
}

type Paths = Record<Lang, string | null>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a route of the table shows, apart from where it is. */
type Content<E extends EntryTypes> = DistributiveOmit<
  Exclude<Route<E>, { view: 'redirect' | 'not-found' }>,
  keyof RouteBase
>;

export function buildRoutes<E extends EntryTypes>(input: RouteInput<E>): Route<E>[] {
  const routes: Route<E>[] = [];
  const add = (lang: Lang, paths: Paths, content: Content<E>, fallback: (l: Lang) => string, modified?: Slugged) => {
    const path = paths[lang];
    if (path === null) return;
    const translation = paths[otherLang(lang)];
    const date = modified?.data.updated ?? modified?.data.publishDate;
    const base = { path, lang, translation, switchTo: translation ?? fallback(otherLang(lang)) };
    routes.push({ ...base, ...(date ? { lastModified: date } : {}), ...content } as Route<E>);
  };
  const both = (make: (lang: Lang) => string | null): Paths => ({ nb: make('nb'), en: make('en') });

  for (const lang of LANGS) {
    /** The page of each entry of a collection in this language, paired with its translation. */
    const entryPages = <K extends 'solution' | 'story' | 'news' | 'page'>(
      view: K,
      groups: Map<string, Translations<E[K]>>,
      path: (l: Lang, slug: string) => string,
      fallback: (l: Lang) => string,
    ) => {
      for (const group of groups.values()) {
        const entry = group[lang];
        if (!entry) continue;
        const paths = both((l) => (group[l] ? path(l, group[l].data.slug) : null));
        add(lang, paths, { view, entry } as Content<E>, fallback, entry);
      }
    };

    add(lang, both(langRoot), { view: 'home' }, langRoot);

    const solutionsIndex = (l: Lang) => sectionPath('solutions', l);
    add(lang, both(solutionsIndex), { view: 'solution-index' }, solutionsIndex);
    entryPages('solution', input.solutions, (l, slug) => entryPath('solutions', l, slug), solutionsIndex);

    const storiesIndex = (l: Lang) => sectionPath('stories', l);
    add(lang, both(storiesIndex), { view: 'story-index' }, storiesIndex);
    entryPages('story', input.stories, (l, slug) => entryPath('stories', l, slug), storiesIndex);

    const newsIndex = (l: Lang) => sectionPath('news', l);
    const newsPages = paginate(entriesIn(input.news, lang), input.newsPerPage);
    newsPages.forEach((_, i) => {
      const current = i + 1;
      // Only the first pages pair up: page 3 in one language is not a translation of page 3 in the other.
      const paths = both((l) => (l === lang || current === 1 ? paginatedPath('news', l, current) : null));
      add(lang, paths, { view: 'news-index', page: { current, total: newsPages.length } }, newsIndex);
    });
    entryPages('news', input.news, (l, slug) => entryPath('news', l, slug), newsIndex);

    const membersIndex = (l: Lang) => sectionPath('members', l);
    add(lang, both(membersIndex), { view: 'member-index' }, membersIndex);
    for (const entry of input.members) {
      add(
        lang,
        both((l) => entryPath('members', l, entry.id)),
        { view: 'member', entry },
        membersIndex,
      );
    }

    const themesIndex = (l: Lang) => sectionPath('themes', l);
    add(lang, both(themesIndex), { view: 'theme-index' }, themesIndex);
    for (const entry of input.themes) {
      add(
        lang,
        both((l) => entryPath('themes', l, entry.data.slug[l])),
        { view: 'theme', entry },
        themesIndex,
      );
    }

    const search = (l: Lang) => sectionPath('search', l);
    add(lang, both(search), { view: 'search' }, search);

    entryPages('page', input.pages, pagePath, langRoot);

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
          routes.push({ path: path(alias), lang, view: 'redirect', target, translation: null, switchTo: target });
        }
      }
    }
  }
  return routes;
}

/** The entries of a collection that exist in one language. */
export function entriesIn<E>(groups: Map<string, Translations<E>>, lang: Lang): E[] {
  return [...groups.values()].flatMap((group) => (group[lang] ? [group[lang]] : []));
}
