// axe-core on every page template in both languages, both colour schemes and two widths;
// a keyboard walk through a case page; screenshots for a person to look at.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { useBrowserAndSite } from '../helpers/browser';
import { testSite, type SiteName } from '../helpers/sites';
import { TEMPLATE_COUNT, templatePaths } from '../helpers/templates';

const sites = {
  content: useBrowserAndSite(() => testSite('content').distDir),
  fixture: useBrowserAndSite(() => testSite('fixture').distDir),
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SCREENSHOTS = join(PROJECT_ROOT, 'test-results/screens');
const VIEWPORTS = { narrow: { width: 320, height: 800 }, wide: { width: 1280, height: 900 } };
const SCHEMES = ['light', 'dark'] as const;

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

async function openPage(
  site: SiteName,
  path: string,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
): Promise<Page> {
  const context = sites[site];
  const page = await context.browser.newPage({ viewport, colorScheme });
  await page.goto(`${context.site.origin}${path}`);
  if (path.includes('?q='))
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.match(/treff|result/));
  return page;
}

// The real content in both widths and both schemes; the fixture site, which has every template
// the content may lack, in the two corners of that square.
const RUNS: [SiteName, keyof typeof VIEWPORTS, (typeof SCHEMES)[number]][] = [
  ['content', 'narrow', 'light'],
  ['content', 'narrow', 'dark'],
  ['content', 'wide', 'light'],
  ['content', 'wide', 'dark'],
  ['fixture', 'narrow', 'light'],
  ['fixture', 'wide', 'dark'],
];

describe('axe-core finds no violations', () => {
  it('has a fixture site with a page of every template', () => {
    expect(templatePaths(testSite('fixture').distDir)).toHaveLength(TEMPLATE_COUNT + 3);
  });

  for (const [site, width, scheme] of RUNS) {
    const viewport = VIEWPORTS[width];
    it(`on every template of the ${site} site, ${width} (${viewport.width} px), ${scheme}`, async () => {
      const violations: string[] = [];
      for (const path of templatePaths(testSite(site).distDir)) {
        const page = await openPage(site, path, viewport, scheme);
        // WCAG 1.4.10 reflow: nothing may need sideways scrolling of the whole page at 320 px.
        const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (pageWidth > viewport.width) violations.push(`${path}: page is ${pageWidth} px wide (reflow)`);
        await page.evaluate(AXE_SOURCE);
        const result = await page.evaluate(
          (tags) =>
            (
              window as unknown as {
                axe: {
                  run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
                };
              }
            ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
          AXE_TAGS,
        );
        for (const v of result.violations)
          violations.push(`${path}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        await page.close();
      }
      expect(violations).toEqual([]);
    }, 180_000);
  }
});

describe('keyboard', () => {
  it('tabs through a case page in order, each stop with a visible focus indicator', async () => {
    const page = await openPage('fixture', '/losninger/protein-av-halm/', VIEWPORTS.wide, 'light');
    const stops: { text: string; region: string; visible: boolean }[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // A card's link shows its focus on the whole card (:focus-within), the others on themselves.
        const shown = el.closest<HTMLElement>('.card') ?? el;
        const ringOf = () =>
          [el, shown]
            .map((node) => getComputedStyle(node))
            .map((style) => `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`)
            .join(' | ');
        const ring = ringOf();
        el.blur();
        const restRing = ringOf();
        el.focus();
        const region = el.closest('footer')
          ? 'footer'
          : el.closest('main')
            ? 'main'
            : el.closest('header')
              ? 'header'
              : 'top';
        return {
          text: (el.textContent || el.getAttribute('aria-label') || el.getAttribute('name') || el.tagName).trim(),
          region,
          visible: ring !== restRing,
        };
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops[0]?.text).toBe('Hopp til hovedinnhold');
    const order = stops.map((s) => s.region).filter((r, i, all) => r !== all[i - 1]);
    expect(order).toEqual(['top', 'header', 'main', 'footer']);
    const texts = stops.map((s) => s.text);
    for (const expected of ['Løsninger', 'English', 'Granli Gard AS', 'kari.nordmann@example.no', 'Personvern'])
      expect(texts).toContain(expected);
    expect(texts.indexOf('English')).toBeLessThan(texts.indexOf('Granli Gard AS'));
    expect(stops.filter((s) => !s.visible).map((s) => s.text)).toEqual([]);
    await page.close();
  });

  it('moves focus to the main content with the skip link', async () => {
    const page = await openPage('fixture', '/en/', VIEWPORTS.wide, 'light');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });
});

describe('screenshots', () => {
  it('of home, solutions, a case, search, a member, projects and events, 320 and 1280 px, light and dark', async () => {
    const paths = templatePaths(testSite('content').distDir);
    const first = (pattern: RegExp) => paths.find((path) => pattern.test(path)) ?? '/';
    const shots = {
      home: '/',
      solutions: '/losninger/',
      case: first(/^\/losninger\/.+\//),
      search: first(/^\/sok\/\?q=(?!xyzzy)/),
      member: first(/^\/medlemmer\/.+\//),
      projects: '/prosjekter/',
      project: first(/^\/prosjekter\/.+\//),
      events: '/arrangementer/',
      event: first(/^\/arrangementer\/.+\//),
    };
    const written: string[] = [];
    for (const [name, path] of Object.entries(shots)) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        for (const scheme of SCHEMES) {
          const page = await openPage('content', path, viewport, scheme);
          const file = join(SCREENSHOTS, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          await page.close();
        }
      }
    }
    console.log(`Screenshots in ${SCREENSHOTS}: ${written.length} files`);
    expect(written).toHaveLength(36);
  }, 200_000);

  it('of the explorer filtered and empty, and search with a suggestion and with nothing found', async () => {
    // Known content: the fixture site has a combination that lists nothing and a word to misspell.
    const shots = {
      'explorer-filtered': '/losninger/?theme=bioraffinering',
      'explorer-empty': '/en/solutions/?theme=genetics&maturity=pilot',
      'search-suggestion': '/sok/?q=bioraffinerng',
      'search-nothing': '/en/search/?q=xyzzy',
    };
    const written: string[] = [];
    for (const [name, path] of Object.entries(shots)) {
      for (const [width, viewport] of Object.entries(VIEWPORTS)) {
        for (const scheme of SCHEMES) {
          const page = await openPage('fixture', path, viewport, scheme);
          if (name === 'search-suggestion') await page.locator('#search-suggestion').waitFor();
          const file = join(SCREENSHOTS, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written.push(file);
          await page.close();
        }
      }
    }
    expect(written).toHaveLength(16);
  }, 120_000);
});
