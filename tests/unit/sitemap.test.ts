import { describe, expect, it } from 'vitest';
import { sitemapEntries } from '../../src/lib/sitemap';

const routes: Parameters<typeof sitemapEntries>[0] = [
  {
    path: '/losninger/a/',
    lang: 'nb',
    view: 'solution',
    translation: '/en/solutions/a/',
    lastModified: new Date('2026-02-03'),
  },
  { path: '/en/solutions/a/', lang: 'en', view: 'solution', translation: '/losninger/a/' },
  { path: '/losninger/b/', lang: 'nb', view: 'solution', translation: null },
  { path: '/losninger/old/', lang: 'nb', view: 'redirect', translation: null },
];

describe('sitemap entries', () => {
  const entries = sitemapEntries(routes);

  it('list every page but redirects, with hreflang pairs for translations only and the date of the last change', () => {
    expect(Object.keys(entries)).toEqual(['/losninger/a/', '/en/solutions/a/', '/losninger/b/']);
    expect(entries['/losninger/a/']).toEqual({
      lastmod: '2026-02-03',
      links: [
        { lang: 'nb', path: '/losninger/a/' },
        { lang: 'en', path: '/en/solutions/a/' },
      ],
    });
    expect(entries['/en/solutions/a/']?.links.map((l) => l.path)).toEqual(['/en/solutions/a/', '/losninger/a/']);
    expect(entries['/losninger/b/']).toEqual({ links: [] });
  });
});
