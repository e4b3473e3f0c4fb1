// The RSS feeds: /nyheter/rss.xml, /en/news/rss.xml, /losninger/rss.xml, /en/solutions/rss.xml.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../data/feeds';
import { LANGS, type Lang } from '../i18n/langs';
import { collectionOf, FEED_KINDS, type FeedKind } from '../lib/content-kinds';
import { feedPath } from '../lib/urls';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    FEED_KINDS.map((kind) => ({
      params: { feed: feedPath(collectionOf(kind), lang).slice(1, -'.xml'.length) },
      props: { kind, lang },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: FeedKind; lang: Lang }> = ({ props, site }) =>
  feedResponse(props.kind, props.lang, site ?? new URL('http://localhost'));
