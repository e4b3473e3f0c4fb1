import { absoluteUrl, withBase } from '../lib/urls';

/** A site path as a link, under the deployment base ("/" or e.g. "/utstillingsvindu/"). */
export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}

/** A site path as an absolute URL (canonical links, feeds, structured data, social cards). */
export function absoluteHref(path: string, site: URL | undefined): string {
  return absoluteUrl(path, site ?? 'http://localhost', import.meta.env.BASE_URL);
}
