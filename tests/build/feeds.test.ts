import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { instantOf, normalLocalTime } from '../../src/lib/local-time';
import { field, liveEntries, type Entry } from '../helpers/content';
import { resolvePath } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

const FEEDS = [
  ['/nyheter/rss.xml', 'news', 'nb'],
  ['/en/news/rss.xml', 'news', 'en'],
  ['/losninger/rss.xml', 'solutions', 'nb'],
  ['/en/solutions/rss.xml', 'solutions', 'en'],
  ['/prosjekter/rss.xml', 'projects', 'nb'],
  ['/en/projects/rss.xml', 'projects', 'en'],
  ['/arrangementer/rss.xml', 'events', 'nb'],
  ['/en/events/rss.xml', 'events', 'en'],
] as const;

/** The events feed carries the events that have not ended when the site is built. */
const inFeed = (collection: string, entry: Entry) =>
  collection !== 'events' || instantOf(normalLocalTime(field(entry, 'end'))!).getTime() > Date.now();

describe.each(bothSites())('the feeds of the $name site', ({ contentDir, distDir }) => {
  describe.each(FEEDS)('feed %s', (path, collection, lang) => {
    const xml = readFileSync(join(distDir, path), 'utf8');
    const channel = new XMLParser().parse(xml).rss.channel as {
      language: string;
      item: { title: string; link: string; pubDate: string }[] | { title: string; link: string; pubDate: string };
    };
    const items = channel.item === undefined ? [] : Array.isArray(channel.item) ? channel.item : [channel.item];

    it('is well-formed XML in the right language', () => {
      expect(SyntaxValidator.validate(xml)).toBe(true);
      expect(channel.language).toBe(lang === 'nb' ? 'nb-NO' : 'en-GB');
    });

    it('lists every published entry with an absolute URL to its page and its date', () => {
      const live = liveEntries(contentDir, collection, lang).filter((e) => inFeed(collection, e));
      expect(items.map((i) => i.title).sort()).toEqual(live.map((e) => field(e, 'title')).sort());
      for (const item of items) {
        const url = new URL(item.link);
        expect(url.protocol).toBe('https:');
        expect(resolvePath(distDir, url.pathname), item.link).not.toBeNull();
        const entry = live.find((e) => field(e, 'title') === String(item.title))!;
        expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(field(entry, 'publishDate'));
      }
    });

    it('is announced in the head of pages of its language and linked from its section', () => {
      const home = readFileSync(join(distDir, lang === 'nb' ? 'index.html' : 'en/index.html'), 'utf8');
      expect(home).toContain(`<link rel="alternate" type="application/rss+xml"`);
      expect(home).toContain(`href="${path}"`);
      const index = readFileSync(join(distDir, path.replace('rss.xml', 'index.html')), 'utf8');
      expect(index).toMatch(new RegExp(`<a href="${path}"[^>]*>`));
    });
  });
});
