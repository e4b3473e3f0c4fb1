// Times of day as editors write them: Norwegian wall-clock time ("2027-04-10T09:00"), which
// the site turns into moments for calendars and structured data. The zone is the cluster's,
// whatever machine builds the site.
import { DateTime } from 'luxon';
import { LOCALES, type Lang } from '../i18n/langs';

export const SITE_TIME_ZONE = 'Europe/Oslo';

/** "2027-04-10T09:00" or "2027-04-10 09:00", seconds allowed, no zone: the zone is always Oslo's. */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::00)?$/;

const inZone = (local: string) => DateTime.fromISO(local, { zone: SITE_TIME_ZONE });

/**
 * The written time in its one form ("2027-04-10T09:00"), or null when it is not a time that
 * exists on a clock in Oslo (a wrong form, a 13th month, the hour skipped in spring).
 */
export function normalLocalTime(text: string): string | null {
  const match = LOCAL_TIME.exec(text.trim());
  if (!match) return null;
  const local = `${match[1]}T${match[2]}`;
  const time = inZone(local);
  return time.isValid && time.toFormat("yyyy-MM-dd'T'HH:mm") === local ? local : null;
}

/** What to tell an editor whose time is not one: the schema and the content rules say the same. */
export const notALocalTime = (text: string): string =>
  `"${text}" is not a time on the clock in Norway: write "YYYY-MM-DDTHH:MM" in quotes, e.g. "2027-04-10T09:00"`;

/**
 * A YAML timestamp as text again: a YAML reader turns an unquoted "2027-04-10 09:00:00" into
 * a moment in UTC, so its UTC clock shows what the editor wrote.
 */
export function writtenTimeOf(date: Date): string {
  return date.toISOString().slice(0, 16);
}

/** The moment a local time names. */
export function instantOf(local: string): Date {
  return inZone(local).toJSDate();
}

/** ISO 8601 with Oslo's offset that day, for structured data: "2027-04-10T09:00:00+02:00". */
export function isoWithOffset(local: string): string {
  return inZone(local).toISO({ suppressMilliseconds: true })!;
}

/** The calendar day of a local time, "2027-04-10". */
export const dayOf = (local: string): string => local.slice(0, 10);

/**
 * When an event is, as readers say it: "torsdag 10. april 2027 kl. 09:00–15:30" on one day,
 * both dates and times when it runs over several.
 */
export function formatTimeSpan(start: string, end: string, lang: Lang): string {
  const locale = LOCALES[lang];
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: SITE_TIME_ZONE,
  });
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: SITE_TIME_ZONE });
  const [from, to] = [instantOf(start), instantOf(end)];
  const at = lang === 'nb' ? 'kl.' : '';
  const times = (date: Date) => [day.format(date), at, clock.format(date)].filter(Boolean).join(' ');
  if (dayOf(start) === dayOf(end)) return `${times(from)}–${clock.format(to)}`;
  return `${times(from)} – ${times(to)}`;
}
