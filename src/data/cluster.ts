// The cluster as structured data: the Organization of the home and about pages, and the
// publisher (with its logo) and the "who writes for whom" page of every article.
import type { Site } from './site';
import { absoluteHref } from './href';
import type { Lang } from '../i18n/langs';
import { organization, type Logo } from '../lib/json-ld';
import { memoizePerObject } from '../lib/memoize';
import { langRoot, LOGO } from '../lib/urls';

const logoOf = (siteUrl: URL | undefined): Logo => ({
  url: absoluteHref(LOGO.path, siteUrl),
  width: LOGO.size,
  height: LOGO.size,
});

/** The cluster itself as a schema.org Organization (home and about pages). */
export function clusterOrganization(site: Site, lang: Lang, siteUrl: URL | undefined) {
  return organization({
    name: site.settings.name,
    url: absoluteHref(langRoot(lang), siteUrl),
    email: site.settings.contact.email,
    description: site.settings.tagline[lang],
    logo: logoOf(siteUrl),
  });
}

/** The publisher of every article: the cluster, its home page in the language, its logo. */
export function publisherOf(site: Site, lang: Lang, siteUrl: URL | undefined) {
  return { name: site.settings.name, url: absoluteHref(langRoot(lang), siteUrl), logo: logoOf(siteUrl) };
}

/**
 * The page that says who the site's authors write for: the about page (content/pages/about/),
 * or the home page where there is none.
 */
export function aboutUrl(site: Site, lang: Lang, siteUrl: URL | undefined): string {
  return absoluteHref(aboutPathsOf(site).get(lang) ?? langRoot(lang), siteUrl);
}

/** The about page of each language, found once per site (every article asks). */
const aboutPathsOf = memoizePerObject((site: Site) => {
  const paths = new Map<Lang, string>();
  for (const r of site.routes)
    if (r.view === 'page' && r.entry.id.startsWith('about/') && !paths.has(r.lang)) paths.set(r.lang, r.path);
  return paths;
});
