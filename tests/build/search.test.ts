// Real queries against the built Pagefind indexes, from Node: what any content must give on
// both sites, and rankings of known queries on the fixture site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n/langs';
import type { EntryCollection } from '../../src/lib/content-kinds';
import { entriesOf, field, isLive, liveEntries, membersOf } from '../helpers/content';
import { loadSearch, searchAll, type PagefindApi } from '../helpers/pagefind';
import { bothSites, testSite } from '../helpers/sites';

const TYPE_LABELS: Record<Lang, Record<'solution' | 'story' | 'news' | 'member' | 'page', string>> = {
  nb: { solution: 'Løsning', story: 'Medlemshistorie', news: 'Nyhet', member: 'Medlem', page: 'Side' },
  en: { solution: 'Solution', story: 'Member story', news: 'News', member: 'Member', page: 'Page' },
};

describe.each(bothSites())('search on the $name site', ({ contentDir, distDir }) => {
  const search: Partial<Record<Lang, PagefindApi>> = {};
  beforeAll(async () => {
    for (const lang of LANGS) search[lang] = await loadSearch(distDir, lang);
  });

  it.each(LANGS)(
    'holds in %s only pages of its own language, as many of each type as the content has',
    async (lang) => {
      const api = search[lang]!;
      const types = await api.filters();
      const counts = Object.fromEntries(
        await Promise.all(
          Object.keys(types['type'] ?? {}).map(
            async (type) => [type, (await searchAll(api, null, { type })).map((h) => h.url)] as const,
          ),
        ),
      );
      const urls = Object.values(counts).flat();
      expect(
        urls.every((url) => url.startsWith('/en/') === (lang === 'en')),
        urls.join(', '),
      ).toBe(true);
      const label = TYPE_LABELS[lang];
      const live = (collection: 'solutions' | 'stories' | 'news') => liveEntries(contentDir, collection, lang).length;
      expect({
        solution: counts[label.solution]?.length ?? 0,
        story: counts[label.story]?.length ?? 0,
        news: counts[label.news]?.length ?? 0,
        member: counts[label.member]?.length ?? 0,
        page: counts[label.page]?.length ?? 0,
      }).toEqual({
        solution: live('solutions'),
        story: live('stories'),
        news: live('news'),
        member: membersOf(contentDir).length,
        page: entriesOf(contentDir, 'pages').filter((e) => e.lang === lang).length,
      });
    },
  );

  it.each(LANGS)('finds every live entry in %s by its title', async (lang) => {
    for (const collection of ['solutions', 'stories', 'news'] as const) {
      for (const entry of liveEntries(contentDir, collection, lang)) {
        const titles = (await searchAll(search[lang]!, field(entry, 'title'))).map((hit) => hit.title);
        expect(titles, field(entry, 'title')).toContain(field(entry, 'title'));
      }
    }
  });

  it.each(LANGS)(
    'shows in %s thumbnails that are files the result’s own page loads: none made for search',
    async (lang) => {
      const withPictures = (await searchAll(search[lang]!, null)).filter((hit) => hit.meta['image']);
      for (const hit of withPictures) {
        const page = readFileSync(join(distDir, hit.url, 'index.html'), 'utf8');
        const { image = '', image_fallback: fallback = '' } = hit.meta;
        expect(image, hit.url).toMatch(/\.avif$/);
        expect(page, `${hit.url}: ${image}`).toContain(`${image} `); // a srcset entry: the URL, then its width
        expect(page, `${hit.url}: ${fallback}`).toContain(`src="${fallback}"`);
      }
    },
  );
});

