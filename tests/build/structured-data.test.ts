// JSON-LD of each page type parses and carries what schema.org and search engines require.
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../helpers/dist';
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
    for (const { data } of articles.filter(
      (a) => a.page.path.includes('losninger') || a.page.path.includes('solutions'),
    )) {
      expect((data['image'] as string[])[0]).toMatch(/^https:\/\/.+\/_astro\//);
    }
  });

  it('describes the cluster and every member as an Organization', () => {
    const organizations = ofType('Organization');
    expect(organizations.filter((o) => o.page.path === '/' || o.page.path === '/en/')).toHaveLength(2);
    const members = pages.filter((p) => /^\/(en\/members|medlemmer)\/[a-z0-9-]+\/$/.test(p.path));
    for (const page of members) {
      const org = organizations.find((o) => o.page === page);
      expect(org?.data['name'], page.path).toBe(page.$('h1').text());
      expect(org?.data['url']).toMatch(/^https:\/\//);
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
});
