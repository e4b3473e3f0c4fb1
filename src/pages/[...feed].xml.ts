// The RSS feeds: /nyheter/rss.xml, /en/news/rss.xml, /losninger/rss.xml, /en/solutions/rss.xml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_SECTIONS, feedResponse, type FeedSection } from '../data/feeds';
import { LANGS, type Lang } from '../i18n/langs';
import { feedPath } from '../lib/urls';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    FEED_SECTIONS.map((section) => ({
      params: { feed: feedPath(section, lang).slice(1, -'.xml'.length) },
      props: { section, lang },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ section: FeedSection; lang: Lang }> = ({ props, site }) =>
  feedResponse(props.section, props.lang, site ?? new URL('http://localhost'));
