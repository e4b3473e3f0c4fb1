// What cards and link lists show for each kind of entry, in one place for every list on the site.
import { solutionFacets } from './explorer';
import type { Member, News, Site, Solution, Story, Theme } from './site';
import type { Lang } from '../i18n/langs';
import type { Section } from '../i18n/segments';
import { t } from '../i18n/ui';
import { MATURITIES, MEMBER_KINDS, NEWS_KINDS } from '../lib/taxonomy';
import { entryPath } from '../lib/urls';

export interface CardData {
  path: string;
  title: string;
  summary: string;
  meta: string[];
  date?: Date | undefined;
  image?: { src: ImageMetadata; alt: string } | undefined;
  sample?: boolean;
  /** Values the solutions explorer filters on. */
  facets?: Record<string, string[]>;
}

export interface LinkData {
  label: string;
  path: string;
}

export function themeLinks(site: Site, ids: readonly string[], lang: Lang): LinkData[] {
  return ids.flatMap((id) => {
    const theme = site.themes.get(id);
    return theme ? [{ label: theme.data.name[lang], path: entryPath('themes', lang, theme.data.slug[lang]) }] : [];
  });
}

export function memberLinks(site: Site, ids: readonly string[], lang: Lang): LinkData[] {
  return ids.flatMap((id) => {
    const member = site.members.get(id);
    return member ? [{ label: member.data.name, path: entryPath('members', lang, id) }] : [];
  });
}

const labels = (links: LinkData[]) => links.map((link) => link.label);

type ArticleData = Pick<Solution['data'], 'slug' | 'title' | 'summary' | 'sample' | 'publishDate'>;

function articleCard(
  section: Section,
  lang: Lang,
  data: ArticleData,
  extra: Pick<CardData, 'meta' | 'image' | 'date'>,
): CardData {
  return {
    path: entryPath(section, lang, data.slug),
    title: data.title,
    summary: data.summary,
    sample: data.sample,
    ...extra,
  };
}

export function solutionCard(site: Site, entry: Solution, lang: Lang): CardData {
  const { data } = entry;
  const meta = [
    ...labels(themeLinks(site, data.themes, lang)),
    MATURITIES[data.maturity][lang],
    labels(memberLinks(site, data.members, lang)).join(', '),
  ];
  return { ...articleCard('solutions', lang, data, { meta, image: data.hero }), facets: solutionFacets(entry) };
}

export function storyCard(site: Site, { data }: Story, lang: Lang): CardData {
  return articleCard('stories', lang, data, {
    meta: labels(memberLinks(site, [data.member], lang)),
    image: data.image,
    date: data.publishDate,
  });
}

export function newsCard(site: Site, { data }: News, lang: Lang): CardData {
  const meta = [NEWS_KINDS[data.kind][lang], ...labels(themeLinks(site, data.themes, lang))];
  return articleCard('news', lang, data, { meta, image: data.image, date: data.publishDate });
}

export function memberCard(member: Member, lang: Lang): CardData {
  const { data } = member;
  return {
    path: entryPath('members', lang, member.id),
    title: data.name,
    summary: data.description[lang],
    meta: [MEMBER_KINDS[data.kind][lang], data.location],
    sample: data.sample,
  };
}

export function themeCard(theme: Theme, lang: Lang, solutionCount: number): CardData {
  const ui = t(lang);
  const [one, many] = ui.solutionWord;
  return {
    path: entryPath('themes', lang, theme.data.slug[lang]),
    title: theme.data.name[lang],
    summary: theme.data.description[lang],
    meta: [ui.count(solutionCount, one, many)],
  };
}
