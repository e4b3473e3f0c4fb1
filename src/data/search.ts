// What the search index learns about each page: filters, sort date, meta and extra keywords.
// Filter values are the names readers see, in the page's language (one index per language).
import { getImage } from 'astro:assets';
import type { Site, SiteEntries, Solution } from './site';
import { inEveryLang, type Lang } from '../i18n/langs';
import { kindLabel } from '../i18n/kinds';
import { SEARCH_KINDS, type SearchKind } from '../lib/content-kinds';
import { isoDate } from '../lib/dates';
import { keywordsFor } from '../lib/search-keywords';
import { projectStatus } from '../lib/project-status';
import type { ValueNames } from '../lib/search-state';
import { MATURITIES, PROJECT_STATUSES, SDGS, sdgLabel, STAGES } from '../lib/taxonomy';

export interface SearchRecord {
  /** [filter key, value] pairs, each once. */
  filters: [string, string][];
  keywords: string[];
  date?: string;
  image?: { url: string; alt: string };
}

function themeNames(site: Site, ids: readonly string[], lang: Lang): string[] {
  return ids.flatMap((id) => site.themes.get(id)?.data.name[lang] ?? []);
}

async function thumbnail(image: Solution['data']['hero'] | undefined) {
  if (!image) return undefined;
  const small = await getImage({ src: image.src, width: 320, format: 'webp' });
  return { url: small.src, alt: image.alt };
}

/** A page to index: its kind (content-kinds.ts) and entry; a static page gives its rendered text. */
export type Searchable =
  | { [K in Exclude<SearchKind, 'page'>]: { kind: K; entry: SiteEntries[K] } }[Exclude<SearchKind, 'page'>]
  | { kind: 'page'; text: string };

/** The search record of a page in a language; `hasTranslation` decides cross-language keywords. */
export async function searchRecord(
  site: Site,
  item: Searchable,
  lang: Lang,
  hasTranslation: boolean,
): Promise<SearchRecord> {
  const filters: [string, string][] = [['type', kindLabel(item.kind, lang)]];
  let text = '';
  let date: Date | undefined;
  let image: Solution['data']['hero'] | undefined;
  switch (item.kind) {
    case 'solution': {
      const { data, body = '' } = item.entry;
      filters.push(
        ...themeNames(site, data.themes, lang).map((name): [string, string] => ['theme', name]),
        ['stage', STAGES[data.stage][lang]],
        ['maturity', MATURITIES[data.maturity][lang]],
        ...data.sdgs.map((goal): [string, string] => ['sdg', sdgLabel(goal, lang)]),
      );
      text = `${data.title} ${data.summary} ${body}`;
      date = data.publishDate;
      image = data.hero;
      break;
    }
    case 'project': {
      const { data, body = '' } = item.entry;
      const status = projectStatus(data, site.now);
      filters.push(
        ...themeNames(site, data.themes, lang).map((name): [string, string] => ['theme', name]),
        ['status', PROJECT_STATUSES[status][lang]],
        ...data.funding.map((grant): [string, string] => ['funder', grant.funder]),
      );
      const partners = data.partners.map((id) => site.members.get(id)?.data.name ?? '');
      text = `${data.title} ${data.summary} ${partners.join(' ')} ${body}`;
      date = data.publishDate;
      image = data.image;
      break;
    }
    case 'story':
    case 'event':
    case 'news': {
      const { data, body = '' } = item.entry;
      filters.push(...themeNames(site, data.themes, lang).map((name): [string, string] => ['theme', name]));
      text = `${data.title} ${data.summary} ${body}`;
      date = data.publishDate;
      image = data.image;
      break;
    }
    case 'member': {
      const { data } = item.entry;
      filters.push(...themeNames(site, data.themes, lang).map((name): [string, string] => ['theme', name]));
      text = `${data.name} ${data.description[lang]}`;
      break;
    }
    case 'page':
      text = item.text;
      break;
    default:
      item satisfies never;
  }
  return {
    filters: [...new Map(filters.map((pair) => [pair.join('\u0000'), pair])).values()],
    keywords: keywordsFor(text, lang, site.searchTerms, hasTranslation),
    ...(date ? { date: isoDate(date) } : {}),
    ...(image ? { image: await thumbnail(image) } : {}),
  } as SearchRecord;
}

/** The filter values the index may hold, named in both languages (see translateFilters). */
export function searchValueNames(site: Site): ValueNames {
  const pairs = (names: Record<Lang, string>[]) => names.map(({ nb, en }) => ({ nb, en }));
  return {
    type: SEARCH_KINDS.map((kind) => inEveryLang((lang) => kindLabel(kind, lang))),
    theme: pairs([...site.themes.values()].map((theme) => theme.data.name)),
    stage: pairs(Object.values(STAGES)),
    maturity: pairs(Object.values(MATURITIES)),
    sdg: Object.keys(SDGS).map((goal) => inEveryLang((lang) => sdgLabel(Number(goal), lang))),
    status: pairs(Object.values(PROJECT_STATUSES)),
  };
}
