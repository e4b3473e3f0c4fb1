import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { liveEntries, membersOf } from '../helpers/content';
import { resolvePath } from '../helpers/dist';
import { bothSites } from '../helpers/sites';

const read = (distDir: string, path: string) =>
  JSON.parse(readFileSync(join(distDir, path), 'utf8')) as {
    count: number;
    schema: string;
    items: { id: string; url: string }[];
  };
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validator = (distDir: string, schema: string) =>
  ajv.compile(JSON.parse(readFileSync(join(distDir, 'data/schema', schema), 'utf8')) as object);

const FILES = [
  ['data/losninger.json', 'solution', 'nb'],
  ['en/data/solutions.json', 'solution', 'en'],
  ['data/medlemmer.json', 'member', 'nb'],
  ['en/data/members.json', 'member', 'en'],
  ['data/prosjekter.json', 'project', 'nb'],
  ['en/data/projects.json', 'project', 'en'],
] as const;

const COLLECTION = { solution: 'solutions', project: 'projects' } as const;

describe.each(bothSites())('the open data of the $name site', ({ contentDir, distDir }) => {
  describe.each(FILES)('%s', (file, record, lang) => {
    const data = read(distDir, file);

    it('validates against its published JSON Schema', () => {
      const validate = validator(distDir, `${record}.json`);
      expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      expect(new URL(data.schema).pathname).toBe(`/data/schema/${record}.json`);
    });

    it('has one record per entry of the content, each with a stable id and a working absolute URL', () => {
      const expected =
        record === 'member'
          ? membersOf(contentDir).map((m) => m.id)
          : liveEntries(contentDir, COLLECTION[record], lang).map((e) => e.folder);
      expect(data.items.map((item) => item.id).sort()).toEqual(expected.sort());
      expect(data.count).toBe(expected.length);
      for (const item of data.items) expect(resolvePath(distDir, new URL(item.url).pathname), item.url).not.toBeNull();
    });
  });
});
