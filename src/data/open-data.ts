// Builds the open-data files from the content (see src/lib/open-data.ts for the schema).
import { absoluteHref } from './href';
import { pressPictureOf, type Picture } from './press-pictures';
import {
  routeOfEntry,
  type Event,
  type Member,
  type News,
  type Project,
  type Site,
  type SiteRoute,
  type Solution,
  type Story,
} from './site';
import { otherLang, type Lang } from '../i18n/langs';
import { sectionLabel } from '../i18n/segments';
import { t } from '../i18n/ui';
import { collectionOf, OPEN_DATA_KINDS, type KindSection, type OpenDataKind } from '../lib/content-kinds';
import { isoDate, lastUpdated } from '../lib/dates';
import { dataCatalog } from '../lib/json-ld';
import { isoWithOffset } from '../lib/local-time';
import {
  DATA_LICENCE,
  type EventRecord,
  type MemberRecord,
  type NewsRecord,
  type ProjectRecord,
  type SolutionRecord,
  type StoryRecord,
} from '../lib/open-data';
import { projectStatus } from '../lib/project-status';
import type { Translations } from '../lib/translations';
import {
  EVENT_STATUSES,
  MATURITIES,
  MEMBER_KINDS,
  NEWS_KINDS,
  PROJECT_STATUSES,
  SDGS,
  STAGES,
  VERIFICATIONS,
} from '../lib/taxonomy';
import { dataSchemaPath, entryPath, eventCalendarPath, langRoot, openDataPath } from '../lib/urls';

type SiteUrl = URL | undefined;

const themesOf = (site: Site, ids: readonly string[], lang: Lang) =>
  ids.flatMap((id) => (site.themes.get(id) ? [{ id, name: site.themes.get(id)!.data.name[lang] }] : []));

const memberOf = (site: Site, id: string, lang: Lang, siteUrl: SiteUrl) => {
  const member = site.members.get(id);
  return member ? { id, name: member.data.name, url: absoluteHref(entryPath('members', lang, id), siteUrl) } : null;
};

const membersOf = (site: Site, ids: readonly string[], lang: Lang, siteUrl: SiteUrl) =>
  ids.flatMap((id) => memberOf(site, id, lang, siteUrl) ?? []);

const contactOf = (person: Solution['data']['pressContact']) => ({ ...person, phone: person.phone ?? null });

type PageEntry = Solution | Project | Story | News | Event;

/** An entry in the file's language, or else in the other one (which its record then names). */
function inFileLanguage<E extends PageEntry>(group: Translations<E>, lang: Lang): { entry: E; lang: Lang } | null {
  const own = group[lang];
  if (own) return { entry: own, lang };
  const other = group[otherLang(lang)];
  return other ? { entry: other, lang: otherLang(lang) } : null;
}

/** The part of a record that every page of a section has, in the language of the entry. */
function pageRecord<E extends PageEntry>(
  site: Site,
  section: KindSection,
  folder: string,
  group: Translations<E>,
  fileLang: Lang,
  siteUrl: SiteUrl,
) {
  const found = inFileLanguage(group, fileLang);
  if (!found) return null;
  const { entry, lang } = found;
  const { data } = entry;
  const translation = group[otherLang(lang)];
  const url = (path: string) => absoluteHref(path, siteUrl);
  const route = routeOfEntry(site, entry) as (SiteRoute & { entry: E }) | undefined;
  return {
    data: data as E['data'],
    lang,
    route,
    record: {
      id: folder,
      url: url(entryPath(section, lang, data.slug)),
      language: lang,
      translation: translation ? url(entryPath(section, otherLang(lang), translation.data.slug)) : null,
      title: data.title,
      summary: data.summary,
      published: isoDate(data.publishDate),
      updated: isoDate(lastUpdated(data) ?? data.publishDate),
      sample: data.sample,
      themes: themesOf(site, data.themes, lang),
    },
  };
}

/** What pageRecord gives of an entry. */
type Page<E extends PageEntry> = NonNullable<ReturnType<typeof pageRecord<E>>>;
/** The fields a kind adds to the common part of a record. */
type Fields<R> = Omit<R, keyof Page<PageEntry>['record']>;

/** The press picture of a page, with its text. */
function pictureRecord(route: SiteRoute | undefined, picture: Picture | undefined, siteUrl: SiteUrl) {
  const press = route && pressPictureOf(route);
  if (!press || !picture) return null;
  const { alt, credit, licence } = picture;
  return { url: absoluteHref(press.path, siteUrl), alt, credit, licence };
}

