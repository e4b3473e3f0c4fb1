import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, inject, it } from 'vitest';
import { contentFiles, isLive } from '../helpers/content-files';
import { resolvePath } from '../helpers/dist';
import { memberFiles } from '../helpers/members';

const distDir = inject('distDir');
const read = (path: string) => JSON.parse(readFileSync(join(distDir, path), 'utf8')) as { count: number; schema: string; items: { id: string; url: string }[] };
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addFormat('uri', (value: string) => URL.canParse(value));
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
const validator = (schema: string) => ajv.compile(JSON.parse(readFileSync(join(distDir, 'data/schema', schema), 'utf8')) as object);

const FILES = [
  ['data/losninger.json', 'solution', 'nb'],
  ['en/data/solutions.json', 'solution', 'en'],
  ['data/medlemmer.json', 'member', 'nb'],
  ['en/data/members.json', 'member', 'en'],
] as const;

describe.each(FILES)('open data %s', (file, record, lang) => {
  const data = read(file);

  it('validates against its published JSON Schema', () => {
    const validate = validator(`${record}.json`);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(new URL(data.schema).pathname).toBe(`/data/schema/${record}.json`);
  });

  it('has one record per entry of the content, each with a stable id and a working absolute URL', () => {
    const expected =
      record === 'solution'
        ? contentFiles('solutions').filter((e) => e.lang === lang && isLive(e)).map((e) => e.folder)
        : memberFiles().map((m) => m.id);
    expect(data.items.map((item) => item.id).sort()).toEqual(expected.sort());
    expect(data.count).toBe(expected.length);
    for (const item of data.items) expect(resolvePath(distDir, new URL(item.url).pathname), item.url).not.toBeNull();
  });
});
