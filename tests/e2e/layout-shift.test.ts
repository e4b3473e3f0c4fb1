// Layout stability on a phone: the key pages (home, the solutions, a case, the search page
// empty and with a query that hits, in both languages) must not shift as they load, so
// Cumulative Layout Shift stays below 0.05. Any content must pass; the pages follow it.
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

describe('layout shift on a phone', () => {
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
