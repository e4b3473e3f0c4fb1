import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages, resolvePath, type BuiltPage } from '../helpers/dist';
import { contentFiles, isLive, type ContentFile } from '../helpers/content-files';

const SECTION_DIRS: Record<string, Record<'nb' | 'en', string>> = {
  solutions: { nb: '/losninger/', en: '/en/solutions/' },
  stories: { nb: '/historier/', en: '/en/stories/' },
  news: { nb: '/nyheter/', en: '/en/news/' },
};

const distDir = inject('distDir');
let pages: BuiltPage[];
const pageAt = (path: string) => pages.find((p) => p.path === path);

beforeAll(() => {
  // Redirect pages (earlier slugs) are checked in published-urls.test.ts.
  pages = builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0);
});

describe('every entry gets its pages', () => {
  for (const [collection, dirs] of Object.entries(SECTION_DIRS)) {
    for (const lang of ['nb', 'en'] as const) {
      it(`${collection} in ${lang}: one page per live entry, nothing dropped`, () => {
        const live = contentFiles(collection).filter((e) => e.lang === lang && isLive(e));
        const dir = dirs[lang];
        // Detail pages sit one level below the section; numbered folders are news pagination.
        const detail = pages.filter((p) => p.path.startsWith(dir) && /^[a-z0-9-]+\/$/.test(p.path.slice(dir.length)) && !/^\d+\/$/.test(p.path.slice(dir.length)));
        expect(detail.map((p) => p.path).sort()).toEqual(live.map((e) => `${dir}${String(e.data['slug'])}/`).sort());
      });
    }
  }

  it('builds the static pages, member pages and theme pages in both languages', () => {
    for (const page of contentFiles('pages')) {
      const path = page.lang === 'nb' ? `/${String(page.data['slug'])}/` : `/en/${String(page.data['slug'])}/`;
      expect(pageAt(path), path).toBeDefined();
    }
    const memberPages = (dir: string) => pages.filter((p) => p.path.startsWith(dir) && p.path !== dir);
    expect(memberPages('/medlemmer/').length).toBeGreaterThanOrEqual(12);
    expect(memberPages('/en/members/').length).toBe(memberPages('/medlemmer/').length);
    expect(memberPages('/tema/').length).toBe(memberPages('/en/themes/').length);
    expect(pageAt('/404.html')).toBeDefined();
  });

  it('leaves drafts and scheduled entries out', () => {
    const hidden: ContentFile[] = ['solutions', 'stories', 'news'].flatMap(contentFiles).filter((e) => !isLive(e));
    expect(hidden.length, 'the sample content includes a draft and a scheduled entry').toBeGreaterThanOrEqual(2);
    const allHtml = pages.map((p) => p.html).join('\n');
    for (const entry of hidden) {
      expect(resolvePath(distDir, `${SECTION_DIRS[entry.collection]?.[entry.lang]}${String(entry.data['slug'])}/`)).toBeNull();
      expect(allHtml).not.toContain(String(entry.data['title']));
    }
  });
});

