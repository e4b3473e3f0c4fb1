import type { Site } from './site';
import { absoluteHref } from './href';
import type { Lang } from '../i18n/langs';
import { organization } from '../lib/json-ld';
import { langRoot } from '../lib/urls';

/** The cluster itself as a schema.org Organization (home and about pages). */
export function clusterOrganization(site: Site, lang: Lang, siteUrl: URL | undefined) {
  return organization({
    name: site.settings.name,
    url: absoluteHref(langRoot(lang), siteUrl),
    email: site.settings.contact.email,
    description: site.settings.tagline[lang],
  });
}
