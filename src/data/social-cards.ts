// The social card (Open Graph image) of each page: its URL, and the words on it. Pages queue
// their card (src/data/card-queue.ts); it is drawn by src/data/card-drawing.ts and written
// into the output when the build is done (src/integrations/social-cards.ts).
import type { Site } from './site';
import type { Route } from '../lib/routes';
import { cardTextOf, OWN_CARD_VIEWS, type CardSubject, type CardText } from '../lib/social-card';
import { langRoot, socialCardPath } from '../lib/urls';
import { drawCard } from './card-drawing';
import { queueCard } from './card-queue';
import { absoluteHref } from './href';

/** The absolute URL of a page's social card, whose drawing it queues. */
export function socialCardUrl(site: Site, route: Route, siteUrl: URL | undefined): string {
  const path = socialCardPath(OWN_CARD_VIEWS.has(route.view) ? route.path : langRoot(route.lang), route.lang);
  const host = (siteUrl ?? new URL('http://localhost')).host;
  // `astro dev` serves no cards: nothing would write them.
  if (import.meta.env.MODE !== 'development') queueCard(path, () => drawCard(cardText(site, route, host)));
  return absoluteHref(path, siteUrl);
}

/** The words on the card of a route: its own title for entry pages, the site's for the rest. */
export function cardText(site: Site, route: Route, host: string): CardText {
  return cardTextOf(
    cardSubject(site, route),
    route.lang,
    { name: site.settings.name, tagline: site.settings.tagline[route.lang] },
    host,
  );
}

function cardSubject(site: Site, route: Route): CardSubject | undefined {
  const groups = { solution: site.solutions, story: site.stories, news: site.news } as const;
  if (route.view !== 'solution' && route.view !== 'story' && route.view !== 'news') return undefined;
  const data = groups[route.view].get(route.ref ?? '')?.[route.lang]?.data;
  if (!data) throw new Error(`No ${route.view} "${route.ref}" in ${route.lang} for the card of ${route.path}`);
  return {
    kind: route.view,
    title: data.title,
    theme: site.themes.get(data.themes[0] ?? '')?.data.name[route.lang],
    sample: data.sample,
  };
}
