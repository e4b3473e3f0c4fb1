import { memoize } from './memoize';

/** Newest first by publish date (undated last); ties by title so the order is stable between builds. */
export function byNewest<E extends { data: { publishDate?: Date | undefined; title: string } }>(a: E, b: E): number {
  const time = (e: E) => e.data.publishDate?.getTime() ?? 0;
  return time(b) - time(a) || a.data.title.localeCompare(b.data.title);
}

const collatorOf = memoize((locale: string) => new Intl.Collator(locale));

/** Alphabetical in the reader's locale (so "Å" sorts after "Z" in Norwegian). */
export function byName<E>(name: (e: E) => string, locale: string): (a: E, b: E) => number {
  const collator = collatorOf(locale);
  return (a, b) => collator.compare(name(a), name(b));
}

/** Split a list into pages of a given size (at least one page, possibly empty). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length ? pages : [[]];
}
