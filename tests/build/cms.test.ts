// The browser editor at /admin/ on any built site: there, with its configuration, out of the
// sitemap and away from search engines, and with a policy of its own that no public page shares.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtPages, CMS_FOLDER } from '../helpers/dist';
import { bothSites } from '../helpers/sites';
import { readSitemap } from '../helpers/sitemap';

describe.each(bothSites())('the browser editor of the $name site', ({ distDir }) => {
  const html = readFileSync(join(distDir, CMS_FOLDER, 'index.html'), 'utf8');
  const $ = cheerio.load(html);
  const policy = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';

  it('is served with its configuration, saving entries one file per language', () => {
    const config = parse(readFileSync(join(distDir, CMS_FOLDER, 'config.yml'), 'utf8'));
    expect(config.collections.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['solutions', 'stories', 'news', 'pages', 'members', 'themes', 'facts', 'site']),
    );
    expect(config.i18n.structure).toBe('multiple_files');
  });

  it("loads the editor's own bundle beside the page, and the site's stylesheet for the preview", () => {
    const scripts = $('script[type="module"]').map((_, script) => $(script).attr('src') ?? '');
    expect(scripts.get()).toHaveLength(1);
    // In a folder named by what the bundle is made of, so that no browser keeps an old one.
    expect(scripts.get(0)).toMatch(new RegExp(`^/${CMS_FOLDER}/[0-9a-f]{16}/cms\\.js$`));
    expect(existsSync(join(distDir, scripts.get(0)!))).toBe(true);
    const style = $('meta[name="preview-style"]').attr('content') ?? '';
    expect(existsSync(join(distDir, style)), style).toBe(true);
  });

  it('stays out of the sitemap and away from search engines', () => {
    expect($('meta[name="robots"]').attr('content')).toContain('noindex');
    expect(readSitemap(distDir).pages.filter((page) => page.path.includes(`/${CMS_FOLDER}/`))).toEqual([]);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Disallow: /${CMS_FOLDER}/$`, 'm'));
  });

  it("has a policy of its own: what the editor needs, and nothing of it on the site's pages", () => {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(policy).toMatch(/connect-src 'self' blob: http:\/\/localhost:\d+;/);
    expect(policy).not.toContain('unsafe-inline');
    for (const page of builtPages(distDir)) {
      const publicPolicy = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(publicPolicy, page.path).not.toContain("'unsafe-eval'");
      expect(publicPolicy, page.path).not.toContain('localhost');
    }
  });
});
