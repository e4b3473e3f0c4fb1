// The rules of RSS 2.0 (https://www.rssboard.org/rss-specification), checked strictly: the
// elements a channel and an item may have and how often, the required ones, the formats of
// dates, links, guids and enclosures, and elements of other vocabularies only with a declared
// namespace. Returns what breaks a rule, in words; an empty list is a valid feed.
import { XMLParser } from 'fast-xml-parser';

type Node = Record<string, unknown>;

const CHANNEL = {
  required: ['title', 'link', 'description'],
  once: [
    'title',
    'link',
    'description',
    'language',
    'copyright',
    'managingEditor',
    'webMaster',
    'pubDate',
    'lastBuildDate',
    'generator',
    'docs',
    'cloud',
    'ttl',
    'image',
    'rating',
    'textInput',
    'skipHours',
    'skipDays',
  ],
  many: ['category', 'item'],
};
const ITEM = {
  once: ['title', 'link', 'description', 'author', 'comments', 'enclosure', 'guid', 'pubDate', 'source'],
  many: ['category'],
};

/** RFC 822 as RSS uses it, with a four-digit year: "Thu, 12 Mar 2026 00:00:00 GMT". */
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|UT|[+-]\d{4})$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z]{2})?$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

const isUrl = (value: unknown) => {
  try {
    return ['http:', 'https:'].includes(new URL(String(value)).protocol);
  } catch {
    return false;
  }
};

const textOf = (node: unknown): string =>
  typeof node === 'object' && node !== null ? String((node as Node)['#text'] ?? '') : String(node ?? '');
const attr = (node: unknown, name: string) =>
  typeof node === 'object' && node !== null ? (node as Node)[`@_${name}`] : undefined;

/** Every element is a list, so that repeated elements are seen. */
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
  parseTagValue: false,
});

function checkChildren(
  where: string,
  node: Node,
  rules: { once: string[]; many: string[] },
  prefixes: Set<string>,
): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(node)) {
    if (name.startsWith('@_') || name === '#text') continue;
    const count = (value as unknown[]).length;
    const prefix = name.includes(':') ? name.slice(0, name.indexOf(':')) : null;
    if (prefix !== null) {
      if (!prefixes.has(prefix)) problems.push(`${where}: <${name}> uses the undeclared namespace prefix "${prefix}"`);
    } else if (rules.once.includes(name)) {
      if (count > 1) problems.push(`${where}: <${name}> appears ${count} times (at most once)`);
    } else if (!rules.many.includes(name)) {
      problems.push(`${where}: <${name}> is not an RSS 2.0 element`);
    }
  }
  return problems;
}

function itemProblems(where: string, item: Node, prefixes: Set<string>): string[] {
  const problems = checkChildren(where, item, ITEM, prefixes);
  const one = (name: string) => (item[name] as unknown[] | undefined)?.[0];
  if (one('title') === undefined && one('description') === undefined)
    problems.push(`${where}: has neither <title> nor <description>`);
  if (one('link') !== undefined && !isUrl(textOf(one('link')))) problems.push(`${where}: <link> is not a URL`);
  const date = one('pubDate');
  if (date !== undefined && !RFC_822.test(textOf(date))) problems.push(`${where}: <pubDate> is not an RFC 822 date`);
  const guid = one('guid');
  if (guid !== undefined) {
    const permalink = attr(guid, 'isPermaLink') ?? 'true';
    if (!['true', 'false'].includes(String(permalink))) problems.push(`${where}: isPermaLink is "${permalink}"`);
    if (permalink === 'true' && !isUrl(textOf(guid))) problems.push(`${where}: a permalink <guid> is not a URL`);
    if (!textOf(guid).trim()) problems.push(`${where}: <guid> is empty`);
  }
  const enclosure = one('enclosure');
  if (enclosure !== undefined) {
    if (!isUrl(attr(enclosure, 'url'))) problems.push(`${where}: <enclosure> has no url`);
    if (!/^\d+$/.test(String(attr(enclosure, 'length')))) problems.push(`${where}: <enclosure> length is not bytes`);
    if (!MEDIA_TYPE.test(String(attr(enclosure, 'type')))) problems.push(`${where}: <enclosure> type is not a type`);
  }
  for (const category of (item['category'] as unknown[] | undefined) ?? [])
    if (!textOf(category).trim()) problems.push(`${where}: a <category> is empty`);
  return problems;
}

export function rssProblems(xml: string): string[] {
  const root = parser.parse(xml) as Node;
  const rss = (root['rss'] as Node[] | undefined)?.[0];
  if (!rss || Object.keys(root).filter((k) => !k.startsWith('?')).length !== 1) return ['the root is not one <rss>'];
  if (attr(rss, 'version') !== '2.0') return ['<rss> has no version="2.0"'];
  const prefixes = new Set(
    Object.keys(rss)
      .filter((k) => k.startsWith('@_xmlns:'))
      .map((k) => k.slice('@_xmlns:'.length)),
  );
  const channels = (rss['channel'] as Node[] | undefined) ?? [];
  if (channels.length !== 1) return [`<rss> has ${channels.length} channels (exactly one)`];
  const channel = channels[0]!;
  const problems = checkChildren('channel', channel, CHANNEL, prefixes);
  for (const name of CHANNEL.required)
    if (!textOf((channel[name] as unknown[] | undefined)?.[0]).trim()) problems.push(`channel: <${name}> is missing`);
  if (!isUrl(textOf((channel['link'] as unknown[] | undefined)?.[0]))) problems.push('channel: <link> is not a URL');
  const language = (channel['language'] as unknown[] | undefined)?.[0];
  if (language !== undefined && !LANGUAGE.test(textOf(language))) problems.push('channel: <language> is not a code');
  const items = (channel['item'] as Node[] | undefined) ?? [];
  items.forEach((item, i) => problems.push(...itemProblems(`item ${i + 1}`, item, prefixes)));
  const guids = items.map((item) => textOf((item['guid'] as unknown[] | undefined)?.[0]));
  if (new Set(guids).size !== guids.length) problems.push('two items have the same <guid>');
  return problems;
}

/** The parsed feed for assertions on its values: every element a list. */
export const parseFeed = (xml: string) => parser.parse(xml) as Node;
