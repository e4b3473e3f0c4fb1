import type { APIRoute } from 'astro';
import { loadSite } from '../data/site';
import { sitemapXml } from '../lib/sitemap';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { routes } = await loadSite();
  const body = sitemapXml(routes, (path) => absoluteUrl(path, site ?? 'http://localhost', import.meta.env.BASE_URL));
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
