// Filter choices in the URL (?theme=a&theme=b&stage=c): shareable, reloadable, and
// readable without JavaScript by anyone who gets the link.

import type { Lang } from '../i18n/langs';

export type Filters<K extends string> = Record<K, string[]>;

export function readFilters<K extends string>(params: URLSearchParams, keys: readonly K[]): Filters<K> {
  return Object.fromEntries(keys.map((key) => [key, params.getAll(key).filter(Boolean)])) as Filters<K>;
}

export function appendFilters<K extends string>(
  params: URLSearchParams,
  keys: readonly K[],
  filters: Filters<K>,
): URLSearchParams {
  for (const key of keys) for (const value of filters[key]) params.append(key, value);
  return params;
}

export function anyFilter<K extends string>(keys: readonly K[], filters: Filters<K>): boolean {
  return keys.some((key) => filters[key].length > 0);
}

/**
 * How many items would be listed with this value chosen as well: the items that pass the
 * other keys' filters and have the value (the usual count of a faceted list).
 */
export function facetCount<K extends string>(
  items: readonly Partial<Record<K, readonly string[]>>[],
  keys: readonly K[],
  filters: Filters<K>,
  key: K,
  value: string,
): number {
  const others = { ...filters, [key]: [] } as Filters<K>;
  return items.filter((item) => item[key]?.includes(value) && passes(item, keys, others)).length;
}

/** Whether an item's values pass the filters: any chosen value within a key, every key. */
export function passes<K extends string>(
  item: Partial<Record<K, readonly string[]>>,
  keys: readonly K[],
  filters: Filters<K>,
): boolean {
  return keys.every((key) => filters[key].length === 0 || filters[key].some((value) => item[key]?.includes(value)));
}

/** A filter option as a URL may name it: its key, its id, and its word in each language. */
export interface FilterOption {
  key: string;
  id: string;
  words: Readonly<Record<Lang, string>>;
}

/** Whether two words are the same, whatever their letter case (æ and a stay different). */
export const sameWord = (a: string, b: string): boolean =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * The options a URL chooses, in its order (the explorer writes them in the order they were
 * chosen, so the last is the one to undo first), each once. A value may be the option's id or
 * its word in either language, so a link made on the other language's page works too; values
 * that name no option are left out.
 */
export function readChoices<O extends FilterOption>(params: URLSearchParams, options: readonly O[]): O[] {
  const chosen = [...params].flatMap(([key, value]) =>
    options.filter((o) => o.key === key && [o.id, ...Object.values(o.words)].some((word) => sameWord(word, value))),
  );
  return [...new Set(chosen)];
}

/** The URL of the chosen options in a language's words, in the order they were chosen. */
export function writeChoices(choices: readonly FilterOption[], lang: Lang): URLSearchParams {
  return new URLSearchParams(choices.map((choice) => [choice.key, choice.words[lang]]));
}

/** The chosen options as ids by key, as `passes` and `facetCount` take them. */
export function filtersOf<K extends string>(choices: readonly FilterOption[], keys: readonly K[]): Filters<K> {
  return Object.fromEntries(
    keys.map((key) => [key, choices.filter((c) => c.key === key).map((c) => c.id)]),
  ) as Filters<K>;
}
