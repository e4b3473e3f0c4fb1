// RSS feeds: one per language for each kind with a feed (content-kinds.ts), newest first, with
// absolute URLs; the events feed carries the events still to come, soonest first, with their time.
import rss from '@astrojs/rss';
import { themeLinks } from './links';
import { loadSite, type Event, type SiteEntries } from './site';
import { LOCALES, type Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { collectionOf, KINDS, type FeedKind } from '../lib/content-kinds';
import { byStart, isUpcoming } from '../lib/event-time';
import { formatTimeSpan } from '../lib/local-time';
import { entriesIn } from '../lib/routes';
import { byNewest } from '../lib/sorting';
import { absoluteUrl, entryPath, langRoot } from '../lib/urls';

export async function feedResponse(kind: FeedKind, lang: Lang, siteUrl: URL): Promise<Response> {
  const site = await loadSite();
  const section = collectionOf(kind);
  const url = (path: string) => absoluteUrl(path, siteUrl, import.meta.env.BASE_URL);
  const all = entriesIn<SiteEntries[FeedKind]>(site[section], lang);
  const entries =
    kind === 'event' ? (all as Event[]).filter((e) => isUpcoming(e.data, site.now)).sort(byStart) : all.sort(byNewest);
  const when = (data: SiteEntries[FeedKind]['data']) => {
    if (kind !== 'event') return '';
    const { start, end } = data as Event['data'];
    return `${formatTimeSpan(start, end, lang)}. `;
  };
  return rss({
    title: `${t(lang)[KINDS[kind].feed]} – ${site.settings.name}`,
    description: site.settings.tagline[lang],
    site: url(langRoot(lang)),
    customData: `<language>${LOCALES[lang]}</language>`,
    items: entries.map(({ data }) => ({
      title: data.title,
      link: url(entryPath(section, lang, data.slug)),
      pubDate: data.publishDate,
      description: `${when(data)}${data.summary}`,
      categories: themeLinks(site, data.themes, lang).map((theme) => theme.label),
    })),
  });
}
