// What each section's overview page lists: the items the route carries, as teasers, and for
// the solutions the explorer's filters.
import { facetsFor, type Facet } from './explorer';
import { TEASERS, type TeaserData } from './teasers';
import type { Site, SiteEntries, ViewRoute } from './site';
import type { Lang } from '../i18n/langs';
import type { Section } from '../i18n/segments';
import { t } from '../i18n/ui';
import { collectionOf, KINDS, type SectionKind } from '../lib/content-kinds';

export interface IndexContent {
  section: Section;
  intro: string;
  cards: TeaserData[];
  /** The explorer's filters, on the solutions list. */
  facets?: Facet[];
}

type IndexRoute = ViewRoute<'index'>;

export function indexContent(site: Site, route: IndexRoute): IndexContent {
  const { lang, kind } = route;
  return {
    section: collectionOf(kind),
    intro: t(lang)[KINDS[kind].section.intro],
    cards: teasersOf(site, route),
    ...(route.kind === 'solution' ? { facets: facetsFor(site, route.items, lang) } : {}),
  };
}

function teasersOf<K extends SectionKind>(site: Site, route: { kind: K; items: SiteEntries[K][]; lang: Lang }) {
  return route.items.map((item) => TEASERS[route.kind](site, item, route.lang));
}
