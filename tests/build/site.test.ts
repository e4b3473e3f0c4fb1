// What any valid content must give: a page for every live entry and nothing for the rest,
// links that resolve, languages marked and paired only where a translation exists, the
// sitemap, scripts only where needed, responsive pictures and the press box. Runs on both the
// real content and the fixture site; the fixture also proves it has each case to check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS, otherLang } from '../../src/i18n/langs';
import { readListItems } from '../../src/lib/content-files';
import type { EntryCollection } from '../../src/lib/content-kinds';
import { entriesOf, field, isLive, isTranslated, liveEntries, membersOf, type Entry } from '../helpers/content';
import { builtPages, resolvePath, type BuiltPage } from '../helpers/dist';
import { bothSites, testSite } from '../helpers/sites';
import { readSitemap } from '../helpers/sitemap';

const SECTION_DIRS: Record<Exclude<EntryCollection, 'pages'>, Record<'nb' | 'en', string>> = {
  solutions: { nb: '/losninger/', en: '/en/solutions/' },
  stories: { nb: '/historier/', en: '/en/stories/' },
  news: { nb: '/nyheter/', en: '/en/news/' },
  projects: { nb: '/prosjekter/', en: '/en/projects/' },
  events: { nb: '/arrangementer/', en: '/en/events/' },
};
const SECTIONS = Object.keys(SECTION_DIRS) as (keyof typeof SECTION_DIRS)[];
const pagePath = (entry: Entry) =>
  entry.collection === 'pages'
    ? `${entry.lang === 'nb' ? '/' : '/en/'}${field(entry, 'slug')}/`
    : `${SECTION_DIRS[entry.collection][entry.lang]}${field(entry, 'slug')}/`;

/** Every entry page of a content folder's live entries. */
const liveEntryFiles = (contentDir: string) =>
  [...SECTIONS, 'pages' as const].flatMap((c) => entriesOf(contentDir, c).filter((e) => isLive(e)));

