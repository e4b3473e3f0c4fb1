// Real queries against the built Pagefind index, from Node.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentFiles, isLive } from '../helpers/content-files';
import { memberFiles } from '../helpers/members';
import { loadSearch, searchAll, type PagefindApi } from '../helpers/pagefind';

const distDir = inject('distDir');
const search: Partial<Record<'nb' | 'en', PagefindApi>> = {};

beforeAll(async () => {
  search.nb = await loadSearch(distDir, 'nb');
  search.en = await loadSearch(distDir, 'en');
});

// [query, what it exercises, expected first result]
const QUERIES: Record<'nb' | 'en', [string, string, string][]> = {
  nb: [
    ['halm', 'a word of the title', '/losninger/protein-fra-halm/'],
    ['stivelse', 'a word of the title', '/losninger/stivelse-fra-potetskrell/'],
    ['værlam', 'æ', '/losninger/genomisk-seleksjon-av-sau/'],
    ['vaerlam', 'æ typed as ae', '/losninger/genomisk-seleksjon-av-sau/'],
    ['sauebonder', 'ø typed as o', '/historier/sauebonden-og-genene/'],
    ['øl', 'ø', '/losninger/ol-av-restbrod/'],
    ['avl', 'a short word and its compounds', '/losninger/genomisk-seleksjon-av-sau/'],
    ['tare metan', 'two words', '/losninger/tare-i-foret-mot-metan/'],
    ['sensor ku', 'stems of two words', '/losninger/sensorer-for-melkekyr/'],
    ['vertikalt gartneri', 'two words', '/losninger/vertikalt-gartneri-tynset/'],
    ['Larvelandet', 'a member name', '/medlemmer/larvelandet/'],
    ['Klosser', 'the real facilitator', '/medlemmer/klosser/'],
    ['personvern', 'a static page', '/personvern/'],
    ['feed', 'an English word for a Norwegian-only page about fôr', '/losninger/ol-av-restbrod/'],
  ],
  en: [
    ['straw', 'a word of the title', '/en/solutions/protein-from-straw/'],
    ['potato starch', 'two words', '/en/solutions/starch-from-potato-peel/'],
    ['cold chain', 'an English-only page', '/en/solutions/cold-chain-tracing/'],
    ['genomic selection', 'two words', '/en/solutions/genomic-selection-in-sheep/'],
    ['breeding', 'a theme word', '/en/solutions/genomic-selection-in-sheep/'],
    ['lettuce', 'a word of the title', '/en/news/fresh-lettuce-from-tynset/'],
    ['Larvelandet', 'a member name', '/en/members/larvelandet/'],
    ['Mjøsbio', 'a member name with ø', '/en/members/mjosbio/'],
    ['Mjosbio', 'the same typed without ø', '/en/members/mjosbio/'],
    ['Klosser', 'the real facilitator', '/en/members/klosser/'],
    ['privacy', 'a static page', '/en/privacy/'],
    ['meieri', 'a Norwegian word for an English-only page about dairy', '/en/solutions/cold-chain-tracing/'],
  ],
};

describe.each(['nb', 'en'] as const)('search in %s', (lang) => {
  it.each(QUERIES[lang])('"%s" (%s) finds %s first', async (query, _what, expected) => {
    const hits = await searchAll(search[lang]!, query);
    expect(hits[0]?.url, `results: ${hits.map((h) => h.url).join(', ')}`).toBe(expected);
  });

  it('holds only pages of its own language, as many of each type as the content has', async () => {
    const api = search[lang]!;
    const types = await api.filters();
    const counts = Object.fromEntries(await Promise.all(Object.keys(types['type'] ?? {}).map(async (type) => [type, (await searchAll(api, null, { type })).map((h) => h.url)] as const)));
    const urls = Object.values(counts).flat();
    expect(urls.every((url) => url.startsWith('/en/') === (lang === 'en')), urls.join(', ')).toBe(true);

    const live = (collection: string) => contentFiles(collection).filter((e) => e.lang === lang && isLive(e)).length;
    const label = lang === 'nb' ? { solution: 'Løsning', story: 'Medlemshistorie', news: 'Nyhet', member: 'Medlem', page: 'Side' } : { solution: 'Solution', story: 'Member story', news: 'News', member: 'Member', page: 'Page' };
    expect({
      solution: counts[label.solution]?.length,
      story: counts[label.story]?.length,
      news: counts[label.news]?.length,
      member: counts[label.member]?.length,
      page: counts[label.page]?.length,
    }).toEqual({
      solution: live('solutions'),
      story: live('stories'),
      news: live('news'),
      member: memberFiles().length,
      page: contentFiles('pages').filter((e) => e.lang === lang).length,
    });
  });

  it('filters by theme alone: sustainable feed lists every entry with that theme', async () => {
    const theme = lang === 'nb' ? 'Bærekraftig fôr' : 'Sustainable feed';
    const hits = await searchAll(search[lang]!, null, { theme });
    const tagged = (collection: string) =>
      contentFiles(collection).filter((e) => e.lang === lang && isLive(e) && (e.data['themes'] as string[] | undefined)?.includes('sustainable-feed')).length;
    const members = memberFiles().filter((m) => (m.data['themes'] as string[] | undefined)?.includes('sustainable-feed')).length;
    expect(hits.length).toBe(tagged('solutions') + tagged('stories') + tagged('news') + members);
  });
});

describe('keyword layer', () => {
  it('finds every Norwegian page with "bioraffineri" in it when searching for the part "raffineri"', async () => {
    const withCompound = contentFiles('solutions')
      .concat(contentFiles('stories'), contentFiles('news'))
      .filter((e) => e.lang === 'nb' && isLive(e) && /bioraffineri/i.test(`${String(e.data['title'])} ${String(e.data['summary'])}`));
    expect(withCompound.length).toBeGreaterThan(0);
    const found = (await searchAll(search.nb!, 'raffineri')).map((h) => h.url);
    for (const entry of withCompound) {
      const section = { solutions: '/losninger/', stories: '/historier/', news: '/nyheter/' }[entry.collection as 'solutions'];
      expect(found).toContain(`${section}${String(entry.data['slug'])}/`);
    }
  });

  it('does not add English words to Norwegian pages that have an English version', async () => {
    const found = (await searchAll(search.nb!, 'feed')).map((h) => h.url);
    expect(found).not.toContain('/losninger/protein-fra-halm/');
  });

  it('lets titles and summaries outweigh body text', async () => {
    // "halm" is in the title of one case and only in the body text of others.
    const [first, ...rest] = await searchAll(search.nb!, 'halm');
    expect(first?.url).toBe('/losninger/protein-fra-halm/');
    expect(rest.length).toBeGreaterThan(0);
  });
});
