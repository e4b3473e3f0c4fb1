// Breadcrumb trails: home, then the section, then the page itself.
import type { Lang } from '../i18n/langs';
import { sectionLabel, type Section } from '../i18n/segments';
import { t } from '../i18n/ui';
import { langRoot, sectionPath } from '../lib/urls';

/** A step of the trail: its label and the site path it links to. */
export interface Crumb {
  label: string;
  path: string;
}

/** Crumbs for a page inside a section; without a section, for a page at the language root. */
export function crumbsFor(lang: Lang, page: Crumb, section?: Section): Crumb[] {
  const home = { label: t(lang).home, path: langRoot(lang) };
  return section
    ? [home, { label: sectionLabel(section, lang), path: sectionPath(section, lang) }, page]
    : [home, page];
}
