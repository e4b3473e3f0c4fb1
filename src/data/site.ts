// Loads all content once per build, checks the rules that span entries, leaves out drafts
// and scheduled entries (except in `astro dev`), and builds the route table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CONTENT_ROOT } from './content-root';
import { markupChecks } from './markup-checks';
import { LOCALES } from '../i18n/langs';
import { idSources, readLedgerOf, splitFrontmatter } from '../lib/content-files';
import { expectedOutputs } from '../lib/build-outputs';
import { ledgerProblems, publicUrls } from '../lib/url-ledger';
import {
  collectionOf,
  ENTRY_KINDS,
  type CollectionOf,
  type EntryCollection,
  type EntryKind,
  type Kind,
} from '../lib/content-kinds';
import { findProblems, formatProblems, type Article as RuleArticle } from '../lib/content-rules';
import { buildTime, isPublished } from '../lib/dates';
import { memoizePerObject } from '../lib/memoize';
import { pictureProblems } from '../lib/picture-rules';
import { routeClaimProblems } from '../lib/route-claims';
import { buildRoutes, type Route, type RouteOf, type View } from '../lib/routes';
import type { TermGroup } from '../lib/search-keywords';
import { byName } from '../lib/sorting';
import { groupByFolder, type Translations } from '../lib/translations';

/** The verdicts on the content's pictures, kept between builds in Astro's cache folder like its images. */
const PICTURE_CHECKS = import.meta.env.BUILD_CACHE_DIR && join(import.meta.env.BUILD_CACHE_DIR, 'picture-checks.json');

/** The entry of each kind, as Astro's content layer gives it. */
export type SiteEntries = { [K in Kind]: CollectionEntry<CollectionOf<K>> };
export type Solution = SiteEntries['solution'];
export type Story = SiteEntries['story'];
export type News = SiteEntries['news'];
export type Project = SiteEntries['project'];
export type Event = SiteEntries['event'];
export type Page = SiteEntries['page'];
export type Member = SiteEntries['member'];
export type Theme = SiteEntries['theme'];
export type Fact = CollectionEntry<'facts'>;

/** A page of the site, with the entry it shows. */
export type SiteRoute = Route<SiteEntries>;
/** The route of a view (or of one of several views). */
export type ViewRoute<V extends View> = RouteOf<V, SiteEntries>;

/** The Markdown entries of each kind, by folder, with their translations. */
type EntriesByFolder = { [K in EntryKind as CollectionOf<K>]: Map<string, Translations<SiteEntries[K]>> };

