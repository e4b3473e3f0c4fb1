// The iCalendar files: /arrangementer/kalender.ics and /en/events/calendar.ics with every
// event, and one beside each event's page (/arrangementer/<slug>/<slug>.ics).
import type { APIRoute, GetStaticPaths } from 'astro';
import { eventCalendar, languageCalendar } from '../data/calendars';
import { loadSite, type Event } from '../data/site';
import { LANGS, type Lang } from '../i18n/langs';
import { entriesIn } from '../lib/routes';
import { calendarPath, eventCalendarPath } from '../lib/urls';

type Props = { lang: Lang; event?: Event };

const param = (path: string) => path.slice(1, -'.ics'.length);

export const getStaticPaths = (async () => {
  const site = await loadSite();
  return LANGS.flatMap((lang) => [
    { params: { calendar: param(calendarPath(lang)) }, props: { lang } },
    ...entriesIn(site.events, lang).map((event) => ({
      params: { calendar: param(eventCalendarPath(lang, event.data.slug)) },
      props: { lang, event },
    })),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site: siteUrl }) => {
  const site = await loadSite();
  const text = props.event
    ? eventCalendar(site, props.event, props.lang, siteUrl)
    : languageCalendar(site, props.lang, siteUrl);
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
