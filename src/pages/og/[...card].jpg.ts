// Social cards: one per solution, story and news item, and one for the site per language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardText, renderCard } from '../../data/social-cards';
import { loadSite } from '../../data/site';
import type { Route } from '../../lib/routes';
import { OWN_CARD_VIEWS } from '../../lib/social-card';
import { socialCardPath } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const routes = site.routes.filter((route) => OWN_CARD_VIEWS.has(route.view) || route.view === 'home');
  return routes.map((route) => ({ params: { card: socialCardPath(route.path, route.lang).slice('/og/'.length, -'.jpg'.length) }, props: { route } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ route: Route }> = async ({ props, site }) => {
  const jpeg = await renderCard(cardText(await loadSite(), props.route, (site ?? new URL('http://localhost')).host));
  return new Response(new Uint8Array(jpeg), { headers: { 'Content-Type': 'image/jpeg' } });
};