const solutionFields = (site: Site, { data, lang, route }: Page<Solution>, siteUrl: SiteUrl) =>
  ({
    members: membersOf(site, data.members, lang, siteUrl),
    stage: { id: data.stage, name: STAGES[data.stage][lang] },
    maturity: { id: data.maturity, name: MATURITIES[data.maturity][lang] },
    trl: data.trl ?? null,
    sdgs: data.sdgs.map((goal) => ({ number: goal, name: SDGS[goal]?.[lang] ?? '' })),
    impact: data.impact.map((row) => ({
      label: row.label,
      value: row.value,
      unit: row.unit,
      year: row.year,
      baseline: row.baseline ?? null,
      source: row.source,
      verification: { id: row.verification, name: VERIFICATIONS[row.verification][lang] },
    })),
    region: data.region ?? null,
    image: pictureRecord(route, data.hero, siteUrl)!,
    pressContact: contactOf(data.pressContact),
    links: data.links,
  }) satisfies Fields<SolutionRecord>;

function projectFields(site: Site, { data, lang, route }: Page<Project>, siteUrl: SiteUrl) {
  const status = projectStatus(data, site.now);
  const url = (path: string) => absoluteHref(path, siteUrl);
  return {
    partners: membersOf(site, data.partners, lang, siteUrl),
    lead: data.lead,
    start: isoDate(data.start),
    end: data.end ? isoDate(data.end) : null,
    status: { id: status, name: PROJECT_STATUSES[status][lang] },
    funding: data.funding.map((grant) => ({
      funder: grant.funder,
      programme: grant.programme ?? null,
      amount: grant.amount ?? null,
      source: grant.source ?? null,
    })),
    solutions: data.solutions.map((id) => {
      const solution = site.solutions.get(id)?.[lang];
      return { id, url: solution ? url(entryPath('solutions', lang, solution.data.slug)) : null };
    }),
    contact: data.contact ? contactOf(data.contact) : null,
    links: data.links,
    image: pictureRecord(route, data.image, siteUrl),
  } satisfies Fields<ProjectRecord>;
}

const storyFields = (site: Site, { data, lang, route }: Page<Story>, siteUrl: SiteUrl) =>
  ({
    member: memberOf(site, data.member, lang, siteUrl),
    person: data.person,
    image: pictureRecord(route, data.image, siteUrl),
  }) satisfies Fields<StoryRecord>;

const newsFields = (_site: Site, { data, lang, route }: Page<News>, siteUrl: SiteUrl) =>
  ({
    kind: { id: data.kind, name: NEWS_KINDS[data.kind][lang] },
    author: data.author,
    image: pictureRecord(route, data.image, siteUrl),
  }) satisfies Fields<NewsRecord>;

function eventFields(site: Site, { data, lang, route }: Page<Event>, siteUrl: SiteUrl) {
  const { place, registration } = data;
  return {
    start: isoWithOffset(data.start),
    end: isoWithOffset(data.end),
    place: place
      ? { name: place.name, address: place.address ?? null, lat: place.lat ?? null, lon: place.lon ?? null }
      : null,
    online: data.online ?? null,
    organiser: memberOf(site, data.organiser, lang, siteUrl),
    registration: registration
      ? {
          url: registration.url ?? null,
          email: registration.email ?? null,
          deadline: registration.deadline ? isoDate(registration.deadline) : null,
        }
      : null,
    price: data.price ?? null,
    eventLanguage: data.language,
    status: { id: data.status, name: EVENT_STATUSES[data.status][lang] },
    calendar: absoluteHref(eventCalendarPath(lang, data.slug), siteUrl),
    image: pictureRecord(route, data.image, siteUrl),
  } satisfies Fields<EventRecord>;
}

function memberRecord(site: Site, member: Member, lang: Lang, siteUrl: SiteUrl): MemberRecord {
  const { data } = member;
  return {
    id: member.id,
    url: absoluteHref(entryPath('members', lang, member.id), siteUrl),
    language: lang,
    name: data.name,
    kind: { id: data.kind, name: MEMBER_KINDS[data.kind][lang] },
    location: data.location,
    website: data.website ?? null,
    description: data.description[lang],
    themes: themesOf(site, data.themes, lang),
    sample: data.sample,
  };
}

