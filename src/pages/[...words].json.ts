// The site's own words for the search page's "Mente du …?" suggestions: /sok/ord.json and
// /en/search/words.json, fetched only when a search finds little (src/client/search-page.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchVocabulary } from '../data/search';
import { loadSite } from '../data/site';
import { LANGS, type Lang } from '../i18n/langs';
import { searchWordsPath } from '../lib/urls';

type Props = { lang: Lang };

export const getStaticPaths = (() =>
  LANGS.map((lang) => ({
    params: { words: searchWordsPath(lang).slice(1, -'.json'.length) },
    props: { lang },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(JSON.stringify(searchVocabulary(await loadSite(), props.lang)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
