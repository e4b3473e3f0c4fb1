// The kinds of content the site shows, in one table: for each kind, the collection it is read
// from, the section its pages live in (with the URL segment in each language), its names in
// the interface, and which of the site's outputs it takes part in. Every other list of kinds
// is derived from this table. A new kind starts here; the compiler then names each module
// that must learn how to show it (see "How to add a content type" in the README).
import type { Lang } from '../i18n/langs';
import type { UiText } from '../i18n/ui';

type UiKey = UiText;

interface KindSpec {
  /** The content collection, named like its folder or file under the content folder. */
  collection: string;
  /**
   * How its files are laid out: a folder per entry with one Markdown file per language
   * (`<id>/index.nb.md`), one YAML file per record (`<id>.yaml`), or a YAML list in one file.
   */
  layout: 'entries' | 'records' | 'list';
  /** The URL segment of its section in each language; null: its pages sit at the language root. */
  segments: Record<Lang, string> | null;
  /** The name of one item, as the search's type filter and the social cards show it. */
  label?: UiKey;
  /** The name of its section and the intro of the section's index. */
  section?: { label: UiKey; intro: UiKey };
  /** Items per page of its index; without it the index is one page. */
  perPage?: number;
  /** Fields that describe the entry itself, which must be the same in both languages. */
  sharedFields?: readonly string[];
  /** Its pages are in the search index (with a type filter named by `label`). */
  searchable?: true;
  /** Its pages have a social card of their own (else the site's card). */
  ownCard?: true;
  /** An RSS feed of its newest entries per language, with this title. */
  feed?: UiKey;
  /** An open-data file per language and a JSON Schema of its record, under this file name. */
  openData?: string;
  /** `npm run new` can start one. */
  scaffold?: true;
}

export const KINDS = {
  solution: {
    collection: 'solutions',
    layout: 'entries',
    segments: { nb: 'losninger', en: 'solutions' },
    label: 'kindSolution',
    section: { label: 'solutions', intro: 'solutionsIntro' },
    sharedFields: ['themes', 'members', 'stage', 'maturity', 'trl', 'sdgs'],
    searchable: true,
    ownCard: true,
    feed: 'feedSolutionsTitle',
    openData: 'solution',
    scaffold: true,
  },
  story: {
    collection: 'stories',
    layout: 'entries',
    segments: { nb: 'historier', en: 'stories' },
    label: 'kindStory',
    section: { label: 'stories', intro: 'storiesIntro' },
    sharedFields: ['member', 'themes'],
    searchable: true,
    ownCard: true,
    openData: 'story',
    scaffold: true,
  },
  news: {
    collection: 'news',
    layout: 'entries',
    segments: { nb: 'nyheter', en: 'news' },
    label: 'kindNews',
    section: { label: 'news', intro: 'newsIntro' },
    perPage: 8,
    sharedFields: ['kind', 'themes'],
    searchable: true,
    ownCard: true,
    feed: 'feedNewsTitle',
    openData: 'news',
    scaffold: true,
  },
  project: {
    collection: 'projects',
    layout: 'entries',
    segments: { nb: 'prosjekter', en: 'projects' },
    label: 'kindProject',
    section: { label: 'projects', intro: 'projectsIntro' },
    sharedFields: ['themes', 'partners', 'lead', 'start', 'end', 'status', 'funding', 'solutions'],
    searchable: true,
    ownCard: true,
    feed: 'feedProjectsTitle',
    openData: 'project',
    scaffold: true,
  },
  event: {
    collection: 'events',
    layout: 'entries',
    segments: { nb: 'arrangementer', en: 'events' },
    label: 'kindEvent',
    section: { label: 'events', intro: 'eventsIntro' },
    sharedFields: [
      'themes',
      'start',
      'end',
      'place',
      'online',
      'organiser',
      'registration',
      'price',
      'language',
      'status',
    ],
    searchable: true,
    ownCard: true,
    feed: 'feedEventsTitle',
    openData: 'event',
    scaffold: true,
  },
  page: {
    collection: 'pages',
    layout: 'entries',
    segments: null,
    label: 'kindPage',
    sharedFields: [],
    searchable: true,
    scaffold: true,
  },
  member: {
    collection: 'members',
    layout: 'records',
    segments: { nb: 'medlemmer', en: 'members' },
    label: 'kindMember',
    section: { label: 'members', intro: 'membersIntro' },
    searchable: true,
    openData: 'member',
    scaffold: true,
  },
  theme: {
    collection: 'themes',
    layout: 'list',
    segments: { nb: 'tema', en: 'themes' },
    label: 'kindTheme',
    section: { label: 'themes', intro: 'themesIntro' },
    searchable: true,
  },
} as const satisfies Record<string, KindSpec>;

type Kinds = typeof KINDS;
export type Kind = keyof Kinds;
/** The kinds whose entry in the table has a field `F` (of type `V`). */
type KindsWith<F extends keyof KindSpec, V = unknown> = {
  [K in Kind]: Kinds[K] extends { [P in F]: infer T } ? (T extends V ? K : never) : never;
}[Kind];

export type CollectionOf<K extends Kind> = Kinds[K]['collection'];
/** Kinds written in Markdown, one file per language in a folder per entry. */
export type EntryKind = KindsWith<'layout', 'entries'>;
/** Kinds with a section of their own: an index and a page per item under its URL segment. */
export type SectionKind = KindsWith<'section'>;
export type PagedKind = KindsWith<'perPage'>;
/** Kinds with a name of their own for one item. */
export type LabelledKind = KindsWith<'label'>;
export type SearchKind = KindsWith<'searchable'>;
export type OwnCardKind = KindsWith<'ownCard'>;
export type FeedKind = KindsWith<'feed'>;
export type OpenDataKind = KindsWith<'openData'>;
export type ScaffoldKind = KindsWith<'scaffold'>;
/** The sections of the kinds, named like their collections ("solutions"). */
export type KindSection = CollectionOf<SectionKind>;
export type EntryCollection = CollectionOf<EntryKind>;

const ALL = Object.keys(KINDS) as Kind[];
const where = <K extends Kind>(test: (spec: KindSpec) => boolean) => ALL.filter((kind) => test(KINDS[kind])) as K[];

/** In the table's order, which is also the order of the translation report and of `npm run new`. */
export const ENTRY_KINDS = where<EntryKind>((spec) => spec.layout === 'entries');
export const SECTION_KINDS = where<SectionKind>((spec) => spec.section !== undefined);
export const SEARCH_KINDS = where<SearchKind>((spec) => spec.searchable === true);
export const OWN_CARD_KINDS = where<OwnCardKind>((spec) => spec.ownCard === true);
export const FEED_KINDS = where<FeedKind>((spec) => spec.feed !== undefined);
export const OPEN_DATA_KINDS = where<OpenDataKind>((spec) => spec.openData !== undefined);
export const SCAFFOLD_KINDS = where<ScaffoldKind>((spec) => spec.scaffold === true);

export const collectionOf = <K extends Kind>(kind: K): CollectionOf<K> => KINDS[kind].collection;
export const isKind = (value: string): value is Kind => value in KINDS;
