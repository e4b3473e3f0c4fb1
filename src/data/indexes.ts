// What each section's overview page lists: the items the route carries, as teasers; for the
// solutions and the projects the explorer's filters; for the events the upcoming ones apart
// from the past, by the build's date.
import { projectFacetsFor, solutionFacetsFor, type Facet } from './explorer';
import { TEASERS, type TeaserData } from './teasers';
import type { Event, Site, SiteEntries, ViewRoute } from './site';
import type { Lang } from '../i18n/langs';
import type { Section } from '../i18n/segments';
import { t } from '../i18n/ui';
import { collectionOf, KINDS, type SectionKind } from '../lib/content-kinds';
import { byStart, isUpcoming } from '../lib/event-time';

export interface IndexContent {
  section: Section;
  intro: string;
  cards: TeaserData[];
  /** The explorer's filters and texts, on the lists that can be filtered. */
  explorer?: { facets: Facet[]; texts: { heading: string; shown: string; none: string } };
  /** On the events list: the cards are the upcoming events, these the past ones. */
  past?: TeaserData[];
}

type IndexRoute = ViewRoute<'index'>;

export function indexContent(site: Site, route: IndexRoute): IndexContent {
  const { lang, kind } = route;
  const ui = t(lang);
  const content = { section: collectionOf(kind), intro: ui[KINDS[kind].section.intro] };
  switch (route.kind) {
    case 'solution':
      return {
        ...content,
        cards: teasersOf(site, route),
        explorer: {
          facets: solutionFacetsFor(site, route.items, lang),
          texts: { heading: ui.explorerHeading, shown: ui.explorerShown, none: ui.explorerNone },
        },
      };
    case 'project':
      return {
        ...content,
        cards: teasersOf(site, route),
        explorer: {
          facets: projectFacetsFor(site, route.items, lang),
          texts: { heading: ui.projectExplorerHeading, shown: ui.projectExplorerShown, none: ui.projectExplorerNone },
        },
      };
    case 'event': {
      const upcoming = (event: Event) => isUpcoming(event.data, site.now);
      const events = (items: Event[]) => teasersOf(site, { ...route, items });
      return {
        ...content,
        cards: events(route.items.filter(upcoming).sort(byStart)),
        past: events(route.items.filter((e) => !upcoming(e)).sort((a, b) => byStart(b, a))),
      };
    }
    default:
      return { ...content, cards: teasersOf(site, route) };
  }
}

function teasersOf<K extends SectionKind>(site: Site, route: { kind: K; items: SiteEntries[K][]; lang: Lang }) {
  return route.items.map((item) => TEASERS[route.kind](site, item, route.lang));
}
