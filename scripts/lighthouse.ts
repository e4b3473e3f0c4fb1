// npm run lighthouse: Lighthouse (mobile preset) on the key pages of the built site, served on
// localhost and opened in the installed Chromium. Prints a table of the four category scores,
// the layout shift and the bytes the page loads (on Lighthouse's phone: 412 px wide, 1.75x).
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser, QUIET_BROWSER_FLAGS } from '../tests/helpers/browser';
import { templatePaths } from '../tests/helpers/templates';

// The key pages of whatever content the site has: home, the solutions list, a case, and the
// search page empty and with a search that finds something, in both languages.
const KEY_PAGES = /^\/(en\/)?$|^\/(losninger|en\/solutions)\/([a-z0-9-]+\/)?$|^\/(sok|en\/search)\/\?q=(?!xyzzy)/;
const PAGES = [...templatePaths('dist').filter((path) => KEY_PAGES.test(path)), '/sok/', '/en/search/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const port = 4600;
const server = await preview({ root: process.cwd(), server: { port, host: '127.0.0.1' }, logLevel: 'error' });
const chrome = await chromeLauncher.launch({
  chromePath: findBrowser(),
  chromeFlags: ['--headless=new', ...QUIET_BROWSER_FLAGS],
});
const rows: string[] = [];
try {
  for (const path of PAGES) {
    const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    const shift = (result?.lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3);
    const kib = ((result?.lhr.audits['total-byte-weight']?.numericValue ?? 0) / 1024).toFixed(1);
    rows.push(`| ${path} | ${scores.join(' | ')} | ${shift} | ${kib} |`);
    console.error(`${path}: ${scores.join(' ')} CLS ${shift}, ${kib} KiB`);
  }
} finally {
  chrome.kill();
  await server.stop();
}
console.log(
  [
    '| page | performance | accessibility | best practices | SEO | CLS | KiB loaded |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n'),
);