export interface Site extends EntriesByFolder {
  /** True in `astro dev`: drafts and scheduled entries are shown with a banner. */
  preview: boolean;
  /** The build's "now" (see buildTime). */
  now: Date;
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

type Article = SiteEntries[EntryKind];

async function load(): Promise<Site> {
  const [entryLists, members, themes, facts, settings, searchTerms] = await Promise.all([
    Promise.all(ENTRY_KINDS.map(async (kind) => sortById<Article>(await getCollection(collectionOf(kind))))),
    getCollection('members'),
    getCollection('themes'),
    getCollection('facts'),
    getCollection('site'),
    getCollection('searchTerms'),
  ]);
  const entries = ENTRY_KINDS.map((kind, i) => ({ collection: collectionOf(kind), list: entryLists[i]! }));
  const articles = entries.flatMap(({ collection, list }) => asArticles(collection, list));
  const markup = markupChecks();
  const rules = findProblems({
    articles,
    checkMarkup: markup.check,
    themes: themes.map((t) => ({ id: t.id, slug: t.data.slug })),
    members: members.map((m) => ({
      id: m.id,
      filePath: m.filePath ?? `${CONTENT_ROOT}/members/${m.id}.yaml`,
      themes: m.data.themes,
      data: m.data,
    })),
    themesFile: `${CONTENT_ROOT}/themes.yaml`,
    ids: idSources(CONTENT_ROOT),
    now: buildTime(process.env),
  });
  await markup.save();
  const memberList = [...members].sort(byName((m) => m.data.name, LOCALES.nb));
  const themeList = [...themes].sort(byName((t) => t.data.name.nb, LOCALES.nb));
  const byFolder = (select: (list: Article[]) => Article[]) =>
    Object.fromEntries(
      entries.map(({ collection, list }) => [collection, groupByFolder(select(list))]),
    ) as unknown as EntriesByFolder;
  const routesOf = (entriesByFolder: EntriesByFolder) =>
    buildRoutes<SiteEntries>({ ...entriesByFolder, members: memberList, themes: themeList });
  // The same checks in the same order as check:content: the rules, the route table's claims
  // when the rules pass (drafts and scheduled entries claim their paths too: a page that is not
  // yet live must not collide with one that is), and the pictures.
  const fileOf = (entry: object) => (entry as { filePath?: string }).filePath ?? '(unknown file)';
  const problems = [
    ...(rules.length ? rules : routeClaimProblems(routesOf(byFolder((list) => list)), fileOf)),
    ...(await pictureProblems(CONTENT_ROOT, articles, PICTURE_CHECKS)),
  ];
  if (problems.length) throw new Error(formatProblems(problems));
  const siteSettings = settings[0];
  if (!siteSettings) throw new Error(`${CONTENT_ROOT}/site.yaml is missing its "site:" entry.`);

  // MODE, not DEV: DEV follows NODE_ENV, which test runners set to "test" even for a production build.
  const preview = import.meta.env.MODE === 'development';
  const now = buildTime(process.env);
  // Static pages have neither a draft flag nor a publish date: they are always live.
  const publishing = (e: Article) => e.data as { draft?: boolean; publishDate?: Date };
  const live = (list: Article[]) => (preview ? list : list.filter((e) => isPublished(publishing(e), now)));

  const site: Omit<Site, 'routes'> = {
    preview,
    now,
    ...byFolder(live),
    members: new Map(memberList.map((m) => [m.id, m])),
    themes: new Map(themeList.map((t) => [t.id, t])),
    facts: [...facts].sort((a, b) => a.data.order - b.data.order),
    searchTerms: searchTerms.map((group) => group.data),
    settings: siteSettings.data,
  };
  const routes = routesOf(site);
  // Every published URL is still built (or the build says which alias would keep it).
  const ledger = readLedgerOf(CONTENT_ROOT);
  const built = publicUrls(expectedOutputs(routes).files);
  const lost = ledger ? ledgerProblems(ledger.urls, built, ledger.file) : [];
  if (lost.length) throw new Error(formatProblems(lost));
  return { ...site, routes };
}

/** The first page of each entry, found once per site (the open data asks for every entry). */
const entryRoutesOf = memoizePerObject((site: Site) => {
  const routes = new Map<object, SiteRoute>();
  for (const route of site.routes) if ('entry' in route && !routes.has(route.entry)) routes.set(route.entry, route);
  return routes;
});

/** The page that shows an entry, if it has one. */
export const routeOfEntry = (site: Site, entry: object): SiteRoute | undefined => entryRoutesOf(site).get(entry);

/** In `astro dev`, whether to show the "not yet on the site" banner for an entry. */
export function isUnpublishedPreview(site: Site, data: { draft?: boolean; publishDate?: Date }): boolean {
  return site.preview && !isPublished(data, site.now);
}

function asArticles(collection: EntryCollection, entries: Article[]): RuleArticle[] {
  return entries.map((e) => {
    const filePath = e.filePath ?? `${CONTENT_ROOT}/${collection}/${e.id}`;
    // As written, so that the rules see what check:content sees, with the lines of the file.
    const { yaml, body, bodyLine } = splitFrontmatter(readFileSync(filePath, 'utf8'));
    return { collection, id: e.id, filePath, data: e.data, frontmatter: yaml, body: { text: body, line: bodyLine } };
  });
}

/** getCollection() order is not stable between builds: sort before anything depends on it. */
function sortById<E extends { id: string }>(entries: E[]): E[] {
  return [...entries].sort((a, b) => a.id.localeCompare(b.id));
}