describe('links and languages', () => {
  it('resolves every internal link, image and anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const { $ } = page;
      const urls = [
        ...$('a[href], link[href]').map((_, el) => $(el).attr('href')).get(),
        ...$('img[src]').map((_, el) => $(el).attr('src')).get(),
        ...$('[srcset]').map((_, el) => ($(el).attr('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0])).get(),
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

  it('gives hreflang alternates only to real translations, and both ways', () => {
    const canonicalPath = (url: string) => new URL(url).pathname;
    let pairs = 0;
    for (const page of pages.filter((p) => p.path !== '/404.html')) {
      const alternates = page.$('link[rel="alternate"][hreflang]').map((_, el) => ({ lang: page.$(el).attr('hreflang'), href: page.$(el).attr('href') ?? '' })).get();
      if (alternates.length === 0) continue;
      const other = alternates.find((a) => a.lang !== page.$('html').attr('lang') && a.lang !== 'x-default');
      expect(other, `${page.path} has alternates but no other language`).toBeDefined();
      const target = pageAt(canonicalPath(other!.href));
      expect(target, `${page.path} -> ${other!.href}`).toBeDefined();
      const back = target!.$('link[rel="alternate"][hreflang]').map((_, el) => canonicalPath(target!.$(el).attr('href') ?? '')).get();
      expect(back, `${target!.path} links back to ${page.path}`).toContain(page.path);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it('gives a single-language entry no hreflang and a switcher to the other section with a note', () => {
    const singles = contentFiles('solutions').filter((e, _, all) => isLive(e) && all.filter((o) => o.folder === e.folder).length === 1);
    expect(singles.map((e) => e.lang).sort()).toEqual(['en', 'nb']);
    for (const entry of singles) {
      const page = pageAt(`${SECTION_DIRS['solutions']![entry.lang]}${String(entry.data['slug'])}/`)!;
      expect(page.$('link[rel="alternate"][hreflang]')).toHaveLength(0);
      const other = entry.lang === 'nb' ? 'en' : 'nb';
      const switcher = page.$(`.language-switch a[hreflang="${other}"]`);
      expect(switcher.attr('href')).toBe(SECTION_DIRS['solutions']![other]);
      expect(page.$(`#${switcher.attr('aria-describedby')}`).text()).toMatch(/finnes ikke på engelsk|not available in Norwegian/);
      // ... and it is not listed in the other language.
      const otherIndex = pageAt(SECTION_DIRS['solutions']![other])!;
      expect(otherIndex.html).not.toContain(String(entry.data['title']));
    }
  });

  it('lists every page in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    const expected = pages.filter((p) => p.path !== '/404.html').map((p) => p.path);
    expect([...listed].sort()).toEqual(expected.sort());
  });
});

describe('client-side JavaScript only where it is needed', () => {
  it('runs scripts only for search, the solutions explorer and the copy button of the press box', () => {
    const executable = (p: BuiltPage) => p.$('script').filter((_, el) => p.$(el).attr('type') !== 'application/ld+json');
    const withScripts = pages.filter((p) => executable(p).length > 0);
    const needsScript = (p: BuiltPage) => p.$('#search-app, #explorer, .press-box').length > 0;
    expect(withScripts.filter((p) => !needsScript(p)).map((p) => p.path)).toEqual([]);
    expect(withScripts.map((p) => p.path)).toEqual(expect.arrayContaining(['/sok/', '/en/search/', '/losninger/', '/en/solutions/']));
    expect(pages.filter((p) => p.path === '/' || p.path.startsWith('/medlemmer/') || p.path.startsWith('/tema/')).filter((p) => executable(p).length > 0)).toEqual([]);
  });
});

describe('responsive images', () => {
  it('gives every image width, height and alt, and AVIF/WebP sources', () => {
    const images = pages.flatMap((p) => p.$('img').map((_, el) => ({ page: p.path, el: p.$(el) })).get());
    expect(images.length).toBeGreaterThan(0);
    for (const { page, el } of images) {
      expect(el.attr('width'), page).toMatch(/^\d+$/);
      expect(el.attr('height'), page).toMatch(/^\d+$/);
      expect(el.attr('alt'), page).toBeDefined();
    }
    const casePage = pageAt('/losninger/protein-fra-halm/')!;
    expect(casePage.$('picture source[type="image/avif"]').length).toBeGreaterThan(0);
    expect(casePage.$('picture source[type="image/webp"]').length).toBeGreaterThan(0);
  });
});

describe('for journalists', () => {
  it('puts a press box with dates, citation and the picture to download on every case page', () => {
    const cases = pages.filter((p) => /^\/(losninger|en\/solutions)\/[a-z0-9-]+\/$/.test(p.path));
    expect(cases.length).toBeGreaterThanOrEqual(24);
    for (const page of cases) {
      const box = page.$('.press-box');
      expect(box.length, page.path).toBe(1);
      expect(box.find('a[href^="mailto:"]').length, page.path).toBe(1);
      expect(box.find('a[download]').attr('href'), page.path).toMatch(/^\/_astro\/.+\.(jpg|jpeg|png|webp)$/);
      expect(box.find('time').length, page.path).toBeGreaterThanOrEqual(1);
      const canonical = page.$('link[rel="canonical"]').attr('href');
      expect(box.find('.citation').text(), page.path).toContain(canonical);
    }
  });
});

describe('sitemap', () => {
  it('pairs every translated page with its translation both ways, and dates entry pages', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const entries = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?(.*?)<\/url>/g)].map((m) => ({
      loc: m[1]!,
      lastmod: m[2],
      alternates: Object.fromEntries([...m[3]!.matchAll(/hreflang="(\w+)" href="([^"]+)"/g)].map((a) => [a[1]!, a[2]!])),
    }));
    const byLoc = new Map(entries.map((e) => [e.loc, e]));
    let pairs = 0;
    for (const entry of entries) {
      for (const [, url] of Object.entries(entry.alternates).filter(([, url]) => url !== entry.loc)) {
        expect(byLoc.get(url)?.alternates, `${url} links back to ${entry.loc}`).toSatisfy((alts: Record<string, string> | undefined) => Object.values(alts ?? {}).includes(entry.loc));
        pairs++;
      }
    }
    expect(pairs).toBeGreaterThan(50);
    const casePage = entries.find((e) => e.loc.endsWith('/losninger/protein-fra-halm/'));
    expect(casePage?.lastmod).toBe('2026-09-02');
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });
});
