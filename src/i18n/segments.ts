import type { Lang } from './langs';

/** The site's sections and their translated URL segments. */
export const SECTIONS = {
  solutions: { nb: 'losninger', en: 'solutions' },
  stories: { nb: 'historier', en: 'stories' },
  news: { nb: 'nyheter', en: 'news' },
  members: { nb: 'medlemmer', en: 'members' },
  themes: { nb: 'tema', en: 'themes' },
  search: { nb: 'sok', en: 'search' },
  data: { nb: 'data', en: 'data' },
} as const satisfies Record<string, Record<Lang, string>>;

export type Section = keyof typeof SECTIONS;

/** Every first URL segment the site uses itself; static pages may not take one of these as slug. */
export function reservedSegments(lang: Lang): string[] {
  const own = Object.values(SECTIONS).map((segments) => segments[lang]);
  return lang === 'nb' ? [...own, 'en'] : own;
}