describe.each(bothSites())('the $name site', ({ contentDir, distDir }) => {
  // Redirect pages (earlier slugs) are checked in published-urls.test.ts.
  const pages = builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0);
  const pageAt = (path: string) => pages.find((p) => p.path === path);

  describe('every entry gets its pages', () => {
    for (const collection of SECTIONS) {
      for (const lang of LANGS) {
        it(`${collection} in ${lang}: one page per live entry, nothing dropped`, () => {
          const dir = SECTION_DIRS[collection][lang];
          // Detail pages sit one level below the section; numbered folders are news pagination.
          const detail = pages.filter(
            (p) =>
              p.path.startsWith(dir) &&
              /^[a-z0-9-]+\/$/.test(p.path.slice(dir.length)) &&
              !/^\d+\/$/.test(p.path.slice(dir.length)),
          );
          expect(detail.map((p) => p.path).sort()).toEqual(
            liveEntries(contentDir, collection, lang).map(pagePath).sort(),
          );
        });
      }
    }

    it('builds the static pages, a page per member and per theme in both languages, and the 404 page', () => {
      for (const page of entriesOf(contentDir, 'pages')) expect(pageAt(pagePath(page)), pagePath(page)).toBeDefined();
      const below = (dir: string) => pages.filter((p) => p.path.startsWith(dir) && p.path !== dir);
      for (const dir of ['/medlemmer/', '/en/members/']) expect(below(dir)).toHaveLength(membersOf(contentDir).length);
      for (const dir of ['/tema/', '/en/themes/'])
        expect(below(dir)).toHaveLength(readListItems(contentDir, 'themes').length);
      expect(pageAt('/404.html')).toBeDefined();
    });

    it('leaves drafts and scheduled entries out', () => {
      const hidden = SECTIONS.flatMap((c) => entriesOf(contentDir, c)).filter((e) => !isLive(e));
      const shown = new Set(liveEntryFiles(contentDir).map((e) => field(e, 'title')));
      const allHtml = pages.map((p) => p.html).join('\n');
      for (const entry of hidden) {
        expect(resolvePath(distDir, pagePath(entry)), pagePath(entry)).toBeNull();
        if (!shown.has(field(entry, 'title'))) expect(allHtml).not.toContain(field(entry, 'title'));
      }
    });
  });

  describe('links and languages', () => {
    it('resolves every internal link, image and anchor', () => {
      const broken: string[] = [];
      for (const page of pages) {
        const { $ } = page;
        const urls = [
          ...$('a[href], link[href]')
            .map((_, el) => $(el).attr('href'))
            .get(),
          ...$('img[src]')
            .map((_, el) => $(el).attr('src'))
            .get(),
          ...$('[srcset]')
            .map((_, el) => ($(el).attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]))
            .get(),
        ];
        for (const url of urls) {
          if (!url || /^(mailto|tel):/.test(url) || /^https?:\/\//.test(url)) continue;
          // Relative links (as editors write them in Markdown) resolve against the page.
          const resolved = new URL(url, `http://site${page.path}`);
          const [path, anchor] = [decodeURIComponent(resolved.pathname), resolved.hash.slice(1)];
          const file = resolvePath(distDir, path);
          if (!file) {
            broken.push(`${page.path} -> ${url}`);
            continue;
          }
          if (anchor) {
            const target = file.endsWith('.html') ? readFileSync(file, 'utf8') : '';
            if (!target.includes(`id="${anchor}"`)) broken.push(`${page.path} -> ${url} (no #${anchor})`);
          }
        }
      }
      expect(broken).toEqual([]);
    });

    it('marks each page with lang nb or en exactly', () => {
      for (const page of pages) {
        const expected = page.path.startsWith('/en/') ? 'en' : 'nb';
        expect(page.$('html').attr('lang'), page.path).toBe(expected);
      }
    });

    it('pairs pages with hreflang both ways', () => {
      const canonicalPath = (url: string) => new URL(url).pathname;
      for (const page of pages.filter((p) => p.path !== '/404.html')) {
        const alternates = page
          .$('link[rel="alternate"][hreflang]')
          .map((_, el) => ({ lang: page.$(el).attr('hreflang'), href: page.$(el).attr('href') ?? '' }))
          .get();
        if (alternates.length === 0) continue;
        const other = alternates.find((a) => a.lang !== page.$('html').attr('lang') && a.lang !== 'x-default');
        expect(other, `${page.path} has alternates but no other language`).toBeDefined();
        const target = pageAt(canonicalPath(other!.href));
        expect(target, `${page.path} -> ${other!.href}`).toBeDefined();
        const back = target!
          .$('link[rel="alternate"][hreflang]')
          .map((_, el) => canonicalPath(target!.$(el).attr('href') ?? ''))
          .get();
        expect(back, `${target!.path} links back to ${page.path}`).toContain(page.path);
      }
      expect(pageAt('/')!.$('link[rel="alternate"][hreflang="en"]').length).toBe(1);
    });

    it('gives an entry page hreflang alternates exactly when the entry has a live translation', () => {
      for (const entry of liveEntryFiles(contentDir)) {
        const page = pageAt(pagePath(entry))!;
        expect(page.$('link[rel="alternate"][hreflang]').length > 0, pagePath(entry)).toBe(
          isTranslated(contentDir, entry),
        );
      }
    });

    it('leads the switch of a one-language entry to the other section, with a note; lists it in its own only', () => {
      for (const entry of liveEntryFiles(contentDir).filter(
        (e) => !isTranslated(contentDir, e) && e.collection !== 'pages',
      )) {
        const page = pageAt(pagePath(entry))!;
        const other = otherLang(entry.lang);
        const section = SECTION_DIRS[entry.collection as keyof typeof SECTION_DIRS];
        const switcher = page.$(`.language-switch a[hreflang="${other}"]`);
        expect(switcher.attr('href'), pagePath(entry)).toBe(section[other]);
        expect(page.$(`#${switcher.attr('aria-describedby')}`).text()).toMatch(
          /finnes ikke på engelsk|not available in Norwegian/,
        );
        expect(pageAt(section[other])!.$(`a[href="${pagePath(entry)}"]`)).toHaveLength(0);
      }
    });

    it('lists every page in the sitemap', () => {
      const listed = new Set(readSitemap(distDir).pages.map((page) => page.path));
      const expected = pages.filter((p) => p.path !== '/404.html').map((p) => p.path);
      expect([...listed].sort()).toEqual(expected.sort());
    });
  });

  describe('sitemap', () => {
    const { index, chunks, pages: entries } = readSitemap(distDir);

    it('is an index of sitemaps, named in robots.txt and still at its first address', () => {
      expect(new URL(index).pathname).toBe('/sitemap-index.xml');
      expect(chunks.length).toBeGreaterThan(0);
      expect(readFileSync(join(distDir, 'sitemap.xml'), 'utf8')).toBe(
        readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8'),
      );
    });

    it('pairs every translated page with its translation both ways', () => {
      const byLoc = new Map(entries.map((e) => [e.loc, e]));
      for (const entry of entries) {
        for (const url of Object.values(entry.alternates).filter((url) => url !== entry.loc)) {
          expect(Object.values(byLoc.get(url)?.alternates ?? {}), `${url} links back to ${entry.loc}`).toContain(
            entry.loc,
          );
        }
      }
    });

    it('dates every entry page by its last update, or its publication', () => {
      const byPath = new Map(entries.map((e) => [e.path, e]));
      for (const entry of liveEntryFiles(contentDir)) {
        const date = entry.data['updated'] ?? entry.data['publishDate'];
        expect(byPath.get(pagePath(entry))?.lastmod?.slice(0, 10), pagePath(entry)).toBe(String(date));
      }
    });
  });

  describe('client-side JavaScript only where it is needed', () => {
    it('runs scripts only for search, the solutions explorer and the copy button of the press box', () => {
      const executable = (p: BuiltPage) =>
        p.$('script').filter((_, el) => p.$(el).attr('type') !== 'application/ld+json');
      const withScripts = pages.filter((p) => executable(p).length > 0);
      const needsScript = (p: BuiltPage) => p.$('#search-app, #explorer, .press-box').length > 0;
      expect(withScripts.filter((p) => !needsScript(p)).map((p) => p.path)).toEqual([]);
      expect(withScripts.map((p) => p.path)).toEqual(
        expect.arrayContaining(['/sok/', '/en/search/', '/losninger/', '/en/solutions/']),
      );
      expect(
        pages
          .filter((p) => p.path === '/' || p.path.startsWith('/medlemmer/') || p.path.startsWith('/tema/'))
          .filter((p) => executable(p).length > 0),
      ).toEqual([]);
    });
  });

  describe('pictures and the press box', () => {
    const cases = liveEntryFiles(contentDir)
      .filter((e) => e.collection === 'solutions')
      .map((e) => pageAt(pagePath(e))!);

    it('gives every image width, height and alt, and every case picture AVIF widths and a plain fallback', () => {
      for (const page of pages) {
        page.$('img').each((_, img) => {
          expect(page.$(img).attr('width'), page.path).toMatch(/^\d+$/);
          expect(page.$(img).attr('height'), page.path).toMatch(/^\d+$/);
          expect(page.$(img).attr('alt'), page.path).toBeDefined();
        });
      }
      for (const page of cases) {
        const hero = page.$('main picture').first();
        const avif = hero.find('source[type="image/avif"]');
        expect(avif.length, page.path).toBe(1);
        // Several widths, so that a phone does not load what a wide screen needs.
        expect(avif.attr('srcset')?.split(',').length, page.path).toBeGreaterThan(1);
        expect(avif.attr('sizes'), page.path).toBeTruthy();
        // For browsers without AVIF: one file in a format every browser reads.
        expect(hero.find('img').attr('src'), page.path).toMatch(/\.(jpg|png|gif)$/);
        expect(hero.find('img').attr('srcset'), page.path).toBeUndefined();
      }
    });

    it('puts a press box with dates, citation and the picture to download on every case page', () => {
      for (const page of cases) {
        const box = page.$('.press-box');
        expect(box.length, page.path).toBe(1);
        expect(box.find('a[href^="mailto:"]').length, page.path).toBe(1);
        expect(box.find('a[download]').attr('href'), page.path).toMatch(
          new RegExp(`^${page.path}[a-z0-9_-]+\\.(jpg|png|webp|avif|tif)$`),
        );
        expect(box.find('time').length, page.path).toBeGreaterThanOrEqual(1);
        const canonical = page.$('link[rel="canonical"]').attr('href');
        expect(box.find('.citation').text(), page.path).toContain(canonical);
      }
    });
  });
});

describe('the fixture site has every case the tests above look at', () => {
  const { contentDir } = testSite('fixture');
  const entries = liveEntryFiles(contentDir);

  it('has a draft and a scheduled entry', () => {
    const hidden = SECTIONS.flatMap((c) => entriesOf(contentDir, c)).filter((e) => !isLive(e));
    expect(hidden.some((e) => e.data['draft'] === true)).toBe(true);
    expect(hidden.some((e) => e.data['draft'] !== true)).toBe(true);
  });

  it('has a solution in each language only, an entry with an update date, and a case in both languages', () => {
    const singles = entries.filter((e) => e.collection === 'solutions' && !isTranslated(contentDir, e));
    expect(singles.map((e) => e.lang).sort()).toEqual(['en', 'nb']);
    expect(entries.some((e) => e.data['updated'] && e.data['publishDate'])).toBe(true);
    expect(entries.some((e) => e.collection === 'solutions' && isTranslated(contentDir, e))).toBe(true);
  });
});
