// The social card of each page: where it is, the words on it, and drawing it for this build.
// A page draws its card while it renders (Astro renders several pages at once, and Skia
// encodes on other threads, so the cards are made while other pages render) and places it
// beside itself (src/data/placed-files.ts).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { absoluteHref } from '../data/href';
import { placeFile } from '../data/placed-files';
import { isArticleRoute, mainPicture, originalFileOf } from '../data/press-pictures';
import type { Site, SiteRoute, ViewRoute } from '../data/site';
import { OWN_CARD_KINDS, type OwnCardKind } from '../lib/content-kinds';
import { langRoot, socialCardPath } from '../lib/urls';
import { drawCard } from './drawing';
import { cardTextOf, type CardSubject, type CardText } from './layout';

/** Whether a page has a card of its own (content-kinds.ts names the kinds); else its language's site card. */
export const hasOwnCard = (route: SiteRoute): route is ViewRoute<OwnCardKind> =>
  (OWN_CARD_KINDS as string[]).includes(route.view);

/** The card of a route: its own for entry pages, the site's card of its language for the rest. */
const cardPathOf = (route: SiteRoute) =>
  socialCardPath(hasOwnCard(route) ? route.path : langRoot(route.lang), route.lang);

/** The absolute URL of a page's social card. */
export function socialCardUrl(route: SiteRoute, siteUrl: URL | undefined): string {
  return absoluteHref(cardPathOf(route), siteUrl);
}

/** Drawn cards, kept between builds in Astro's cache folder (drawing.ts names them). */
const drawn = join(import.meta.env.BUILD_CACHE_DIR ?? tmpdir(), 'social-cards');

/** Draws the card of a page, or finds it drawn, and places it in this build (`astro dev` serves no cards). */
export function drawSocialCard(site: Site, route: SiteRoute, siteUrl: URL | undefined): Promise<void> {
  return placeFile(cardPathOf(route), () =>
    drawCard(cardText(site, route, (siteUrl ?? new URL('http://localhost')).host), drawn),
  );
}

/** The words on the card of a route: its own title for entry pages, the site's for the rest. */
export function cardText(site: Site, route: SiteRoute, host: string): CardText {
  const siteText = { name: site.settings.name, tagline: site.settings.tagline[route.lang] };
  return cardTextOf(cardSubject(site, route), route.lang, siteText, host);
}

function cardSubject(site: Site, route: SiteRoute): CardSubject | undefined {
  if (!hasOwnCard(route)) return undefined;
  const { data } = route.entry;
  return {
    kind: route.view,
    title: data.title,
    theme: site.themes.get(data.themes[0] ?? '')?.data.name[route.lang],
    sample: data.sample,
    picture: isArticleRoute(route) ? originalFileOf(mainPicture(route)) : undefined,
  };
}
