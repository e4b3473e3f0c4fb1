// Structured data (schema.org JSON-LD) for search engines and news tools. Builders take
// plain values with absolute URLs, so they can be tested without a build.

type Thing = Record<string, unknown>;
const CONTEXT = 'https://schema.org';

export interface OrganizationInput {
  name: string;
  url: string;
  email?: string;
  description?: string;
  location?: string;
  sameAs?: string[];
}

export function organization({ name, url, email, description, location, sameAs = [] }: OrganizationInput): Thing {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name,
    url,
    ...(email ? { email } : {}),
    ...(description ? { description } : {}),
    ...(location ? { address: { '@type': 'PostalAddress', addressLocality: location, addressCountry: 'NO' } } : {}),
    ...(sameAs.length ? { sameAs } : {}),
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
  image?: string | undefined;
  author: { name: string; type: 'Person' | 'Organization' };
  publisher: { name: string; url: string };
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
    ...(image ? { image: [image] } : {}),
    author: { '@type': author.type, name: author.name },
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.url },
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
