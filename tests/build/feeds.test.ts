import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { instantOf, normalLocalTime } from '../../src/lib/local-time';
import { field, liveEntries, type Entry } from '../helpers/content';
import { resolvePath } from '../helpers/dist';
import { rssProblems, parseFeed } from '../helpers/rss-rules';
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

    it('keeps every rule of RSS 2.0, read by a strict parser', () => {
      expect(rssProblems(xml)).toEqual([]);
    });

    it('links to its section and names its own address', () => {
      const parsed = parseFeed(xml) as {
        rss: { channel: Record<string, { '@_href'?: string; '@_rel'?: string }[]>[] }[];
      };
      const strict = parsed.rss[0]!.channel[0]!;
      expect(new URL(String(strict['link']![0])).pathname).toBe(path.replace('rss.xml', ''));
      const self = strict['atom:link']!.find((link) => link['@_rel'] === 'self');
      expect(new URL(self?.['@_href'] ?? '').pathname).toBe(path);
    });

    it('names each item by its entry, not its address, with its picture and its themes', () => {
      const parsed = parseFeed(xml) as { rss: { channel: { item?: Record<string, unknown[]>[] }[] }[] };
      const strictItems = parsed.rss[0]!.channel[0]!.item ?? [];
      const live = liveEntries(contentDir, collection, lang);
      for (const item of strictItems) {
        const title = String(item['title']![0]);
        const entry = live.find((e) => field(e, 'title') === title)!;
        const guid = item['guid']![0] as { '#text': string; '@_isPermaLink': string };
        expect(guid['@_isPermaLink'], title).toBe('false');
        // The folder and the language, which a new slug does not change.
        expect(guid['#text'], title).toMatch(new RegExp(`:${collection}/${entry.folder}/${lang}$`));
        const picture = entry.data['hero'] ?? entry.data['image'];
        const enclosure = item['enclosure']?.[0] as Record<string, string> | undefined;
        expect(Boolean(enclosure), title).toBe(Boolean(picture));
        if (enclosure) {
          const file = resolvePath(distDir, new URL(enclosure['@_url']!).pathname);
          expect(file, title).not.toBeNull();
          expect(Number(enclosure['@_length']), title).toBe(statSync(file!).size);
          expect(enclosure['@_type'], title).toMatch(/^image\//);
        }
        expect((item['category'] ?? []).length, title).toBe(
          ((entry.data['themes'] as string[] | undefined) ?? []).length,
        );
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

describe('the RSS 2.0 rules the feeds are held to', () => {
  const feed = (channel: string, item = '<title>T</title>') =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>${channel}<item>${item}</item></channel></rss>`;
  const head = '<title>T</title><link>https://a.example/</link><description>D</description>';

  it('accept a valid feed', () => {
    expect(rssProblems(feed(`${head}<atom:link href="https://a.example/rss.xml" rel="self"/>`))).toEqual([]);
  });

  it.each([
    ['a missing description', feed('<title>T</title><link>https://a.example/</link>'), /<description> is missing/],
    ['a repeated title', feed(`${head}<title>U</title>`), /<title> appears 2 times/],
    ['an unknown element', feed(`${head}<updated>x</updated>`), /<updated> is not an RSS 2.0 element/],
    ['an undeclared prefix', feed(`${head}<media:content/>`), /undeclared namespace prefix "media"/],
    ['an ISO date', feed(head, '<title>T</title><pubDate>2026-03-12</pubDate>'), /RFC 822/],
    ['a relative permalink', feed(head, '<title>T</title><guid>/a/</guid>'), /permalink <guid> is not a URL/],
    [
      'an enclosure without length',
      feed(head, '<title>T</title><enclosure url="https://a.example/x.jpg" type="image/jpeg"/>'),
      /length/,
    ],
    ['an item without title or description', feed(head, '<link>https://a.example/x/</link>'), /neither <title> nor/],
  ])('refuse %s', (_, xml, problem) => {
    expect(rssProblems(xml).join('\n')).toMatch(problem);
  });
});
