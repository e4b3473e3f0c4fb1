// Two builds of one commit are identical, and the site works under a base path. Both on the
// fixture site, which has every kind of page and builds in seconds.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtFileList } from '../../scripts/built-files';
import { runAstro } from '../helpers/astro-cli';
import { launchBrowser, serveBuiltSite } from '../helpers/browser';
import { builtPages, resolvePath } from '../helpers/dist';
import { FIXTURE_CACHE, testSite } from '../helpers/sites';

const BASE = '/utstillingsvindu/';
const work = mkdtempSync(join(tmpdir(), 'utstillingsvindu-portable-'));
const again = join(work, 'again');
const based = join(work, 'based');
const fixture = testSite('fixture');

beforeAll(() => {
  for (const [out, env] of [
    [again, {}],
    [based, { BASE_PATH: BASE }],
  ] as const) {
    const build = runAstro(['build', '--outDir', out], {
      CONTENT_DIR: fixture.contentDir,
      ASTRO_CACHE_DIR: FIXTURE_CACHE,
      // The editor's configuration names its local backend's port: the same as the first build's.
      CMS_LOCAL_PORT: String(inject('cmsPort')),
      ...env,
    });
    if (build.status !== 0) throw new Error(build.output);
  }
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const hashes = (dir: string) =>
  Object.fromEntries(
    builtFileList(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );

describe('reproducible builds', () => {
  it('give the same files, byte for byte', () => {
    const first = hashes(fixture.distDir);
    const second = hashes(again);
    expect(Object.keys(second)).toEqual(Object.keys(first));
    const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
    expect(differing).toEqual([]);
  });
});

describe(`the site under the base path ${BASE}`, () => {
  const inBase = (path: string) => (path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : null);

  it('keeps every link, picture and script inside the base path, and they all resolve', () => {
    const broken: string[] = [];
    for (const page of builtPages(based)) {
      const urls = [
        ...page
          .$('a[href], link[href]')
          .map((_, el) => page.$(el).attr('href'))
          .get(),
        ...page
          .$('img[src], script[src]')
          .map((_, el) => page.$(el).attr('src'))
          .get(),
        ...page
          .$('[srcset]')
          .map((_, el) => (page.$(el).attr('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]))
          .get(),
      ];
      for (const url of urls.filter((u): u is string => !!u && u.startsWith('/'))) {
        const path = inBase(url.split('#')[0] ?? '');
        if (!path || !resolvePath(based, path)) broken.push(`${page.path} -> ${url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('writes absolute URLs with the base path into feeds, sitemap, social cards and open data', () => {
    const origin = (text: string) =>
      [...text.matchAll(/https:\/\/www\.heidner\.example(\/[^"<\s]*)/g)].map((m) => m[1]!);
    for (const file of [
      'sitemap.xml',
      'sitemap-0.xml',
      'robots.txt',
      'nyheter/rss.xml',
      'en/solutions/rss.xml',
      'data/losninger.json',
      'index.html',
    ]) {
      const paths = origin(readFileSync(join(based, file), 'utf8'));
      expect(paths.length, file).toBeGreaterThan(0);
      expect(
        paths.filter((p) => !p.startsWith(BASE)),
        file,
      ).toEqual([]);
    }
  });

  it('finds and links search results under the base path in the browser', async () => {
    const browser = await launchBrowser();
    const site = await serveBuiltSite(based, BASE);
    try {
      const page = await browser.newPage();
      await page.goto(`${site.origin}${BASE}sok/?q=halm`);
      const first = page.locator('#search-results h2 a').first();
      await expect(first.getAttribute('href')).resolves.toMatch(new RegExp(`^${BASE}losninger/`));
      await first.click();
      await page.waitForURL(new RegExp(`${BASE}losninger/`));
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await browser.close();
      await site.stop();
    }
  });
});
