import { LOCALES, type Lang } from '../i18n/langs';
import { memoize } from './memoize';

const dateFormat = memoize(
  (lang: Lang) => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }),
);

/** "12. mars 2026" / "12 March 2026". Dates in content are calendar days, so format in UTC. */
export function formatDate(date: Date, lang: Lang): string {
  return dateFormat(lang).format(date);
}

/**
 * Whether a date as written in a file is a real calendar day in the form YYYY-MM-DD.
 * YAML quietly turns "2026-13-45" into 14 February 2027, so the text itself is checked.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
export function lastUpdated(entry: { publishDate?: Date; updated?: Date | undefined }): Date | undefined {
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
