// The state of the search page, kept in the URL (?q=…&theme=…&sort=date) so that a search
// can be shared and reloaded. Filter values are the labels shown in the page's language.

import type { Lang } from '../i18n/langs';
import { anyFilter, appendFilters, readFilters, sameWord } from './url-filters';

export const FILTER_KEYS = ['type', 'theme', 'stage', 'maturity', 'sdg', 'status', 'funder'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** The part of Pagefind the search runs on (the page and the tests alike). */
export interface PagefindSearch<Response extends { results: readonly unknown[] }> {
  options(options: { exactDiacritics: boolean }): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<Response>;
}

/**
 * Whether a query's accents must match as written: "fôr" (fodder) is not "for". Pagefind folds
 * ô, é and the like (and å) into plain letters, so "fôr" found every "for", "forskning" and
 * "foregår" (on the sample, 63 pages where 30 are about fôr). Æ and ø are letters of their own
 * that Pagefind keeps, and å is left folded, so that "pa" still finds "på".
 */
export function wantsExactAccents(query: string): boolean {
  // Combining marks after NFD, except the ring of å (U+030A).
  return /[\u0300-\u0309\u030b-\u036f]/u.test(query.normalize('NFD'));
}

/**
 * Searches as the search page does: accents as written where the query has them (see
 * wantsExactAccents), folded when that finds nothing: Pagefind's exact mode does not stem
 * (on the sample, "fôrbruk" found nothing that way). Not when folding leaves only common words:
 * "fôr" on the English search would become "for" and list every page that has it.
 */
export async function searchWithAccents<Response extends { results: readonly unknown[] }>(
  pagefind: PagefindSearch<Response>,
  query: string,
  options: Record<string, unknown>,
): Promise<Response> {
  const exact = wantsExactAccents(query);
  await pagefind.options({ exactDiacritics: exact });
  const response = await pagefind.search(query || null, options);
  if (!exact || response.results.length > 0) return response;
  // Loaded only here, off the search page's first script.
  const { foldDiacritics, isCommonWord, words } = await import('./search-keywords');
  if (words(foldDiacritics(query)).every(isCommonWord)) return response;
  await pagefind.options({ exactDiacritics: false });
  return pagefind.search(query, options);
}

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: 'relevance' | 'date';
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters = readFilters(params, FILTER_KEYS);
  return { q: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  appendFilters(params, FILTER_KEYS, state.filters);
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return anyFilter(FILTER_KEYS, state.filters);
}

/** Each filter's values named in both languages (themes, kinds, stages …). */
export type ValueNames = Partial<Record<FilterKey, readonly Readonly<Record<Lang, string>>[]>>;

/**
 * The state with every filter value in a language's words: to carry a search to the other
 * language, and to accept a link whose values are in the other language. A value the names do
 * not know (a funder's name is the same in both) stays as written.
 */
export function translateFilters(state: SearchState, names: ValueNames, lang: Lang): SearchState {
  const inLang = (key: FilterKey, value: string) =>
    names[key]?.find((pair) => Object.values(pair).some((word) => sameWord(word, value)))?.[lang] ?? value;
  const filters = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, state.filters[key].map((value) => inLang(key, value))]),
  ) as SearchState['filters'];
  return { ...state, filters };
}

/** Pagefind's filter object: any of the chosen values within a key, all keys together. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    FILTER_KEYS.filter((key) => state.filters[key].length).map((key) => [key, { any: state.filters[key] }]),
  );
}

/**
 * Whether a result matched mostly the hidden keywords at the end of the page (see
 * SearchFields.astro). Pagefind centres its excerpt on the densest hits, which would then be
 * the keyword list, so the page's summary is the better excerpt.
 */
export function matchedMostlyKeywords(locations: readonly number[], wordCount: number, keywordCount: number): boolean {
  if (keywordCount === 0 || locations.length === 0) return false;
  const firstKeyword = wordCount - keywordCount;
  const inKeywords = locations.filter((location) => location >= firstKeyword).length;
  return inKeywords > locations.length - inKeywords;
}

/** What the search page hands its script: where things are and the texts in the page's language. */
export interface SearchPageConfig {
  lang: Lang;
  bundle: string;
  /** The site's words for spelling suggestions (src/pages/[...words].json.ts). */
  words: string;
  base: string;
  otherSearch: string;
  themes: string;
  filterKeys: readonly FilterKey[];
  valueNames: ValueNames;
  strings: {
    filterNames: Record<FilterKey, string>;
    emptyQuery: string;
    results: { one: string; many: string; noQueryOne: string; noQueryMany: string };
    noResults: string;
    tips: readonly string[];
    browseThemes: string;
    otherLanguage: string;
    otherLanguageHint: string;
    more: string;
    loading: string;
    failed: string;
    filterToggle: string;
    /** "Mente du {q}?": {q} becomes a link to the suggested search. */
    didYouMean: string;
  };
}
