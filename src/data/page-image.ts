// The picture that stands for a page in structured data: its press picture (the original, at
// full size), or else its social card, so that every article has one.
import { absoluteHref } from './href';
import { pressPictureOf } from './press-pictures';
import type { SiteRoute } from './site';
import { socialCardUrl } from '../social-cards/page-card';

export function pageImageUrl(route: SiteRoute, siteUrl: URL | undefined): string {
  const press = pressPictureOf(route);
  return press ? absoluteHref(press.path, siteUrl) : socialCardUrl(route, siteUrl);
}
