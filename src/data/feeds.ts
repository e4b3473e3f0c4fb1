// RSS feeds: news and new solutions, one feed each per language, with absolute URLs.
import rss from '@astrojs/rss';
import { themeLinks } from './links';
import { loadSite } from './site';
import { LOCALES, type Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { entriesIn } from '../lib/routes';
import { byNewest } from '../lib/sorting';
import { absoluteUrl, entryPath, langRoot } from '../lib/urls';

export type FeedSection = 'news' | 'solutions';
export const FEED_SECTIONS: FeedSection[] = ['news', 'solutions'];

export async function feedResponse(section: FeedSection, lang: Lang, siteUrl: URL): Promise<Response> {
  const site = await loadSite();
  const ui = t(lang);
  const url = (path: string) => absoluteUrl(path, siteUrl, import.meta.env.BASE_URL);
  const entries = (section === 'news' ? entriesIn(site.news, lang) : entriesIn(site.solutions, lang)).sort(byNewest);
  return rss({
    title: `${section === 'news' ? ui.feedNewsTitle : ui.feedSolutionsTitle} – ${site.settings.name}`,
    description: site.settings.tagline[lang],
    site: url(langRoot(lang)),
    customData: `<language>${LOCALES[lang]}</language>`,
    items: entries.map(({ data }) => ({
      title: data.title,
      link: url(entryPath(section, lang, data.slug)),
      pubDate: data.publishDate,
      description: data.summary,
      categories: themeLinks(site, data.themes, lang).map((theme) => theme.label),
    })),
  });
}
