import { describe, expect, it } from 'vitest';
import { expectedOutputs } from '../../src/lib/build-outputs';
import { buildRoutes } from '../../src/lib/routes';

const entry = (slug: string) => ({ data: { slug, title: slug, publishDate: new Date('2026-01-01') } });

describe('expected outputs of a build', () => {
  const routes = buildRoutes({
    solutions: new Map([['a', { nb: { data: { ...entry('a').data, aliases: ['gammel'] } }, en: entry('a-en') }]]),
    stories: new Map(),
    news: new Map([['n', { nb: entry('n') }]]),
    projects: new Map(),
    events: new Map([['e', { nb: entry('fagdag'), en: entry('field-day') }]]),
    pages: new Map([['about', { nb: entry('om'), en: entry('about') }]]),
    members: [{ id: 'acme' }],
    themes: [],
  });
  const { files, searchPages } = expectedOutputs(routes);

  it('lists a file for every route, redirects included', () => {
    for (const route of routes) expect(files).toContain(`${route.path.slice(1)}index.html`);
    expect(files).toContain('losninger/gammel/index.html');
  });

  it('lists the cards, feeds, open data and the search bundle', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'og/losninger/a.jpg',
        'og/nyheter/n.jpg',
        'og/nb.jpg',
        'og/en.jpg',
        'nyheter/rss.xml',
        'en/solutions/rss.xml',
        'data/losninger.json',
        'en/data/members.json',
        'data/schema/solution.json',
        'pagefind/pagefind.js',
        '404.html',
      ]),
    );
    expect(files).not.toContain('og/om.jpg');
  });

  it('lists the calendars: one per language to subscribe to, one beside each event page', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'arrangementer/kalender.ics',
        'en/events/calendar.ics',
        'arrangementer/fagdag/fagdag.ics',
        'en/events/field-day/field-day.ics',
      ]),
    );
  });

  it('counts the pages each search index must hold: entries, members and static pages', () => {
    // nb: solution, news item, event, member, page; en: solution, event, member, page.
    expect(searchPages).toEqual({ nb: 5, en: 4 });
  });
});
