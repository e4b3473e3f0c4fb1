import type { APIRoute } from 'astro';
import { absoluteUrl, CMS_PATH, SITEMAP_INDEX, withBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(SITEMAP_INDEX, site ?? 'http://localhost', import.meta.env.BASE_URL);
  // The browser editor is no page for search engines (it also says noindex itself).
  const editor = withBase(CMS_PATH, import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${editor}\n\nSitemap: ${sitemap}\n`);
};
