import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, type CmsField } from '../../src/lib/cms-config';
import { COLLECTIONS, listKey, type Collection, type ListCollection } from '../../src/lib/content-files';
import { KINDS } from '../../src/lib/content-kinds';
import { contentSchemas } from '../../src/lib/schemas';

const settings = {
  contentFolder: 'content',
  localBackend: false,
  localBackendUrl: 'http://localhost:8081/api/v1',
  siteUrl: 'https://x.example/',
};
const config = cmsConfig(settings);
type CmsCollection = { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] };
const collections = config['collections'] as CmsCollection[];

/** The editor's fields of a collection, as the schema sees them (lists and settings sit under their key). */
function editorFields(collection: Collection): CmsField[] {
  const found = collections.find((c) => c.name === collection)!;
  if (found.fields) return found.fields.filter((f) => f.name !== 'body');
  const top = found.files![0]!.fields[0]!;
  const fields = top['fields'] as CmsField[];
  return COLLECTIONS[collection].layout === 'list' ? fields.filter((f) => f.name !== 'id') : fields;
}

/** The fields of a Zod object, by name, and whether each may be left out. */
function schemaShape(schema: z.ZodType): Record<string, z.ZodType> {
  let inner = schema as unknown as { shape?: Record<string, z.ZodType>; unwrap?: () => z.ZodType };
  while (!inner.shape && inner.unwrap) inner = inner.unwrap() as never;
  return inner.shape ?? {};
}

const schemas = contentSchemas(() => z.string());

describe('the browser editor configuration', () => {
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    it(`has every field of the ${collection} schema, required where the schema requires it`, () => {
      const fields = editorFields(collection);
      const shape = schemaShape(schemas[collection]);
      expect(fields.map((f) => f.name)).toEqual(Object.keys(shape));
      for (const field of fields) {
        const optional = shape[field.name]!.safeParse(undefined).success;
        if (!optional) expect(field.required, `${collection}.${field.name}`).toBe(true);
        if (optional && field['default'] === undefined)
          expect(field.required, `${collection}.${field.name}`).toBe(false);
        expect(field.label, `${collection}.${field.name}`).toBeTruthy();
      }
    });
  }

  it('gives a text field the limits and messages of the schema', () => {
    const title = editorFields('solutions').find((f) => f.name === 'title')!;
    const [pattern, message] = title['pattern'] as [string, string];
    const tooLong = 'x'.repeat(200);
    expect(new RegExp(pattern).test(tooLong)).toBe(false);
    expect(message).toBe(
      schemas.solutions.safeParse({ title: tooLong }).error?.issues.find((i) => i.path[0] === 'title')?.message,
    );
    const slug = editorFields('solutions').find((f) => f.name === 'slug')!;
    expect(new RegExp((slug['pattern'] as string[])[0]!).test('Fôr-og-avl')).toBe(false);
    expect(new RegExp((slug['pattern'] as string[])[0]!).test('for-og-avl')).toBe(true);
  });

  it('offers themes and members by name and stores their ids', () => {
    const fields = editorFields('solutions');
    expect(fields.find((f) => f.name === 'themes')).toMatchObject({
      widget: 'relation',
      collection: 'themes',
      value_field: `${listKey('themes')}.*.id`,
      multiple: true,
      min: 1,
      max: 3,
    });
    expect(fields.find((f) => f.name === 'members')).toMatchObject({
      widget: 'relation',
      collection: 'members',
      value_field: '{{slug}}',
      display_fields: ['name'],
    });
    expect(editorFields('stories').find((f) => f.name === 'member')).toMatchObject({
      widget: 'relation',
      collection: 'members',
    });
  });

  it('offers the fixed vocabularies and the goals as choices, and the picture with its texts', () => {
    const fields = editorFields('solutions');
    const options = (name: string) =>
      (fields.find((f) => f.name === name)!['options'] as { value: unknown }[]).map((o) => o.value);
    expect(options('maturity')).toEqual(['research', 'pilot', 'commercial']);
    expect(options('sdgs')).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    const hero = fields.find((f) => f.name === 'hero')!;
    const parts = hero['fields'] as CmsField[];
    expect(parts.find((f) => f.name === 'src')).toMatchObject({ widget: 'image', required: true });
    for (const name of ['alt', 'credit', 'licence'])
      expect(parts.find((f) => f.name === name)?.required, name).toBe(true);
    const impact = fields.find((f) => f.name === 'impact')!;
    expect(impact.widget).toBe('list');
  });

  it('saves each entry in its own folder, one file per language, and copies the shared fields', () => {
    const solutions = collections.find((c) => c.name === 'solutions') as Record<string, unknown> & CmsCollection;
    expect(solutions).toMatchObject({
      folder: 'content/solutions',
      path: '{{slug}}/index',
      i18n: true,
      media_folder: '',
    });
    expect(config['i18n']).toMatchObject({ structure: 'multiple_files', locales: ['nb', 'en'], default_locale: 'nb' });
    for (const field of solutions.fields!) {
      const shared = (KINDS.solution.sharedFields as readonly string[]).includes(field.name);
      expect(field['i18n'], field.name).toBe(shared ? 'duplicate' : true);
    }
  });

  it('keeps each list in its file under its key', () => {
    for (const collection of ['themes', 'facts'] as ListCollection[]) {
      const found = collections.find((c) => c.name === collection)!;
      expect(found.files![0]).toMatchObject({ file: `content/${COLLECTIONS[collection].path}` });
      expect(found.files![0]!.fields[0]).toMatchObject({ name: listKey(collection), widget: 'list' });
    }
  });

  it('saves through the local backend, or to GitHub when a repository is set', () => {
    expect(config['backend']).toEqual({ name: 'proxy', proxy_url: settings.localBackendUrl, branch: 'main' });
    expect(config).not.toHaveProperty('local_backend');
    const github = cmsConfig({
      ...settings,
      githubRepo: 'heidner/site',
      oauthUrl: 'https://auth.example.no',
      localBackend: true,
    });
    expect(github['backend']).toEqual({
      name: 'github',
      repo: 'heidner/site',
      branch: 'main',
      base_url: 'https://auth.example.no',
      auth_endpoint: 'auth',
    });
    expect(github['local_backend']).toEqual({ url: settings.localBackendUrl });
  });
});

