// One built page of each template that a site has, so that browser checks follow the content:
// the real content may lack a kind of page (no news yet), the fixture site has them all.
import { builtPages } from './dist';

/** Fixed pages and patterns of entry pages; the first page that matches stands for its template. */
const TEMPLATES: (string | RegExp)[] = [
  '/',
  '/en/',
  '/losninger/',
  '/en/solutions/',
  /^\/losninger\/[a-z0-9-]+\/$/,
  /^\/en\/solutions\/[a-z0-9-]+\/$/,
  '/historier/',
  '/en/stories/',
  /^\/historier\/[a-z0-9-]+\/$/,
  /^\/en\/stories\/[a-z0-9-]+\/$/,
  '/nyheter/',
  '/en/news/',
  /^\/nyheter\/\d+\/$/,
  /^\/nyheter\/[a-z][a-z0-9-]+\/$/,
  /^\/en\/news\/[a-z][a-z0-9-]+\/$/,
  '/prosjekter/',
  '/en/projects/',
  /^\/prosjekter\/[a-z0-9-]+\/$/,
  /^\/en\/projects\/[a-z0-9-]+\/$/,
  '/arrangementer/',
  '/en/events/',
  /^\/arrangementer\/[a-z0-9-]+\/$/,
  /^\/en\/events\/[a-z0-9-]+\/$/,
  '/medlemmer/',
  '/en/members/',
  /^\/medlemmer\/[a-z0-9-]+\/$/,
  /^\/en\/members\/[a-z0-9-]+\/$/,
  '/tema/',
  '/en/themes/',
  /^\/tema\/[a-z0-9-]+\/$/,
  /^\/en\/themes\/[a-z0-9-]+\/$/,
  /^\/(?!en\/|losninger\/|historier\/|nyheter\/|prosjekter\/|arrangementer\/|medlemmer\/|tema\/|sok\/)[a-z0-9-]+\/$/,
  /^\/en\/(?!solutions\/|stories\/|news\/|projects\/|events\/|members\/|themes\/|search\/)[a-z0-9-]+\/$/,
  '/404.html',
];

/**
 * The path of one page of each template the built site has, and the search pages with a query
 * that hits and one that does not.
 */
export function templatePaths(distDir: string): string[] {
  const pages = builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0);
  const paths = TEMPLATES.flatMap((template) => {
    const found = pages.find((p) => (typeof template === 'string' ? p.path === template : template.test(p.path)));
    return found ? [found.path] : [];
  });
  // A word of the first heading of a case (or of the home page) finds something in either language.
  const word = (lang: 'nb' | 'en') => {
    const casePath = lang === 'nb' ? /^\/losninger\/[a-z0-9-]+\/$/ : /^\/en\/solutions\/[a-z0-9-]+\/$/;
    const page = pages.find((p) => casePath.test(p.path)) ?? pages[0]!;
    return encodeURIComponent(page.$('h1').text().split(/\s+/)[0] ?? '');
  };
  return [...paths, `/sok/?q=${word('nb')}`, `/en/search/?q=${word('en')}`, '/sok/?q=xyzzy'];
}

/** How many templates there are: a site that has every kind of page has one page each. */
export const TEMPLATE_COUNT = TEMPLATES.length;
