import { describe, expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/sitemap';

const routes: Parameters<typeof sitemapXml>[0] = [
  {
    path: '/losninger/a/',
    lang: 'nb',
    view: 'solution',
    translation: '/en/solutions/a/',
    lastModified: new Date('2026-02-03'),
  },
  { path: '/en/solutions/a/', lang: 'en', view: 'solution', translation: '/losninger/a/' },
  { path: '/losninger/b&c/', lang: 'nb', view: 'solution', translation: null },
  {
    path: '/losninger/old/',
    lang: 'nb',
    view: 'redirect',
    translation: null,
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