describe('the editor of projects and events', () => {
  const fieldOf = (collection: Collection, name: string) => editorFields(collection).find((f) => f.name === name)!;

  it('picks the partners among the members, at least two, and the lead and organiser likewise', () => {
    expect(fieldOf('projects', 'partners')).toMatchObject({
      widget: 'relation',
      collection: 'members',
      multiple: true,
      min: 2,
    });
    expect(fieldOf('projects', 'lead')).toMatchObject({ widget: 'relation', collection: 'members' });
    expect(fieldOf('events', 'organiser')).toMatchObject({ widget: 'relation', collection: 'members' });
  });

  it('copies a shared list or group of fields by its inner fields, the only form Decap accepts', () => {
    for (const [collection, name] of [
      ['projects', 'funding'],
      ['projects', 'solutions'],
      ['events', 'place'],
      ['events', 'registration'],
    ] as const) {
      const field = fieldOf(collection, name);
      expect(field['i18n'], name).toBe(true);
      const inner = (field['fields'] as CmsField[] | undefined) ?? [field['field'] as CmsField];
      expect(inner.map((f) => f['i18n'])).toEqual(inner.map(() => 'duplicate'));
    }
  });

  it('writes an event’s times as Norwegian wall-clock time, the form the schema reads', () => {
    for (const name of ['start', 'end']) {
      expect(fieldOf('events', name)).toMatchObject({
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm',
        picker_utc: true,
      });
    }
    expect(fieldOf('projects', 'start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD' });
    expect(fieldOf('events', 'language')['options']).toEqual([
      { label: 'Norsk', value: 'nb' },
      { label: 'Engelsk', value: 'en' },
    ]);
  });
});
