// Filter choices in the URL (?theme=a&theme=b&stage=c): shareable, reloadable, and
// readable without JavaScript by anyone who gets the link.

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
