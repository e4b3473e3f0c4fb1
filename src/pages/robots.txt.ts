import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl('/sitemap.xml', site ?? 'http://localhost', import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`);
};
