// JSON-LD of each page type parses and carries what schema.org and search engines require.
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { builtPages, resolvePath, type BuiltPage } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

type Data = Record<string, unknown>;
const structured = (page: BuiltPage): Data[] =>
  page
    .$('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse(page.$(el).text()) as Data);
describe.each(bothSites())('structured data on the $name site', ({ distDir }) => {
  const pages = builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0);
  const ofType = (type: string) =>
    pages.flatMap((page) =>
      structured(page)
        .filter((d) => d['@type'] === type)
        .map((data) => ({ page, data })),
    );

  it('describes every solution and story as an Article and every news item as a NewsArticle', () => {
    const articles = ofType('Article');
    const news = ofType('NewsArticle');
    expect(articles.map((a) => a.page.path)).toEqual(
      pages
        .filter((p) => /^\/(en\/)?(losninger|solutions|historier|stories)\/[a-z0-9-]+\/$/.test(p.path))
        .map((p) => p.path),
    );
    expect(news.length).toBe(pages.filter((p) => /^\/(en\/)?(nyheter|news)\/[a-z][a-z0-9-]+\/$/.test(p.path)).length);
    for (const { page, data } of [...articles, ...news]) {
      expect(data['@context'], page.path).toBe('https://schema.org');
      for (const key of [
        'headline',
        'description',
        'datePublished',
        'dateModified',
        'author',
        'publisher',
        'inLanguage',
      ])
        expect(data[key], `${page.path} ${key}`).toBeTruthy();
      expect(data['url']).toBe(page.$('link[rel="canonical"]').attr('href'));
      expect(String(data['headline']).length).toBeLessThanOrEqual(110);
      expect(Number.isNaN(Date.parse(String(data['datePublished'])))).toBe(false);
    }
  });

  it('gives every article a picture that exists (its own, or its social card), and names author and publisher', () => {
    for (const { page, data } of [...ofType('Article'), ...ofType('NewsArticle')]) {
      const [image] = data['image'] as string[];
      expect(resolvePath(distDir, new URL(image!).pathname), `${page.path} image`).not.toBeNull();
      // The press picture where the page has one, else the page's social card.
      const download = page.$('.press-box a[download]').attr('href');
      expect(new URL(image!).pathname, page.path).toBe(
        download ?? new URL(page.$('meta[property="og:image"]').attr('content')!).pathname,
      );
      const author = data['author'] as Data;
      const publisher = data['publisher'] as Data;
      expect(author['name'], page.path).toBeTruthy();
      for (const who of [author, publisher]) {
        expect(
          resolvePath(distDir, new URL(String(who['url'])).pathname),
          `${page.path} ${String(who['@type'])}`,
        ).not.toBeNull();
      }
      const logo = publisher['logo'] as Data;
      expect(logo['@type']).toBe('ImageObject');
      expect(resolvePath(distDir, new URL(String(logo['url'])).pathname)).not.toBeNull();
    }
  });

  it('describes the cluster and every member as an Organization, with sameAs only to web addresses', () => {
    const organizations = ofType('Organization');
    expect(organizations.filter((o) => o.page.path === '/' || o.page.path === '/en/')).toHaveLength(2);
    const members = pages.filter((p) => /^\/(en\/members|medlemmer)\/[a-z0-9-]+\/$/.test(p.path));
    for (const page of members) {
      const org = organizations.find((o) => o.page === page);
      expect(org?.data['name'], page.path).toBe(page.$('h1').text());
      expect(org?.data['url']).toMatch(/^https:\/\//);
      for (const link of (org?.data['sameAs'] ?? []) as string[]) expect(link, page.path).toMatch(/^https?:\/\//);
    }
  });

  it('gives every page with breadcrumbs a BreadcrumbList that matches them', () => {
    for (const page of pages.filter((p) => p.$('.breadcrumbs').length)) {
      const list = structured(page).find((d) => d['@type'] === 'BreadcrumbList');
      const items = (list?.['itemListElement'] ?? []) as { position: number; name: string; item: string }[];
      expect(
        items.map((i) => i.name),
        page.path,
      ).toEqual(
        page
          .$('.breadcrumbs a')
          .map((_, a) => page.$(a).text())
          .get(),
      );
      expect(items.map((i) => i.position)).toEqual(items.map((_, i) => i + 1));
      expect(items.at(-1)?.item).toBe(page.$('link[rel="canonical"]').attr('href'));
    }
  });

  it('has a raster logo of the size it states', async () => {
    const home = structured(pages.find((p) => p.path === '/')!).find((d) => d['@type'] === 'Organization')!;
    const logo = home['logo'] as { url: string; width: number; height: number };
    const file = resolvePath(distDir, new URL(logo.url).pathname)!;
    const { format, width, height } = await sharp(file).metadata();
    expect({ format, width, height }).toEqual({ format: 'png', width: logo.width, height: logo.height });
  });
});
