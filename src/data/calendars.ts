// The events as iCalendar files: each event's own, and each language's calendar of all
// events (src/lib/calendar.ts writes them).
import { absoluteHref } from './href';
import type { Event, Site } from './site';
import type { Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { calendarText, uidOf, type CalendarEvent } from '../lib/calendar';
import { lastUpdated } from '../lib/dates';
import { byStart } from '../lib/event-time';
import { entriesIn } from '../lib/routes';
import { entryPath, langRoot } from '../lib/urls';
import { parseEntryId } from '../lib/translations';

/** Where an event is, as one line: the venue and its address, and the stream where there is one. */
export function eventLocation({ data }: Event): string | undefined {
  const place = data.place && [data.place.name, data.place.address].filter(Boolean).join(', ');
  return [place, data.online].filter(Boolean).join(' · ') || undefined;
}

function calendarEvent(event: Event, lang: Lang, siteUrl: URL | undefined): CalendarEvent {
  const { data } = event;
  const url = absoluteHref(entryPath('events', lang, data.slug), siteUrl);
  const { lat, lon } = data.place ?? {};
  return {
    // The folder, not the slug: a calendar that holds the event keeps it when its URL changes.
    uid: uidOf(parseEntryId(event.id)?.folder ?? event.id, absoluteHref('/', siteUrl)),
    start: data.start,
    end: data.end,
    summary: data.title,
    description: `${data.summary}\n\n${url}`,
    url,
    location: eventLocation(event),
    geo: lat !== undefined && lon !== undefined ? { lat, lon } : undefined,
    status: data.status,
    changed: lastUpdated(data) ?? data.publishDate,
  };
}

function calendarOf(site: Site, lang: Lang, events: Event[], siteUrl: URL | undefined): string {
  return calendarText({
    name: `${t(lang).calendarName} – ${site.settings.name}`,
    description: site.settings.tagline[lang],
    producer: { company: site.settings.name, product: 'Utstillingsvindu', language: lang.toUpperCase() },
    url: absoluteHref(langRoot(lang), siteUrl),
    events: events.map((event) => calendarEvent(event, lang, siteUrl)),
  });
}

/** Every published event of a language, soonest first. */
export function languageCalendar(site: Site, lang: Lang, siteUrl: URL | undefined): string {
  return calendarOf(site, lang, entriesIn(site.events, lang).sort(byStart), siteUrl);
}

export function eventCalendar(site: Site, event: Event, lang: Lang, siteUrl: URL | undefined): string {
  return calendarOf(site, lang, [event], siteUrl);
}