describe('search on the fixture site', () => {
  const { contentDir, distDir } = testSite('fixture');
  const search: Partial<Record<Lang, PagefindApi>> = {};
  beforeAll(async () => {
    for (const lang of LANGS) search[lang] = await loadSearch(distDir, lang);
  });

  // [query, what it exercises, expected first result]
  const QUERIES: Record<Lang, [string, string, string][]> = {
    nb: [
      ['halm', 'a word of the title', '/losninger/protein-av-halm/'],
      ['værlam', 'æ', '/losninger/genomisk-seleksjon-av-vaerlam/'],
      ['vaerlam', 'æ typed as ae', '/losninger/genomisk-seleksjon-av-vaerlam/'],
      ['sauebonder', 'ø typed as o', '/historier/sauebonden-som-tester-lam/'],
      ['øl', 'ø', '/losninger/ol-fra-gammelt-brod/'],
      ['avl', 'a short word: the theme about it first', '/tema/genetikk/'],
      ['protein halm', 'two words', '/losninger/protein-av-halm/'],
      ['Granli', 'a member name', '/medlemmer/granli/'],
      ['personvern', 'a static page', '/personvern/'],
      ['feed', 'an English word for a Norwegian-only page about fôr', '/losninger/ol-fra-gammelt-brod/'],
      ['fôr', 'ô, whose theme leads the pages about fôr', '/tema/for/'],
      ['Bioraffinering', 'a theme name', '/tema/bioraffinering/'],
      ['Proteinfôr i stor skala', 'a project name', '/prosjekter/proteinfor-i-stor-skala/'],
      ['Acme', 'a member name that other pages mention', '/medlemmer/acme/'],
    ],
    en: [
      ['straw', 'a word of the title', '/en/solutions/straw-protein/'],
      ['cold chain', 'an English-only page', '/en/solutions/dairy-cold-chain/'],
      ['genomic selection', 'two words', '/en/solutions/genomic-selection-of-ram-lambs/'],
      ['breeding', 'a word of the keyword layer: the theme about it first', '/en/themes/genetics/'],
      ['lettuce', 'a news item', '/en/news/lettuce-from-the-mountains/'],
      ['Fjøsdata', 'a member name with ø', '/en/members/fjosdata/'],
      ['Fjosdata', 'the same typed without ø', '/en/members/fjosdata/'],
      ['privacy', 'a static page', '/en/privacy/'],
      ['meieri', 'a Norwegian word for an English-only page about dairy', '/en/solutions/dairy-cold-chain/'],
      ['feed', 'a theme name', '/en/themes/feed/'],
      ['Protein feed at scale', 'a project name', '/en/projects/protein-feed-at-scale/'],
      ['Acme', 'a member name that other pages mention', '/en/members/acme/'],
    ],
  };

  describe.each(LANGS)('in %s', (lang) => {
    it.each(QUERIES[lang])('"%s" (%s) finds %s first', async (query, _what, expected) => {
      const hits = await searchAll(search[lang]!, query);
      expect(hits[0]?.url, `results: ${hits.map((h) => h.url).join(', ')}`).toBe(expected);
    });

    it('shows the picture of a case that has one, none for the press page, whose pictures are others’', async () => {
      const [withPicture, press] =
        lang === 'nb' ? ['/losninger/protein-av-halm/', '/presse/'] : ['/en/solutions/straw-protein/', '/en/press/'];
      const hits = await searchAll(search[lang]!, null);
      expect(hits.find((hit) => hit.url === withPicture)?.meta['image']).toMatch(/\.avif$/);
      expect(hits.find((hit) => hit.url === press)?.meta).toMatchObject({ image: '' });
    });

    it('filters by theme alone: the theme "feed" lists its page, every entry and member with it', async () => {
      const theme = lang === 'nb' ? 'Fôr' : 'Feed';
      const hits = await searchAll(search[lang]!, null, { theme });
      const tagged = (collection: Exclude<EntryCollection, 'pages'>) =>
        entriesOf(contentDir, collection).filter(
          (e) => e.lang === lang && isLive(e) && (e.data['themes'] as string[] | undefined)?.includes('feed'),
        ).length;
      const members = membersOf(contentDir).filter((m) =>
        (m.parsed.data as { themes?: string[] }).themes?.includes('feed'),
      ).length;
      const entries = (['solutions', 'stories', 'news', 'projects', 'events'] as const).map(tagged);
      const themePage = 1;
      expect(hits.length).toBe(entries.reduce((sum, n) => sum + n, 0) + members + themePage);
    });
  });

  describe('accents', () => {
    const pageText = (url: string) => readFileSync(join(distDir, url, 'index.html'), 'utf8').toLowerCase();

    it('finds with "fôr" only pages about fôr, none with just "for" or "forskning"', async () => {
      const hits = await searchAll(search.nb!, 'fôr');
      expect(hits.length).toBeGreaterThan(3);
      for (const hit of hits) expect(pageText(hit.url), hit.url).toContain('fôr');
      expect(hits.map((h) => h.url)).not.toContain('/prosjekter/genetikk-for-robuste-sauer/');
    });

    it('finds nothing with "fôr" in English rather than every "for"', async () => {
      expect(await searchAll(search.en!, 'fôr')).toEqual([]);
      expect((await searchAll(search.en!, 'for')).length).toBeGreaterThan(0);
    });

    it('still finds words with æ, ø and å when they are typed without', async () => {
      const found = (await searchAll(search.nb!, 'proteinfor')).map((h) => h.url);
      expect(found).toContain('/prosjekter/proteinfor-i-stor-skala/');
    });
  });

  describe('keyword layer', () => {
    it('finds the page with "bioraffineri" in its summary when searching for the part "raffineri"', async () => {
      const found = (await searchAll(search.nb!, 'raffineri')).map((h) => h.url);
      expect(found).toContain('/losninger/protein-av-halm/');
    });

    it('does not add English words to Norwegian pages that have an English version', async () => {
      const found = (await searchAll(search.nb!, 'feed')).map((h) => h.url);
      expect(found).not.toContain('/losninger/protein-av-halm/');
    });

    it('lets titles and summaries outweigh body text', async () => {
      // "halm" is in the title of one case and only in the body text of a member and others.
      const [first, ...rest] = await searchAll(search.nb!, 'halm');
      expect(first?.url).toBe('/losninger/protein-av-halm/');
      expect(rest.length).toBeGreaterThan(0);
    });
  });
});
