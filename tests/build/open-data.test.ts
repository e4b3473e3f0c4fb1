import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { liveEntries, membersOf } from '../helpers/content';
import { builtPages, resolvePath } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

const read = (distDir: string, path: string) =>
  JSON.parse(readFileSync(join(distDir, path), 'utf8')) as {
    count: number;
    schema: string;
    updated: string | null;
    items: { id: string; url: string; language: string; updated?: string }[];
  };
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/);
const validator = (distDir: string, schema: string) =>
  ajv.compile(JSON.parse(readFileSync(join(distDir, 'data/schema', schema), 'utf8')) as object);

const FILES = [
  ['data/losninger.json', 'solution', 'nb'],
  ['en/data/solutions.json', 'solution', 'en'],
  ['data/medlemmer.json', 'member', 'nb'],
  ['en/data/members.json', 'member', 'en'],
  ['data/prosjekter.json', 'project', 'nb'],
  ['en/data/projects.json', 'project', 'en'],
  ['data/historier.json', 'story', 'nb'],
  ['en/data/stories.json', 'story', 'en'],
  ['data/nyheter.json', 'news', 'nb'],
  ['en/data/news.json', 'news', 'en'],
  ['data/arrangementer.json', 'event', 'nb'],
  ['en/data/events.json', 'event', 'en'],
] as const;

const COLLECTION = {
  solution: 'solutions',
  project: 'projects',
  story: 'stories',
  news: 'news',
  event: 'events',
} as const;

describe.each(bothSites())('the open data of the $name site', ({ name, contentDir, distDir }) => {
  describe.each(FILES)('%s', (file, record, lang) => {
    const data = read(distDir, file);

    it('validates against its published JSON Schema', () => {
      const validate = validator(distDir, `${record}.json`);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(new URL(data.schema).pathname).toBe(`/data/schema/${record}.json`);
    });

    it('lists every entry of the content once, in this language where it has it, with a working absolute URL', () => {
      const other = lang === 'nb' ? 'en' : 'nb';
      const expected =
        record === 'member'
          ? membersOf(contentDir).map((m) => ({ id: m.id, language: lang }))
          : [
              ...liveEntries(contentDir, COLLECTION[record], lang).map((e) => ({ id: e.folder, language: lang })),
              ...liveEntries(contentDir, COLLECTION[record], other)
                .filter(
                  (e) => !liveEntries(contentDir, COLLECTION[record], lang).some((own) => own.folder === e.folder),
                )
                .map((e) => ({ id: e.folder, language: other })),
            ];
      const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
      expect(data.items.map(({ id, language }) => ({ id, language })).sort(byId)).toEqual(expected.sort(byId));
      expect(data.count).toBe(expected.length);
      for (const item of data.items) {
        expect(resolvePath(distDir, new URL(item.url).pathname), item.url).not.toBeNull();
        expect(new URL(item.url).pathname.startsWith('/en/'), item.url).toBe(item.language === 'en');
      }
      const dates = data.items.flatMap((item) => item.updated ?? []).sort();
      expect(data.updated).toBe(dates.at(-1) ?? null);
    });

    it('has a CSV beside it with the same records, one row each, in the columns of its schema', () => {
      const csv = readFileSync(join(distDir, file.replace(/\.json$/, '.csv')), 'utf8');
      const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
      expect(rows.map((row) => row['id'])).toEqual(data.items.map((item) => item.id));
      expect(rows.map((row) => row['url'])).toEqual(data.items.map((item) => item.url));
      const header = (parse(csv, { bom: true, to_line: 1 }) as string[][])[0]!;
      const schema = JSON.parse(readFileSync(join(distDir, 'data/schema', `${record}.json`), 'utf8')) as {
        properties: { items: { items: { properties: Record<string, unknown> } } };
      };
      const fields = Object.keys(schema.properties.items.items.properties);
      expect([...new Set(header.map((name) => name.split('.')[0]))]).toEqual(fields);
    });
  });

  it('describes every dataset on the open-data page as a schema.org Dataset with licence, files and date', () => {
    const pages = builtPages(distDir).filter((page) =>
      page
        .$('script[type="application/ld+json"]')
        .toArray()
        .some((el) => page.$(el).text().includes('"DataCatalog"')),
    );
    if (name === 'fixture') expect(pages.map((p) => p.path).sort()).toEqual(['/apne-data/', '/en/open-data/']);
    for (const page of pages) {
      const lang = page.path.startsWith('/en/') ? 'en' : 'nb';
      const catalog = page
        .$('script[type="application/ld+json"]')
        .toArray()
        .map((el) => JSON.parse(page.$(el).text()) as Record<string, unknown>)
        .find((d) => d['@type'] === 'DataCatalog')!;
      const sets = catalog['dataset'] as Record<string, unknown>[];
      const files = FILES.filter(([, , fileLang]) => fileLang === lang);
      expect(sets.length, page.path).toBe(files.length);
      for (const [file] of files) {
        const data = read(distDir, file);
        const dataset = sets.find((d) =>
          (d['distribution'] as { contentUrl: string }[]).some((f) => new URL(f.contentUrl).pathname === `/${file}`),
        )!;
        expect(dataset, file).toBeDefined();
        expect(dataset['@type']).toBe('Dataset');
        expect(dataset['license']).toBe('https://creativecommons.org/licenses/by/4.0/');
        expect(String(dataset['description']).length, file).toBeGreaterThanOrEqual(50);
        expect(dataset['dateModified'] ?? null, file).toBe(data.updated);
        const types = (dataset['distribution'] as { encodingFormat: string; contentUrl: string }[]).map((f) => {
          expect(resolvePath(distDir, new URL(f.contentUrl).pathname), f.contentUrl).not.toBeNull();
          return f.encodingFormat;
        });
        expect(types.sort()).toEqual(['application/json', 'text/csv']);
        const anchor = new URL(String(dataset['url'])).hash.slice(1);
        expect(page.$(`[id="${anchor}"]`).length, `${file} ${anchor}`).toBe(1);
      }
    }
  });
});
