import { describe, expect, it } from 'vitest';
import { routeClaimProblems } from '../../src/lib/route-claims';
import { buildRoutes, type RouteInput } from '../../src/lib/routes';

const entry = (file: string, slug: string, aliases: string[] = []) => ({
  file,
  data: { slug, title: slug, aliases, publishDate: new Date('2026-01-01') },
});

const input = (pages: RouteInput['pages'], solutions: RouteInput['solutions'] = new Map()): RouteInput => ({
  solutions,
  stories: new Map(),
  news: new Map(),
  projects: new Map(),
  events: new Map(),
  pages,
  members: [],
  themes: [],
});

const fileOf = (e: object) => (e as { file: string }).file;

describe('route claims', () => {
  it('finds nothing when every path is claimed once', () => {
    const routes = buildRoutes(input(new Map([['about', { nb: entry('about/index.nb.md', 'om') }]])));
    expect(routeClaimProblems(routes, fileOf)).toEqual([]);
  });

  it("reports a page that takes a section's path on the page's file, naming the section", () => {
    const routes = buildRoutes(input(new Map([['p', { en: entry('p/index.en.md', 'solutions') }]])));
    expect(routeClaimProblems(routes, fileOf)).toEqual([
      {
        file: 'p/index.en.md',
        field: 'slug',
        message: 'gives the path /en/solutions/, which the solution index has already: choose another URL name',
      },
    ]);
  });

  it('reports an alias that is the path of another page, naming both files', () => {
    const solutions = new Map([
      ['a', { nb: entry('a/index.nb.md', 'a') }],
      ['b', { nb: entry('b/index.nb.md', 'b', ['a']) }],
    ]);
    const problems = routeClaimProblems(buildRoutes(input(new Map(), solutions)), fileOf);
    expect(problems).toEqual([
      {
        file: 'b/index.nb.md',
        field: 'aliases',
        message: 'gives the path /losninger/a/, which a/index.nb.md (slug) has already: choose another URL name',
      },
    ]);
  });
});
