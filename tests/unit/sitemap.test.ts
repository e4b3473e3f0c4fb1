import { describe, expect, it } from 'vitest';
import type { Route } from '../../src/lib/routes';
import { sitemapXml } from '../../src/lib/sitemap';

const routes: Route[] = [
  {
    path: '/losninger/a/',
    lang: 'nb',
    view: 'solution',
    translation: '/en/solutions/a/',
    switchTo: '/en/solutions/a/',
    lastModified: new Date('2026-02-03'),
  },
  { path: '/en/solutions/a/', lang: 'en', view: 'solution', translation: '/losninger/a/', switchTo: '/losninger/a/' },
  { path: '/losninger/b&c/', lang: 'nb', view: 'solution', translation: null, switchTo: '/en/solutions/' },
  {
    path: '/losninger/old/',
    lang: 'nb',
    view: 'redirect',
    ref: '/losninger/a/',
    translation: null,
    switchTo: '/losninger/a/',
  },
];

describe('sitemap', () => {
  const xml = sitemapXml(routes, (path) => `https://example.org${path}`);

  it('lists every page with hreflang alternates for translations only, and no redirects', () => {
    expect(xml.match(/<url>/g)).toHaveLength(3);
    expect(xml).not.toContain('/losninger/old/');
    expect(xml).toContain(
      '<url><loc>https://example.org/losninger/a/</loc><lastmod>2026-02-03</lastmod><xhtml:link rel="alternate" hreflang="nb" href="https://example.org/losninger/a/"/><xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/solutions/a/"/></url>',
    );
    expect(xml).toContain('<url><loc>https://example.org/losninger/b&amp;c/</loc></url>');
  });
});
