// Loads all content once per build, checks the rules that span entries, leaves out drafts
// and scheduled entries (except in `astro dev`), and builds the route table.
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_ROOT } from './content-root';
import { LOCALES } from '../i18n/langs';
import { splitFrontmatter } from '../lib/content-files';
import { findProblems, formatProblems, type Article, type ArticleCollection } from '../lib/content-rules';
import { buildTime, isPublished } from '../lib/dates';
import { buildRoutes, NEWS_PER_PAGE, type Route, type RouteOf, type View } from '../lib/routes';
import type { TermGroup } from '../lib/search-keywords';
import { byName } from '../lib/sorting';
import { groupByFolder, type Translations } from '../lib/translations';

export type Solution = CollectionEntry<'solutions'>;
export type Story = CollectionEntry<'stories'>;
export type News = CollectionEntry<'news'>;
export type Page = CollectionEntry<'pages'>;
export type Member = CollectionEntry<'members'>;
export type Theme = CollectionEntry<'themes'>;
export type Fact = CollectionEntry<'facts'>;

/** The entries the pages of this site show. */
export interface SiteEntries {
  solution: Solution;
  story: Story;
  news: News;
  page: Page;
  member: Member;
  theme: Theme;
}
/** A page of the site, with the entry it shows. */
export type SiteRoute = Route<SiteEntries>;
/** The route of a view (or of one of several views). */
export type ViewRoute<V extends View> = RouteOf<V, SiteEntries>;

export interface Site {
  /** True in `astro dev`: drafts and scheduled entries are shown with a banner. */
  preview: boolean;
  /** The build's "now" (see buildTime). */
  now: Date;
  solutions: Map<string, Translations<Solution>>;
  stories: Map<string, Translations<Story>>;
  news: Map<string, Translations<News>>;
  pages: Map<string, Translations<Page>>;
  members: Map<string, Member>;
  themes: Map<string, Theme>;
  facts: Fact[];
  /** Synonym and compound groups for the search keyword layer. */
  searchTerms: TermGroup[];
  settings: CollectionEntry<'site'>['data'];
  routes: SiteRoute[];
}

let loaded: Promise<Site> | undefined;

/** The whole site's content, loaded and checked once. */
export function loadSite(): Promise<Site> {
  loaded ??= load();
  return loaded;
}

async function load(): Promise<Site> {
  const [solutions, stories, news, pages, members, themes, facts, settings, searchTerms] = await Promise.all([
    getCollection('solutions'),
    getCollection('stories'),
    getCollection('news'),
    getCollection('pages'),
    getCollection('members'),
    getCollection('themes'),
    getCollection('facts'),
    getCollection('site'),
    getCollection('searchTerms'),
  ]);
  const articles: Article[] = [
    ...asArticles('solutions', sortById(solutions)),
    ...asArticles('stories', sortById(stories)),
    ...asArticles('news', sortById(news)),
    ...asArticles('pages', sortById(pages)),
  ];
  const problems = findProblems({
    articles,
    themes: themes.map((t) => ({ id: t.id, slug: t.data.slug })),
    members: members.map((m) => ({ id: m.id, filePath: m.filePath ?? `${CONTENT_ROOT}/members/${m.id}.yaml` })),
    themesFile: `${CONTENT_ROOT}/themes.yaml`,
  });
  if (problems.length) throw new Error(formatProblems(problems));
  const siteSettings = settings[0];
  if (!siteSettings) throw new Error(`${CONTENT_ROOT}/site.yaml is missing its "site:" entry.`);

  // MODE, not DEV: DEV follows NODE_ENV, which test runners set to "test" even for a production build.
  const preview = import.meta.env.MODE === 'development';
  const now = buildTime(process.env);
  const live = <E extends { data: { draft?: boolean; publishDate?: Date } }>(entries: E[]) =>
    preview ? entries : entries.filter((e) => isPublished(e.data, now));

  const memberList = [...members].sort(byName((m) => m.data.name, LOCALES.nb));
  const themeList = [...themes].sort(byName((t) => t.data.name.nb, LOCALES.nb));
  const site: Omit<Site, 'routes'> = {
    preview,
    now,
    solutions: groupByFolder(sortById(live(solutions))),
    stories: groupByFolder(sortById(live(stories))),
    news: groupByFolder(sortById(live(news))),
    pages: groupByFolder(sortById(pages)),
    members: new Map(memberList.map((m) => [m.id, m])),
    themes: new Map(themeList.map((t) => [t.id, t])),
    facts: [...facts].sort((a, b) => a.data.order - b.data.order),
    searchTerms: searchTerms.map((group) => group.data),
    settings: siteSettings.data,
  };
  const routes = buildRoutes<SiteEntries>({
    ...site,
    members: memberList,
    themes: themeList,
    newsPerPage: NEWS_PER_PAGE,
  });
  return { ...site, routes };
}

/** In `astro dev`, whether to show the "not yet on the site" banner for an entry. */
export function isUnpublishedPreview(site: Site, data: { draft?: boolean; publishDate?: Date }): boolean {
  return site.preview && !isPublished(data, site.now);
}

function asArticles(collection: ArticleCollection, entries: (Solution | Story | News | Page)[]): Article[] {
  return entries.map((e) => {
    const filePath = e.filePath ?? `${CONTENT_ROOT}/${collection}/${e.id}`;
    return { collection, id: e.id, filePath, data: e.data, frontmatter: readFrontmatter(filePath) };
  });
}

function readFrontmatter(filePath: string): string {
  return splitFrontmatter(readFileSync(filePath, 'utf8')).yaml;
}

/** getCollection() order is not stable between builds: sort before anything depends on it. */
function sortById<E extends { id: string }>(entries: E[]): E[] {
  return [...entries].sort((a, b) => a.id.localeCompare(b.id));
}
