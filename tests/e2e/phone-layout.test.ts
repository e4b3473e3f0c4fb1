// The layout on a phone: the key pages (home, the solutions, a case, the search page empty and
// with a query that hits, in both languages) must not shift as they load (Cumulative Layout
// Shift below 0.05); the header stays short at 320 px; a case's impact figures come right after
// its lead and fit the screen. Any content must pass; the pages follow it.
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser';
import { testSite } from '../helpers/sites';
import { templatePaths } from '../helpers/templates';

const context = useBrowserAndSite(() => testSite('content').distDir);
const KEY_PAGES = /^\/(en\/)?$|^\/(losninger|en\/solutions)\/([a-z0-9-]+\/)?$|^\/(sok|en\/search)\/(\?q=(?!xyzzy).*)?$/;
const BUDGET = 0.05;

/** The sum of every shift not caused by input: an upper bound of the CLS that browsers report. */
const LAYOUT_SHIFT = `new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(total), 1500);
})`;

describe('on a phone', () => {
  it('stays below 0.05 on home, solutions, a case and search, in both languages', async () => {
    const paths = [...new Set([...templatePaths(testSite('content').distDir), '/sok/', '/en/search/'])].filter((path) =>
      KEY_PAGES.test(path),
    );
    expect(paths.length).toBeGreaterThanOrEqual(8);
    const shifts: Record<string, number> = {};
    for (const path of paths) {
      const page = await context.browser.newPage({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
      await page.goto(`${context.site.origin}${path}`, { waitUntil: 'networkidle' });
      if (path.includes('?q=')) await page.locator('#search-results li').first().waitFor();
      shifts[path] = Number(await page.evaluate(LAYOUT_SHIFT));
      await page.close();
    }
    console.log('Layout shift:', shifts);
    for (const [path, shift] of Object.entries(shifts)) expect(shift, path).toBeLessThan(BUDGET);
  }, 120_000);
});

describe('at 320 px', () => {
  const paths = () =>
    templatePaths(testSite('content').distDir).filter((path) => !path.includes('?') && path !== '/404.html');

  it('keeps the header at most 160 px tall on every page template', async () => {
    const page = await context.browser.newPage({ viewport: { width: 320, height: 640 } });
    const heights: Record<string, number> = {};
    for (const path of paths()) {
      await page.goto(`${context.site.origin}${path}`);
      heights[path] = (await page.locator('header.site-header').boundingBox())!.height;
    }
    await page.close();
    console.log('Header heights at 320 px:', heights);
    for (const [path, height] of Object.entries(heights)) expect(height, path).toBeLessThanOrEqual(160);
  });

  it('shows a case’s impact figures right after its lead, within the screen, caption and all', async () => {
    const page = await context.browser.newPage({ viewport: { width: 320, height: 640 } });
    const cases = paths().filter((path) => /^\/(en\/solutions|losninger)\/.+\//.test(path));
    let checked = 0;
    for (const path of cases) {
      await page.goto(`${context.site.origin}${path}`);
      if ((await page.locator('.impact').count()) === 0) continue;
      checked++;
      const layout = await page.evaluate(() => {
        const impact = document.querySelector('.impact')!;
        const caption = impact.querySelector('caption')!.getBoundingClientRect();
        return {
          afterHeader: impact.previousElementSibling?.matches('header') ?? false,
          pageWidth: document.documentElement.scrollWidth,
          widest: Math.max(...[...impact.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)),
          captionInside: caption.left >= 0 && caption.right <= window.innerWidth,
        };
      });
      expect(layout, path).toEqual({ afterHeader: true, pageWidth: 320, widest: layout.widest, captionInside: true });
      expect(layout.widest, path).toBeLessThanOrEqual(320);
    }
    await page.close();
    console.log(`Impact figures checked on ${checked} of ${cases.length} case pages`);
  });
});
