// RSS feeds: one per language for each kind with a feed (content-kinds.ts), newest first, with
// absolute URLs; the events feed carries the events still to come, soonest first, with their time.
// Each item's guid is the entry's stable id (src/lib/feeds.ts), its picture the press picture
// (an enclosure, with the file's length), its categories its themes; the channel links to its
// section and names its own address (atom:link rel="self"), as feed validators ask.
import rss from '@astrojs/rss';
import { themeLinks } from './links';
import { mediaTypeOf } from '../lib/press-pictures';
import { pressPictureFile, pressPictureOf } from './press-pictures';
import { loadSite, type Event, type SiteEntries, type ViewRoute } from './site';
import { LOCALES, type Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { collectionOf, KINDS, type FeedKind } from '../lib/content-kinds';
import { byStart, isUpcoming } from '../lib/event-time';
import { feedItemId } from '../lib/feeds';
import { formatTimeSpan } from '../lib/local-time';
import { byNewest } from '../lib/sorting';
import { absoluteUrl, feedPath, sectionPath } from '../lib/urls';
import { escapeXml } from '../lib/xml';

const ATOM = 'http://www.w3.org/2005/Atom';

export async function feedResponse(kind: FeedKind, lang: Lang, siteUrl: URL): Promise<Response> {
  const site = await loadSite();
  const section = collectionOf(kind);
  const url = (path: string) => absoluteUrl(path, siteUrl, import.meta.env.BASE_URL);
  const all = site.routes.filter((r): r is ViewRoute<FeedKind> => r.view === kind && r.lang === lang);
  const routes =
    kind === 'event'
      ? all
          .filter((r) => isUpcoming((r.entry as Event).data, site.now))
          .sort((a, b) => byStart(a.entry as Event, b.entry as Event))
      : all.sort((a, b) => byNewest(a.entry, b.entry));
  const when = (data: SiteEntries[FeedKind]['data']) => {
    if (kind !== 'event') return '';
    const { start, end } = data as Event['data'];
    return `${formatTimeSpan(start, end, lang)}. `;
  };
  const items = await Promise.all(
    routes.map(async (route) => {
      const { data, id } = route.entry;
      const press = pressPictureOf(route);
      const guid = feedItemId(siteUrl.host, section, id);
      return {
        title: data.title,
        link: url(route.path),
        pubDate: data.publishDate,
        description: `${when(data)}${data.summary}`,
        categories: themeLinks(site, data.themes, lang).map((theme) => theme.label),
        customData: `<guid isPermaLink="false">${escapeXml(guid)}</guid>`,
        ...(press && {
          enclosure: {
            url: url(press.path),
            length: (await pressPictureFile(press)).bytes,
            type: mediaTypeOf(press.format),
          },
        }),
      };
    }),
  );
  const self = url(feedPath(section, lang));
  return rss({
    title: `${t(lang)[KINDS[kind].feed]} – ${site.settings.name}`,
    description: site.settings.tagline[lang],
    site: url(sectionPath(section, lang)),
    xmlns: { atom: ATOM },
    customData:
      `<language>${LOCALES[lang]}</language>` +
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    items,
  });
}
