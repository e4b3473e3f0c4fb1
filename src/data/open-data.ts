// Builds the open-data files from the content (see src/lib/open-data.ts for the schema).
import { absoluteAsset, absoluteHref } from './href';
import type { Member, Project, Site, Solution } from './site';
import { otherLang, type Lang } from '../i18n/langs';
import { sectionLabel } from '../i18n/segments';
import { collectionOf, type OpenDataKind } from '../lib/content-kinds';
import { isoDate, lastUpdated } from '../lib/dates';
import { DATA_LICENCE, type MemberRecord, type ProjectRecord, type SolutionRecord } from '../lib/open-data';
import { projectStatus } from '../lib/project-status';
import type { Translations } from '../lib/translations';
import { MATURITIES, MEMBER_KINDS, PROJECT_STATUSES, SDGS, STAGES, VERIFICATIONS } from '../lib/taxonomy';
import { dataSchemaPath, entryPath, langRoot } from '../lib/urls';

const themesOf = (site: Site, ids: readonly string[], lang: Lang) =>
  ids.flatMap((id) => (site.themes.get(id) ? [{ id, name: site.themes.get(id)!.data.name[lang] }] : []));

const membersOf = (site: Site, ids: readonly string[], lang: Lang, siteUrl: URL | undefined) =>
  ids.flatMap((id) => {
    const member = site.members.get(id);
    return member ? [{ id, name: member.data.name, url: absoluteHref(entryPath('members', lang, id), siteUrl) }] : [];
  });

/** The part of a record that every page of a section has, in one language (null: none in it). */
function pageRecord<E extends Solution | Project>(
  site: Site,
  section: 'solutions' | 'projects',
  folder: string,
  group: Translations<E>,
  lang: Lang,
  siteUrl: URL | undefined,
) {
  const entry = group[lang];
  if (!entry) return null;
  const { data } = entry;
  const translation = group[otherLang(lang)];
  const url = (path: string) => absoluteHref(path, siteUrl);
  return {
    data: data as E['data'],
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

export function solutionRecord(
  site: Site,
  folder: string,
  group: Translations<Solution>,
  lang: Lang,
  siteUrl: URL | undefined,
): SolutionRecord | null {
  const page = pageRecord(site, 'solutions', folder, group, lang, siteUrl);
  if (!page) return null;
  const { data, record } = page;
  return {
    ...record,
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
    image: {
      url: absoluteAsset(data.hero.src.src, siteUrl),
      alt: data.hero.alt,
      credit: data.hero.credit,
      licence: data.hero.licence,
    },
    pressContact: { ...data.pressContact, phone: data.pressContact.phone ?? null },
    links: data.links,
  };
}

export function projectRecord(
  site: Site,
  folder: string,
  group: Translations<Project>,
  lang: Lang,
  siteUrl: URL | undefined,
): ProjectRecord | null {
  const page = pageRecord(site, 'projects', folder, group, lang, siteUrl);
  if (!page) return null;
  const { data, record } = page;
  const status = projectStatus(data, site.now);
  const url = (path: string) => absoluteHref(path, siteUrl);
  return {
    ...record,
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
    contact: data.contact ? { ...data.contact, phone: data.contact.phone ?? null } : null,
    links: data.links,
  };
}

export function memberRecord(site: Site, member: Member, lang: Lang, siteUrl: URL | undefined): MemberRecord {
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

/** The records of each kind with open data, in one language. */
const RECORDS: { [K in OpenDataKind]: (site: Site, lang: Lang, siteUrl: URL | undefined) => unknown[] } = {
  solution: (site, lang, siteUrl) =>
    [...site.solutions].flatMap(([folder, group]) => solutionRecord(site, folder, group, lang, siteUrl) ?? []),
  project: (site, lang, siteUrl) =>
    [...site.projects].flatMap(([folder, group]) => projectRecord(site, folder, group, lang, siteUrl) ?? []),
  member: (site, lang, siteUrl) =>
    [...site.members.values()].map((member) => memberRecord(site, member, lang, siteUrl)),
};

/** A whole data file for one language. */
export function dataFile(site: Site, kind: OpenDataKind, lang: Lang, siteUrl: URL | undefined) {
  const items = RECORDS[kind](site, lang, siteUrl);
  return {
    title: `${sectionLabel(collectionOf(kind), lang)} – ${site.settings.name}`,
    language: lang,
    licence: DATA_LICENCE,
    source: absoluteHref(langRoot(lang), siteUrl),
    schema: absoluteHref(dataSchemaPath(kind), siteUrl),
    count: items.length,
    items,
  };
}
