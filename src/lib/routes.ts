// The route table: every page the site builds, in both languages, with its translation and
// the entry it shows. One dynamic Astro page renders it, so URLs, the language switcher,
// hreflang and the sitemap all come from this one list. The table is generic over the entry
// types, so that it is tested with plain objects and used with Astro's entries.
import { LANGS, otherLang, type Lang } from '../i18n/langs';
import {
  collectionOf,
  ENTRY_KINDS,
  KINDS,
  SECTION_KINDS,
  type CollectionOf,
  type EntryKind,
  type Kind,
  type PagedKind,
  type SectionKind,
} from './content-kinds';
import { byNewest, paginate } from './sorting';
import type { Translations } from './translations';
import { entryPath, langRoot, pagePath, paginatedPath, sectionPath } from './urls';

/** What the table needs of an entry written in Markdown. */
export type Slugged = {
  data: { slug: string; aliases?: string[]; movedFrom?: string[]; publishDate?: Date; updated?: Date | undefined };
};
/** What it needs of an entry listed in a section index, newest first. */
type Listed = Slugged & { data: { title: string } };

/** The kinds whose items are not Markdown entries: each says what the table needs of it. */
interface ItemTypes {
  member: { id: string };
  theme: { id: string; data: { slug: Record<Lang, string> } };
}

/** The entry type of each kind (content-kinds.ts). */
export type EntryTypes = {
  [K in Kind]: K extends keyof ItemTypes ? ItemTypes[K] : K extends SectionKind ? Listed : Slugged;
};

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
type EntryRoute<E extends EntryTypes> = { [K in Kind]: { view: K; entry: E[K] } }[Kind];

/** A section's index, or one page of it: its kind, the items on this page, its number and the number of pages. */
type IndexRoute<E extends EntryTypes> = {
  [K in SectionKind]: { view: 'index'; kind: K; items: E[K][]; page: { current: number; total: number } };
}[SectionKind];

/**
 * Pages that show no entry of their own. The 404 page, which the host serves for any path, is
 * not in the table (src/pages/404.astro) but has a view, for the page frame.
 */
type PlainView = 'home' | 'search' | 'not-found';
type PlainRoute = { [V in PlainView]: { view: V } }[PlainView];

/** A page of the site: what it shows is given by its view, with what that view needs. */
export type Route<E extends EntryTypes = EntryTypes> = RouteBase &
  (
    | PlainRoute
    | IndexRoute<E>
    | EntryRoute<E>
    /** An earlier path of a page (an alias of `entry`), which sends readers on to `target`. */
    | { view: 'redirect'; target: string; entry: E[EntryKind] }
  );

export type View = Route['view'];
export type RouteOf<V extends View, E extends EntryTypes = EntryTypes> = Extract<Route<E>, { view: V }>;

/** The content of the site: Markdown entries by folder with their translations, the other items as lists. */
export type RouteInput<E extends EntryTypes = EntryTypes> = {
  [K in EntryKind as CollectionOf<K>]: Map<string, Translations<E[K]>>;
} & {
  [K in Exclude<Kind, EntryKind> as CollectionOf<K>]: E[K][];
} & {
  /** Items per index page, where a test wants other numbers than content-kinds.ts. */
  perPage?: Partial<Record<PagedKind, number>>;
};

/** The pages of the items that are not Markdown entries, in each language. */
const ITEM_PATHS: { [K in keyof ItemTypes]: (item: ItemTypes[K], lang: Lang) => string } = {
  member: (item, lang) => entryPath('members', lang, item.id),
  theme: (item, lang) => entryPath('themes', lang, item.data.slug[lang]),
};

type Paths = Record<Lang, string | null>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a route of the table shows, apart from where it is. */
type Content<E extends EntryTypes> = DistributiveOmit<
  Exclude<Route<E>, { view: 'redirect' | 'not-found' }>,
  keyof RouteBase
