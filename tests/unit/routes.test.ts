import { describe, expect, it } from 'vitest';
import { buildRoutes, type Route, type RouteInput } from '../../src/lib/routes';

const slugged = (slug: string, updated?: string) => ({
  data: { slug, title: slug, publishDate: new Date('2026-01-01'), updated: updated ? new Date(updated) : undefined },
});

const input = (): RouteInput => ({
  solutions: new Map([
    ['both', { nb: { data: { ...slugged('begge', '2026-02-01').data, aliases: ['gammel'] } }, en: slugged('both') }],
    ['nb-only', { nb: slugged('bare-norsk') }],
  ]),
  stories: new Map([['story', { nb: slugged('historie'), en: slugged('story') }]]),
  news: new Map(
    Array.from({ length: 5 }, (_, i) => [
      `n${i}`,
      { nb: slugged(`nyhet-${i}`), ...(i < 2 ? { en: slugged(`news-${i}`) } : {}) },
    ]),
  ),
  projects: new Map([['project', { nb: slugged('prosjekt') }]]),
  events: new Map([['event', { nb: { data: { ...slugged('fagdag').data, movedFrom: ['/nyheter/fagdag/'] } } }]]),
  pages: new Map([['about', { nb: slugged('om'), en: slugged('about') }]]),
  members: [{ id: 'acme' }],
  themes: [{ id: 'feed', data: { slug: { nb: 'for', en: 'feed' } } }],
  perPage: { news: 2 },
});

const find = (routes: Route[], path: string) => {
  const route = routes.find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return route;
};

describe('route table', () => {
  const content = input();
  const routes = buildRoutes(content);

  it('gives every path once', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('links translations both ways', () => {
    expect(find(routes, '/losninger/begge/')).toMatchObject({
      lang: 'nb',
      view: 'solution',
      entry: content.solutions.get('both')!.nb,
      translation: '/en/solutions/both/',
    });
    expect(find(routes, '/en/solutions/both/')).toMatchObject({
      lang: 'en',
      translation: '/losninger/begge/',
      switchTo: '/losninger/begge/',
    });
    expect(find(routes, '/')).toMatchObject({ view: 'home', translation: '/en/' });
    expect(find(routes, '/om/')).toMatchObject({ view: 'page', translation: '/en/about/' });
    expect(find(routes, '/tema/for/')).toMatchObject({ view: 'theme', translation: '/en/themes/feed/' });
    expect(find(routes, '/medlemmer/acme/')).toMatchObject({
      view: 'member',
      entry: { id: 'acme' },
      translation: '/en/members/acme/',
    });
    expect(find(routes, '/sok/')).toMatchObject({ view: 'search', translation: '/en/search/' });
  });

  it('lists a single-language entry only in its language and switches to the other section index', () => {
    expect(find(routes, '/losninger/bare-norsk/')).toMatchObject({ translation: null, switchTo: '/en/solutions/' });
    const nbOnly = content.solutions.get('nb-only')!.nb;
    expect(routes.filter((r) => 'entry' in r && r.entry === nbOnly).map((r) => r.lang)).toEqual(['nb']);
  });

  it('paginates news per language and pairs only the first pages', () => {
    const newsPages = (lang: string) =>
      routes.filter((r) => r.view === 'index' && r.kind === 'news' && r.lang === lang).map((r) => r.path);
    const [nbPages, enPages] = [newsPages('nb'), newsPages('en')];
    expect(nbPages).toEqual(['/nyheter/', '/nyheter/2/', '/nyheter/3/']);
    expect(enPages).toEqual(['/en/news/']);
    expect(find(routes, '/nyheter/')).toMatchObject({ translation: '/en/news/', page: { current: 1, total: 3 } });
    expect(find(routes, '/nyheter/2/')).toMatchObject({ translation: null, switchTo: '/en/news/' });
  });

  it('carries the items of each index page, newest first', () => {
    const news = content.news;
    expect(find(routes, '/nyheter/2/')).toMatchObject({ view: 'index', kind: 'news' });
    expect(find(routes, '/nyheter/2/')).toHaveProperty('items', [news.get('n2')!.nb, news.get('n3')!.nb]);
    const newer = input();
    const { solutions } = newer;
    solutions.get('nb-only')!.nb!.data.publishDate = new Date('2026-03-01');
    const later = buildRoutes(newer);
    expect(find(later, '/losninger/')).toHaveProperty('items', [
      solutions.get('nb-only')!.nb,
      solutions.get('both')!.nb,
    ]);
    expect(find(later, '/en/solutions/')).toHaveProperty('items', [solutions.get('both')!.en]);
    expect(find(later, '/en/members/')).toHaveProperty('items', newer.members);
  });

  it('sends earlier slugs on to the current page', () => {
    expect(find(routes, '/losninger/gammel/')).toMatchObject({
      view: 'redirect',
      target: '/losninger/begge/',
      lang: 'nb',
      translation: null,
    });
  });

  it('sends an address an entry had in another section on to its page', () => {
    expect(find(routes, '/nyheter/fagdag/')).toMatchObject({
      view: 'redirect',
      target: '/arrangementer/fagdag/',
      lang: 'nb',
    });
  });

  it('carries the last change of entry pages for the sitemap', () => {
    expect(find(routes, '/losninger/begge/').lastModified).toEqual(new Date('2026-02-01'));
    expect(find(routes, '/en/solutions/both/').lastModified).toEqual(new Date('2026-01-01'));
    expect(find(routes, '/losninger/').lastModified).toBeUndefined();
  });
});
