// Page budgets: bytes of HTML, CSS and JavaScript per page, one render-blocking stylesheet,
// at most two font files, and the first picture of a case loaded at once. Prints the worst pages.
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../helpers/dist';
import { pageWeight, type Weight } from '../helpers/page-weight';
import { bothSites } from '../helpers/sites';

const KB = 1024;
const BUDGET = {
  html: { raw: 80 * KB, gzip: 14 * KB },
  css: { raw: 30 * KB, gzip: 7 * KB },
  // Search and the explorer bring their own code (Pagefind itself loads on demand, see the
  // first-search budget in tests/e2e/search.test.ts; so do the spelling suggestions); the press
  // box's copy button is tiny. The search page's script was 4.0 KB gzip before it learned to carry
  // a search to the other language, match accents and suggest words: 4.5 KB now.
  jsSearch: { raw: 11 * KB, gzip: 5 * KB },
  jsOther: { raw: 4 * KB, gzip: 2 * KB },
};

const fmt = (w: Weight) => `${(w.raw / KB).toFixed(1)} KB (${(w.gzip / KB).toFixed(1)} KB gzip)`;
const over = (w: Weight, budget: Weight) => w.raw > budget.raw || w.gzip > budget.gzip;

describe.each(bothSites())('page budgets on the $name site', ({ distDir }) => {
  const pages = builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0);
  const rows = pages.map((page) => ({ page, ...pageWeight(distDir, page) }));

  it('keeps HTML, CSS and JavaScript of every page within budget', () => {
    for (const key of ['html', 'css', 'js'] as const) {
      const worst = [...rows].sort((a, b) => b[key].raw - a[key].raw).slice(0, 3);
      console.log(`Heaviest ${key.toUpperCase()}: ${worst.map((r) => `${r.page.path} ${fmt(r[key])}`).join('; ')}`);
    }
    const offenders = rows.flatMap(({ page, html, css, js }) => {
      const jsBudget = page.path === '/sok/' || page.path === '/en/search/' ? BUDGET.jsSearch : BUDGET.jsOther;
      return [
        ...(over(html, BUDGET.html) ? [`${page.path} HTML ${fmt(html)}`] : []),
        ...(over(css, BUDGET.css) ? [`${page.path} CSS ${fmt(css)}`] : []),
        ...(over(js, jsBudget) ? [`${page.path} JS ${fmt(js)}`] : []),
      ];
    });
    expect(offenders).toEqual([]);
  });

  it('blocks rendering on one stylesheet at most, and on no script', () => {
    for (const page of pages) {
      expect(page.$('head link[rel="stylesheet"]').length, page.path).toBeLessThanOrEqual(1);
      const blocking = page
        .$('head script[src]')
        .filter((_, el) => page.$(el).attr('type') !== 'module' && page.$(el).attr('defer') === undefined);
      expect(blocking.length, page.path).toBe(0);
    }
  });

  it('preloads its font, with at most two font files', () => {
    for (const page of pages) {
      const fonts = page.$('link[rel="preload"][as="font"]');
      expect(fonts.length, page.path).toBeGreaterThanOrEqual(1);
      expect(fonts.length, page.path).toBeLessThanOrEqual(2);
    }
  });

  it('loads the picture at the top of a case at once, and the rest lazily', () => {
    const cases = pages.filter((p: BuiltPage) => /^\/(losninger|en\/solutions)\/[a-z0-9-]+\/$/.test(p.path));
    expect(cases.length).toBeGreaterThan(0);
    for (const page of cases) {
      const images = page.$('main img');
      expect(images.first().attr('loading'), page.path).toBe('eager');
      expect(images.first().attr('fetchpriority'), page.path).toBe('high');
      images.slice(1).each((_, img) => expect(page.$(img).attr('loading'), page.path).toBe('lazy'));
    }
  });
});
