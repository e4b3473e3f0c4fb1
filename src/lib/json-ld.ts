// Structured data (schema.org JSON-LD) for search engines and news tools. Builders take
// plain values with absolute URLs, so they can be tested without a build.

type Thing = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

/** Only web addresses: a sameAs of another scheme (javascript:, data:) would be followed by tools. */
const isWebUrl = (url: string) => /^https?:\/\/[^\s]+$/i.test(url);

/** A logo as search engines take it: a raster image with its size. */
const imageObject = (logo: Logo): Thing => ({ '@type': 'ImageObject', ...logo });

export interface Logo {
  url: string;
  width: number;
  height: number;
}

export interface OrganizationInput {
  name: string;
  url: string;
  email?: string;
  description?: string;
  location?: string;
  logo?: Logo;
  sameAs?: string[];
}

export function organization({ name, url, email, description, location, logo, sameAs = [] }: OrganizationInput): Thing {
  const links = sameAs.filter(isWebUrl);
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name,
    url,
    ...(logo ? { logo: imageObject(logo) } : {}),
    ...(email ? { email } : {}),
    ...(description ? { description } : {}),
    ...(location ? { address: { '@type': 'PostalAddress', addressLocality: location, addressCountry: 'NO' } } : {}),
    ...(links.length ? { sameAs: links } : {}),
  };
}

export interface ArticleInput {
  type: 'Article' | 'NewsArticle';
  headline: string;
  description: string;
  url: string;
  lang: string;
  published: Date;
  modified?: Date | undefined;
  /** Its picture, or its social card: search engines show an article with one. */
  image: string;
  /** A person's url: the page that says whom they write for. */
  author: { name: string; type: 'Person' | 'Organization'; url: string };
  publisher: { name: string; url: string; logo: Logo };
}

export function article({
  type,
  headline,
  description,
  url,
  lang,
  published,
  modified,
  image,
  author,
  publisher,
}: ArticleInput): Thing {
  return {
    '@context': CONTEXT,
    '@type': type,
    headline,
    description,
    url,
    mainEntityOfPage: url,
    inLanguage: lang,
    datePublished: published.toISOString(),
    dateModified: (modified ?? published).toISOString(),
    image: [image],
    author: { '@type': author.type, name: author.name, url: author.url },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url, logo: imageObject(publisher.logo) },
  };
}

interface Named {
  name: string;
  url?: string | undefined;
}

const organizationRef = ({ name, url }: Named): Thing => ({ '@type': 'Organization', name, ...(url ? { url } : {}) });

export interface ResearchProjectInput {
  name: string;
  description: string;
  url: string;
  /** First and last day, "YYYY-MM-DD". */
  start: string;
  end?: string | undefined;
  partners: Named[];
  funders: Named[];
  image?: string | undefined;
  /** The cluster the project belongs to. */
  parent: Named;
}

/** A joint research project: its partners as members, its funders, its period. */
export function researchProject({
  name,
  description,
  url,
  start,
  end,
  partners,
  funders,
  image,
  parent,
}: ResearchProjectInput): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'ResearchProject',
    name,
    description,
    url,
    foundingDate: start,
    ...(end ? { dissolutionDate: end } : {}),
    member: partners.map(organizationRef),
    ...(funders.length ? { funder: funders.map(organizationRef) } : {}),
    ...(image ? { image } : {}),
    parentOrganization: organizationRef(parent),
  };
}

export interface EventInput {
  name: string;
  description: string;
  url: string;
  /** ISO 8601 with the offset of the day: "2027-04-10T09:00:00+02:00". */
  start: string;
  end: string;
  /** The language it is held in. */
  lang: string;
  place?:
    { name: string; address?: string | undefined; lat?: number | undefined; lon?: number | undefined } | undefined;
  /** The address of the stream or meeting, for an event online. */
  online?: string | undefined;
  organizer: Named;
  status: 'scheduled' | 'postponed' | 'cancelled';
  image?: string | undefined;
  /** Price in NOK and where to sign up. */
  offer?: { price: number | undefined; url: string | undefined } | undefined;
}

const EVENT_STATUS = { scheduled: 'EventScheduled', postponed: 'EventPostponed', cancelled: 'EventCancelled' };

function eventLocations(place: EventInput['place'], online: string | undefined): Thing[] {
  const venue: Thing[] = place
    ? [
        {
          '@type': 'Place',
          name: place.name,
          ...(place.address ? { address: place.address } : {}),
          ...(place.lat !== undefined && place.lon !== undefined
            ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } }
            : {}),
        },
      ]
    : [];
  return [...venue, ...(online ? [{ '@type': 'VirtualLocation', url: online }] : [])];
}

/** An event, on site, online or both. */
export function event({
  name,
  description,
  url,
  start,
  end,
  lang,
  place,
  online,
  organizer,
  status,
  image,
  offer,
}: EventInput): Thing {
  const mode = place && online ? 'Mixed' : online ? 'Online' : 'Offline';
  const locations = eventLocations(place, online);
  const price = offer?.price;
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    name,
    description,
    url,
    startDate: start,
    endDate: end,
    inLanguage: lang,
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    eventStatus: `https://schema.org/${EVENT_STATUS[status]}`,
    location: locations.length === 1 ? locations[0] : locations,
    organizer: organizationRef(organizer),
    ...(image ? { image: [image] } : {}),
    ...(price !== undefined
      ? { offers: { '@type': 'Offer', price, priceCurrency: 'NOK', url: offer?.url ?? url } }
      : {}),
  };
}

export interface DatasetInput {
  name: string;
  description: string;
  /** Where the dataset is described (the open-data page, at its entry). */
  url: string;
  /** Its stable name, the same in both languages. */
  identifier: string;
  lang: string;
  licence: string;
  /** "YYYY-MM-DD", or null when its records have no dates. */
  modified: string | null;
  /** The files, by media type: "application/json" and "text/csv". */
  distribution: { type: string; url: string }[];
}

export interface DataCatalogInput {
  name: string;
  description: string;
  url: string;
  lang: string;
  publisher: Named;
  datasets: DatasetInput[];
}

/** The open data as a catalogue of datasets with licence, files and update date (DCAT's terms in schema.org). */
export function dataCatalog({ name, description, url, lang, publisher, datasets }: DataCatalogInput): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'DataCatalog',
    name,
    description,
    url,
    inLanguage: lang,
    publisher: organizationRef(publisher),
    dataset: datasets.map((dataset) => ({
      '@type': 'Dataset',
      name: dataset.name,
      description: dataset.description,
      url: dataset.url,
      identifier: dataset.identifier,
      inLanguage: dataset.lang,
      license: dataset.licence,
      isAccessibleForFree: true,
      creator: organizationRef(publisher),
      publisher: organizationRef(publisher),
      ...(dataset.modified ? { dateModified: dataset.modified } : {}),
      distribution: dataset.distribution.map((file) => ({
        '@type': 'DataDownload',
        encodingFormat: file.type,
        contentUrl: file.url,
      })),
    })),
  };
}

export function breadcrumbList(crumbs: readonly { name: string; url: string }[]): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text cannot close the element. */
export function jsonLdText(data: Thing): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
