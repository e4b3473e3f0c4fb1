import { describe, expect, it } from 'vitest';
import { article, breadcrumbList, jsonLdText, organization, event, researchProject } from '../../src/lib/json-ld';

describe('JSON-LD', () => {
  it('describes an organisation with its address, linking only to web addresses', () => {
    expect(
      organization({
        name: 'Kornkraft AS',
        url: 'https://x.no/medlemmer/kornkraft/',
        location: 'Stange',
        sameAs: ['https://kornkraft.example', 'javascript:alert(1)', 'data:text/html,x'],
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
      author: { name: 'Kari Nordmann', type: 'Person', url: 'https://x.no/om/' },
      publisher: {
        name: 'NCE Heidner Biocluster',
        url: 'https://x.no/',
        logo: { url: 'https://x.no/logo.png', width: 512, height: 512 },
      },
    });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Fôr fra halm',
      datePublished: '2026-03-12T00:00:00.000Z',
      dateModified: '2026-03-12T00:00:00.000Z',
      image: ['https://x.no/_astro/a.jpg'],
    });
    expect(data['author']).toEqual({ '@type': 'Person', name: 'Kari Nordmann', url: 'https://x.no/om/' });
    expect(data['publisher']).toEqual({
      '@type': 'Organization',
      name: 'NCE Heidner Biocluster',
      url: 'https://x.no/',
      logo: { '@type': 'ImageObject', url: 'https://x.no/logo.png', width: 512, height: 512 },
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

describe('events and research projects', () => {
  const base = {
    name: 'Fagdag',
    description: 'Om fôr.',
    url: 'https://x.example/arrangementer/fagdag/',
    start: '2027-06-10T09:00:00+02:00',
    end: '2027-06-10T15:30:00+02:00',
    lang: 'nb',
    organizer: { name: 'Acme AS', url: 'https://x.example/medlemmer/acme/' },
    status: 'scheduled' as const,
  };

  it('describes an event on site, with its place, organiser, status and price', () => {
    const data = event({
      ...base,
      place: { name: 'Acme-huset', address: 'Eksempelveien 1, 2317 Hamar', lat: 60.79, lon: 11.07 },
      offer: { price: 0, url: undefined },
    });
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2027-06-10T09:00:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Acme-huset', geo: { latitude: 60.79, longitude: 11.07 } },
      organizer: { '@type': 'Organization', name: 'Acme AS' },
      offers: { price: 0, priceCurrency: 'NOK', url: base.url },
    });
  });

  it('describes an event online, and one both online and on site', () => {
    const online = event({ ...base, online: 'https://x.example/stream', status: 'cancelled' });
    expect(online).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventCancelled',
      location: { '@type': 'VirtualLocation', url: 'https://x.example/stream' },
    });
    expect(online).not.toHaveProperty('offers');
    const mixed = event({ ...base, place: { name: 'Hall' }, online: 'https://x.example/stream' });
    expect(mixed['eventAttendanceMode']).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(mixed['location']).toHaveLength(2);
  });

  it('describes a research project with its partners, funders and period', () => {
    const data = researchProject({
      name: 'Halm',
      description: 'Protein fra halm.',
      url: 'https://x.example/prosjekter/halm/',
      start: '2026-01-01',
      partners: [{ name: 'Acme AS', url: 'https://x.example/medlemmer/acme/' }, { name: 'Beta AS' }],
      funders: [{ name: 'Testfondet' }],
      parent: { name: 'Klyngen', url: 'https://x.example/' },
    });
    expect(data).toMatchObject({
      '@type': 'ResearchProject',
      foundingDate: '2026-01-01',
      member: [
        { '@type': 'Organization', name: 'Acme AS' },
        { '@type': 'Organization', name: 'Beta AS' },
      ],
      funder: [{ '@type': 'Organization', name: 'Testfondet' }],
      parentOrganization: { name: 'Klyngen' },
    });
    expect(data).not.toHaveProperty('dissolutionDate');
  });
});
