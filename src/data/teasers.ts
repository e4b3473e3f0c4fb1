// What a teaser (the card that leads to a page) shows for each kind of entry, in one place for
// every list on the site.
import { projectFacets, solutionFacets } from './explorer';
import type { Event, Member, News, Project, Site, SiteEntries, Solution, Story, Theme } from './site';
import type { Lang } from '../i18n/langs';
import type { Section } from '../i18n/segments';
import { t } from '../i18n/ui';
import type { SectionKind } from '../lib/content-kinds';
import { entriesIn } from '../lib/routes';
import { formatTimeSpan, isoWithOffset } from '../lib/local-time';
import { projectStatus } from '../lib/project-status';
import { EVENT_STATUSES, MATURITIES, MEMBER_KINDS, NEWS_KINDS, PROJECT_STATUSES } from '../lib/taxonomy';
import { entryPath } from '../lib/urls';
import { memberLinks, themeLinks, type LinkData } from './links';

export interface TeaserData {
  path: string;
  title: string;
  summary: string;
  meta: string[];
  date?: Date | undefined;
  /** When an event takes place, shown instead of the date. */
  when?: { datetime: string; label: string };
  image?: { src: ImageMetadata; alt: string } | undefined;
  sample?: boolean;
  /** Values the solutions explorer filters on. */
  facets?: Record<string, string[]>;
}

const labels = (links: LinkData[]) => links.map((link) => link.label);

type ArticleData = Pick<Solution['data'], 'slug' | 'title' | 'summary' | 'sample' | 'publishDate'>;

function articleTeaser(
  section: Section,
  lang: Lang,
  data: ArticleData,
  extra: Pick<TeaserData, 'meta' | 'image' | 'date' | 'when'>,
): TeaserData {
  return {
    path: entryPath(section, lang, data.slug),
    title: data.title,
    summary: data.summary,
    sample: data.sample,
    ...extra,
  };
}

export function solutionTeaser(site: Site, entry: Solution, lang: Lang): TeaserData {
  const { data } = entry;
  const meta = [
    ...labels(themeLinks(site, data.themes, lang)),
    MATURITIES[data.maturity][lang],
    labels(memberLinks(site, data.members, lang)).join(', '),
  ];
  return { ...articleTeaser('solutions', lang, data, { meta, image: data.hero }), facets: solutionFacets(entry) };
}

export function storyTeaser(site: Site, { data }: Story, lang: Lang): TeaserData {
  return articleTeaser('stories', lang, data, {
    meta: labels(memberLinks(site, [data.member], lang)),
    image: data.image,
    date: data.publishDate,
  });
}

export function newsTeaser(site: Site, { data }: News, lang: Lang): TeaserData {
  const meta = [NEWS_KINDS[data.kind][lang], ...labels(themeLinks(site, data.themes, lang))];
  return articleTeaser('news', lang, data, { meta, image: data.image, date: data.publishDate });
}

export function projectTeaser(site: Site, entry: Project, lang: Lang): TeaserData {
  const { data } = entry;
  const meta = [
    PROJECT_STATUSES[projectStatus(data, site.now)][lang],
    ...labels(themeLinks(site, data.themes, lang)),
    labels(memberLinks(site, data.partners, lang)).join(', '),
  ];
  return { ...articleTeaser('projects', lang, data, { meta, image: data.image }), facets: projectFacets(site, entry) };
}

export function eventTeaser(site: Site, { data }: Event, lang: Lang): TeaserData {
  const ui = t(lang);
  const meta = [
    ...(data.status === 'scheduled' ? [] : [EVENT_STATUSES[data.status][lang]]),
    [data.place?.name, data.online && ui.eventOnline].filter(Boolean).join(' · '),
    ...labels(memberLinks(site, [data.organiser], lang)),
  ];
  // The organiser is often the venue too: say it once.
  const when = { datetime: isoWithOffset(data.start), label: formatTimeSpan(data.start, data.end, lang) };
  return articleTeaser('events', lang, data, { meta: [...new Set(meta)], image: data.image, when });
}

export function memberTeaser(_site: Site, member: Member, lang: Lang): TeaserData {
  const { data } = member;
  return {
    path: entryPath('members', lang, member.id),
    title: data.name,
    summary: data.description[lang],
    meta: [MEMBER_KINDS[data.kind][lang], data.location],
    sample: data.sample,
  };
}

/** A theme's teaser tells how many solutions it has in the reader's language. */
export function themeTeaser(site: Site, theme: Theme, lang: Lang): TeaserData {
  const ui = t(lang);
  const [one, many] = ui.solutionWord;
  const solutionCount = entriesIn(site.solutions, lang).filter((s) => s.data.themes.includes(theme.id)).length;
  return {
    path: entryPath('themes', lang, theme.data.slug[lang]),
    title: theme.data.name[lang],
    summary: theme.data.description[lang],
    meta: [ui.count(solutionCount, one, many)],
  };
}

/** The teaser of each kind that has a section, for its index and any other list. */
export const TEASERS: { [K in SectionKind]: (site: Site, item: SiteEntries[K], lang: Lang) => TeaserData } = {
  solution: solutionTeaser,
  story: storyTeaser,
  news: newsTeaser,
  project: projectTeaser,
  event: eventTeaser,
  member: memberTeaser,
  theme: themeTeaser,
};