type RecordOf = (site: Site, lang: Lang, siteUrl: SiteUrl) => object[];

/** Every entry of a section, each in the file's language where it has it: the common part and its kind's fields. */
const entriesOf =
  <E extends PageEntry>(
    section: KindSection,
    groups: (site: Site) => Map<string, Translations<E>>,
    fields: (site: Site, page: Page<E>, siteUrl: SiteUrl) => object,
  ): RecordOf =>
  (site, lang, siteUrl) =>
    [...groups(site)].flatMap(([folder, group]) => {
      const page = pageRecord(site, section, folder, group, lang, siteUrl);
      return page ? [{ ...page.record, ...fields(site, page, siteUrl) }] : [];
    });

/** The records of each kind with open data, in one language. */
const RECORDS: { [K in OpenDataKind]: RecordOf } = {
  solution: entriesOf('solutions', (site) => site.solutions, solutionFields),
  story: entriesOf('stories', (site) => site.stories, storyFields),
  news: entriesOf('news', (site) => site.news, newsFields),
  project: entriesOf('projects', (site) => site.projects, projectFields),
  event: entriesOf('events', (site) => site.events, eventFields),
  member: (site, lang, siteUrl) =>
    [...site.members.values()].map((member) => memberRecord(site, member, lang, siteUrl)),
};

/** The latest update among records with dates. */
const latestUpdate = (items: object[]) =>
  items
    .map((item) => (item as { updated?: string }).updated)
    .filter((date): date is string => date !== undefined)
    .sort()
    .at(-1) ?? null;

/** A whole data file for one language. */
export function dataFile(site: Site, kind: OpenDataKind, lang: Lang, siteUrl: SiteUrl) {
  const items = RECORDS[kind](site, lang, siteUrl);
  return {
    title: `${sectionLabel(collectionOf(kind), lang)} – ${site.settings.name}`,
    language: lang,
    licence: DATA_LICENCE,
    source: absoluteHref(langRoot(lang), siteUrl),
    schema: absoluteHref(dataSchemaPath(kind), siteUrl),
    count: items.length,
    updated: latestUpdate(items),
    items,
  };
}

/** What the open-data page lists of a dataset, in one language; its files as site paths. */
export interface DatasetSummary {
  kind: OpenDataKind;
  name: string;
  description: string;
  count: number;
  updated: string | null;
  json: string;
  csv: string;
  schema: string;
  /** The same dataset in the other language. */
  other: { json: string; csv: string };
}

/** Every dataset of the site in one language, in the order of content-kinds.ts. */
export function datasets(site: Site, lang: Lang, siteUrl: SiteUrl): DatasetSummary[] {
  return OPEN_DATA_KINDS.map((kind) => {
    const file = dataFile(site, kind, lang, siteUrl);
    const other = otherLang(lang);
    return {
      kind,
      name: sectionLabel(collectionOf(kind), lang),
      description: t(lang).datasetDescriptions[kind],
      count: file.count,
      updated: file.updated,
      json: openDataPath(kind, lang),
      csv: openDataPath(kind, lang, 'csv'),
      schema: dataSchemaPath(kind),
      other: { json: openDataPath(kind, other), csv: openDataPath(kind, other, 'csv') },
    };
  });
}

/** The open-data page's datasets as a schema.org DataCatalog, each dataset at its entry on the page. */
export function catalogData(
  site: Site,
  lang: Lang,
  page: { name: string; description: string; path: string },
  catalog: DatasetSummary[],
  siteUrl: SiteUrl,
) {
  const pageUrl = absoluteHref(page.path, siteUrl);
  return dataCatalog({
    name: page.name,
    description: page.description,
    url: pageUrl,
    lang,
    publisher: { name: site.settings.name, url: absoluteHref(langRoot(lang), siteUrl) },
    datasets: catalog.map((dataset) => ({
      name: dataset.name,
      description: dataset.description,
      url: `${pageUrl}#dataset-${dataset.kind}`,
      identifier: dataset.kind,
      lang,
      licence: DATA_LICENCE.url,
      modified: dataset.updated,
      distribution: [
        { type: 'application/json', url: absoluteHref(dataset.json, siteUrl) },
        { type: 'text/csv', url: absoluteHref(dataset.csv, siteUrl) },
      ],
    })),
  });
}
