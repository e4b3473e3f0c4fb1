import { LOCALES, type Lang } from '../i18n/langs';

/** "12. mars 2026" / "12 March 2026". Dates in content are calendar days, so format in UTC. */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The machine-readable form for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Whether an entry is live: not a draft and its publish date has come. */
export function isPublished(entry: { draft?: boolean; publishDate?: Date }, now: Date): boolean {
  if (entry.draft) return false;
  return !entry.publishDate || entry.publishDate.getTime() <= now.getTime();
}

/** The date readers should see as "last updated". */
export function lastUpdated(entry: { publishDate?: Date; updated?: Date }): Date | undefined {
  return entry.updated ?? entry.publishDate;
}

/**
 * The moment the build treats as "now". SOURCE_DATE_EPOCH (seconds) pins it, so that
 * two builds of one commit agree on which scheduled entries are live.
 */
export function buildTime(env: Record<string, string | undefined>): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}
