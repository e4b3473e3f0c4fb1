import { describe, expect, it } from 'vitest';
import { article, breadcrumbList, jsonLdText, organization } from '../../src/lib/json-ld';

describe('JSON-LD', () => {
  it('describes an organisation with its address', () => {
    expect(
      organization({
        name: 'Kornkraft AS',
        url: 'https://x.no/medlemmer/kornkraft/',
        location: 'Stange',
        sameAs: ['https://kornkraft.example'],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Kornkraft AS',
      url: 'https://x.no/medlemmer/kornkraft/',
      address: { '@type': 'PostalAddress', addressLocality: 'Stange', addressCountry: 'NO' },
      sameAs: ['https://kornkraft.example'],
    });
  });

  it('describes a news article with dates, image, author and publisher', () => {
    const data = article({
      type: 'NewsArticle',
      headline: 'Fôr fra halm',
      description: 'Kort',
      url: 'https://x.no/nyheter/a/',
      lang: 'nb',
      published: new Date('2026-03-12T00:00:00Z'),
      image: 'https://x.no/_astro/a.jpg',
      author: { name: 'Kari Nordmann', type: 'Person' },
      publisher: { name: 'NCE Heidner Biocluster', url: 'https://x.no/' },
    });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Fôr fra halm',
      datePublished: '2026-03-12T00:00:00.000Z',
      dateModified: '2026-03-12T00:00:00.000Z',
      image: ['https://x.no/_astro/a.jpg'],
    });
    expect(data['publisher']).toEqual({
      '@type': 'Organization',
      name: 'NCE Heidner Biocluster',
      url: 'https://x.no/',
    });
  });

  it('numbers breadcrumbs from 1', () => {
    const list = breadcrumbList([
      { name: 'Forside', url: 'https://x.no/' },
      { name: 'Løsninger', url: 'https://x.no/losninger/' },
    ]);
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Forside', item: 'https://x.no/' },
      { '@type': 'ListItem', position: 2, name: 'Løsninger', item: 'https://x.no/losninger/' },
    ]);
  });

  it('cannot close its script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('</script>');
  });
});