>;

const isEntryKind = (kind: Kind): kind is EntryKind => KINDS[kind].layout === 'entries';
const hasSection = (kind: Kind): kind is SectionKind => 'section' in KINDS[kind];

/** Where an entry of a kind is: in its section, or at the language root. */
function entryPathOf(kind: EntryKind, lang: Lang, slug: string): string {
  return hasSection(kind) ? entryPath(collectionOf(kind), lang, slug) : pagePath(lang, slug);
}

/** Where the switcher leads from an entry of a kind that has no translation. */
function fallbackOf(kind: Kind): (lang: Lang) => string {
  return hasSection(kind) ? (lang) => sectionPath(collectionOf(kind), lang) : langRoot;
}

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
  // The table is generic over the kinds; these two read the input of one kind without naming it.
  const groupsOf = (kind: EntryKind) =>
    (input as unknown as Record<string, Map<string, Translations<Slugged>>>)[collectionOf(kind)]!;
  const itemsOf = <K extends SectionKind>(kind: K, lang: Lang): E[K][] =>
    (isEntryKind(kind)
      ? entriesIn(groupsOf(kind) as Map<string, Translations<Listed>>, lang).sort(byNewest)
      : (input as unknown as Record<string, unknown[]>)[collectionOf(kind)]!) as E[K][];

  for (const lang of LANGS) {
    add(lang, both(langRoot), { view: 'home' }, langRoot);

    for (const kind of SECTION_KINDS) {
      const index = fallbackOf(kind);
      const perPage: number | undefined = input.perPage?.[kind as PagedKind] ?? KINDS[kind as PagedKind].perPage;
      const pages = paginate(itemsOf(kind, lang), perPage ?? Infinity);
      pages.forEach((items, i) => {
        const current = i + 1;
        // Only the first pages pair up: page 3 in one language is not a translation of page 3 in the other.
        const paths = both((l) => (l === lang || current === 1 ? paginatedPath(collectionOf(kind), l, current) : null));
        const page = { current, total: pages.length };
        add(lang, paths, { view: 'index', kind, items, page } as Content<E>, index);
      });
    }

    for (const kind of ENTRY_KINDS) {
      for (const group of groupsOf(kind).values()) {
        const entry = group[lang];
        if (!entry) continue;
        const paths = both((l) => (group[l] ? entryPathOf(kind, l, group[l].data.slug) : null));
        add(lang, paths, { view: kind, entry } as Content<E>, fallbackOf(kind), entry);
      }
      // Earlier slugs keep working: each alias becomes a page that sends readers on.
      for (const entry of entriesIn(groupsOf(kind), lang)) {
        const target = entryPathOf(kind, lang, entry.data.slug);
        // So do its addresses in another section (a news item that became an event).
        const earlier = [
          ...(entry.data.aliases ?? []).map((alias) => entryPathOf(kind, lang, alias)),
          ...(entry.data.movedFrom ?? []),
        ];
        for (const path of earlier) {
          routes.push({ path, lang, view: 'redirect', target, entry, translation: null, switchTo: target } as Route<E>);
        }
      }
    }

    for (const kind of Object.keys(ITEM_PATHS) as (keyof ItemTypes)[]) {
      const path = ITEM_PATHS[kind] as (item: unknown, lang: Lang) => string;
      for (const entry of input[collectionOf(kind)]) {
        add(
          lang,
          both((l) => path(entry, l)),
          { view: kind, entry } as Content<E>,
          fallbackOf(kind),
        );
      }
    }

    const search = (l: Lang) => sectionPath('search', l);
    add(lang, both(search), { view: 'search' }, search);
  }
  return routes;
}

/** The entries of a collection that exist in one language. */
export function entriesIn<E>(groups: Map<string, Translations<E>>, lang: Lang): E[] {
  return [...groups.values()].flatMap((group) => (group[lang] ? [group[lang]] : []));
}
