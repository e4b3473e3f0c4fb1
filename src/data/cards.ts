// What a card shows for each kind of entry, in one place for every list on the site.
import type { Member, News, Site, Solution, Story, Theme } from './site';
import type { Lang } from '../i18n/langs';
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
}

export function themeNames(site: Site, ids: readonly string[], lang: Lang): string[] {
  return ids.flatMap((id) => {
    const theme = site.themes.get(id);
    return theme ? [theme.data.name[lang]] : [];
  });
}

export function memberNames(site: Site, ids: readonly string[]): string[] {
  return ids.flatMap((id) => {
    const member = site.members.get(id);
    return member ? [member.data.name] : [];
  });
}

export function solutionCard(site: Site, entry: Solution, lang: Lang): CardData {
  const { data } = entry;
  return {
    path: entryPath('solutions', lang, data.slug),
    title: data.title,
    summary: data.summary,
    meta: [...themeNames(site, data.themes, lang), MATURITIES[data.maturity][lang], memberNames(site, data.members).join(', ')],
    image: data.hero,
    sample: data.sample,
  };
}

export function storyCard(site: Site, entry: Story, lang: Lang): CardData {
  const { data } = entry;
  return {
    path: entryPath('stories', lang, data.slug),
    title: data.title,
    summary: data.summary,
    meta: memberNames(site, [data.member]),
    date: data.publishDate,
    image: data.image,
    sample: data.sample,
  };
}

export function newsCard(site: Site, entry: News, lang: Lang): CardData {
  const { data } = entry;
  return {
    path: entryPath('news', lang, data.slug),
    title: data.title,
    summary: data.summary,
    meta: [NEWS_KINDS[data.kind][lang], ...themeNames(site, data.themes, lang)],
    date: data.publishDate,
    image: data.image,
    sample: data.sample,
  };
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
    meta: [ui.count(solutionCount, one ?? '', many ?? '')],
  };
}
