// What the search index learns about each page: filters, sort date, meta and extra keywords.
// Filter values are the names readers see, in the page's language (one index per language).
import { pictureFiles } from './picture-files';
import type { Site, SiteEntries, SiteRoute, Solution } from './site';
import { inEveryLang, type Lang } from '../i18n/langs';
import { kindLabel } from '../i18n/kinds';
import { SEARCH_KINDS, type SearchKind } from '../lib/content-kinds';
import { isoDate } from '../lib/dates';
import { keywordsFor } from '../lib/search-keywords';
import { vocabularyOf } from '../lib/suggest';
import { projectStatus } from '../lib/project-status';
import { PICTURE_WIDTHS } from '../lib/responsive-pictures';
import type { ValueNames } from '../lib/search-state';
import { MATURITIES, PROJECT_STATUSES, SDGS, sdgLabel, STAGES } from '../lib/taxonomy';

export interface SearchRecord {
  /** [filter key, value] pairs, each once. */
  filters: [string, string][];
  keywords: string[];
  date?: string;
  /** The result's thumbnail: the picture's smallest AVIF file, and its fallback file for browsers without AVIF. */
  image?: { url: string; fallback: string; alt: string };
}

function themeNames(site: Site, ids: readonly string[], lang: Lang): string[] {
  return ids.flatMap((id) => site.themes.get(id)?.data.name[lang] ?? []);
}

// Files the pages make anyway: a search result adds none of its own.
async function thumbnail(image: Solution['data']['hero'] | undefined) {
  if (!image) return undefined;
  const { avif, fallback } = await pictureFiles(image.src, PICTURE_WIDTHS[0]);
  return { url: avif.srcSet.values[0]!.url, fallback: fallback.src, alt: image.alt };
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
    case 'theme': {
      const { data } = item.entry;
      filters.push(['theme', data.name[lang]]);
      text = `${data.name[lang]} ${data.description[lang]}`;
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

/** What a search result is called and says of itself: its title and summary, or name and description. */
function headlineOf(route: SiteRoute, lang: Lang): string {
  if (!('entry' in route) || !route.entry) return '';
  const data = route.entry.data as {
    title?: string;
    summary?: string;
    name?: string | Record<Lang, string>;
    description?: string | Record<Lang, string>;
  };
  const inLang = (text: string | Record<Lang, string> | undefined) => (typeof text === 'object' ? text[lang] : text);
  return [data.title, data.summary, inLang(data.name), inLang(data.description)].filter(Boolean).join(' ');
}

/**
 * The words a reader may have meant, for "Mente du …?" (src/lib/suggest.ts): the titles,
 * summaries and names of every page the search finds in a language, and the keyword layer's words.
 */
export function searchVocabulary(site: Site, lang: Lang): string[] {
  const searchable = site.routes.filter(
    (route) => route.lang === lang && (SEARCH_KINDS as readonly string[]).includes(route.view),
  );
  return vocabularyOf([
    ...searchable.map((route) => headlineOf(route, lang)),
    ...site.searchTerms.flatMap((group) => group[lang]),
  ]);
}
