// The browser editor's configuration (Decap CMS), made from the content model. Every field of
// src/lib/schemas.ts becomes a field of the editor, with the schema's limits and, where Decap
// takes a message, the schema's own message, so the editor and `check:content` say the same.
// What a schema cannot say comes from small tables here: which list of ids a field refers to,
// which fields both languages share (content-kinds.ts) and the Norwegian names (cms-labels.ts).
import { z } from 'astro/zod';
import { DEFAULT_LANG, LANGS } from '../i18n/langs';
import { COLLECTION_LABELS, FIELD_LABELS } from './cms-labels';
import { COLLECTIONS, listKey, type Collection, type ListCollection } from './content-files';
import { KINDS } from './content-kinds';
import { contentSchemas } from './schemas';
import { SLUG_PATTERN } from './slugs';
import {
  EVENT_STATUSES,
  LANGUAGE_NAMES,
  MATURITIES,
  MEMBER_KINDS,
  NEWS_KINDS,
  PROJECT_STATUSES,
  sdgLabel,
  STAGES,
  VERIFICATIONS,
} from './taxonomy';

/** The part of JSON Schema that z.toJSONSchema writes for the content model. */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: (string | number)[];
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  /** Set by the override below: the picture file of a picture field; from the schema: a time of day in Oslo. */
  widget?: 'image' | 'local-time';
  /** Set by the override below: the schema's message for a value that breaks the pattern or length. */
  message?: string;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

const MEMBER_RELATION = {
  collection: 'members',
  value_field: '{{slug}}',
  search_fields: ['name'],
  display_fields: ['name'],
};

/** Fields that hold ids of other content, shown by name in the editor. */
const RELATIONS: Record<string, Record<string, unknown>> = {
  themes: {
    collection: 'themes',
    file: 'themes',
    value_field: `${listKey('themes')}.*.id`,
    search_fields: [`${listKey('themes')}.*.name.${DEFAULT_LANG}`],
    display_fields: [`${listKey('themes')}.*.name.${DEFAULT_LANG}`],
  },
  members: MEMBER_RELATION,
  member: MEMBER_RELATION,
  partners: MEMBER_RELATION,
  lead: MEMBER_RELATION,
  organiser: MEMBER_RELATION,
};

/** Fields the tools write: kept as they are when the editor saves, not shown. */
const HIDDEN = new Set(['translationOf']);

/** Text fields edited in a box of several lines. */
const MULTILINE = new Set(['summary', 'description']);

/** The names of the fixed vocabularies, found by their ids. */
const VOCABULARIES: Record<string, { nb: string }>[] = [
  STAGES,
  MATURITIES,
  VERIFICATIONS,
  MEMBER_KINDS,
  NEWS_KINDS,
  PROJECT_STATUSES,
  EVENT_STATUSES,
  LANGUAGE_NAMES,
];

const optionsOf = (values: readonly (string | number)[]) => {
  const names = VOCABULARIES.find((v) => values.every((value) => String(value) in v));
  return values.map((value) => ({ label: names?.[String(value)]?.nb ?? String(value), value }));
};

/** A value that breaks a string field's pattern or length, to read the schema's message from. */
function messageOf(schema: z.ZodType, json: JsonSchema): string | undefined {
  const result = schema.safeParse(json.maxLength !== undefined ? 'x'.repeat(json.maxLength + 1) : '§');
  return result.success ? undefined : result.error.issues[0]?.message;
}

/** The JSON Schema of a collection, with picture files and dates marked. */
function jsonSchemaOf(collection: Collection): JsonSchema {
  const schemas = contentSchemas(() => z.string().meta({ widget: 'image' }));
  return z.toJSONSchema(schemas[collection], {
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = (zodSchema as unknown as { _zod: { def: { type: string } } })._zod.def;
      if (def.type === 'date') jsonSchema['format'] = 'date';
      if (def.type === 'string' && (jsonSchema['pattern'] || jsonSchema['maxLength'] || jsonSchema['format'])) {
        jsonSchema['message'] = messageOf(zodSchema as unknown as z.ZodType, jsonSchema as JsonSchema);
      }
    },
  }) as JsonSchema;
}

function labelOf(name: string, parent: string | undefined): string {
  const label = (parent && FIELD_LABELS[`${parent}.${name}`]) || FIELD_LABELS[name];
  const path = parent ? `${parent}.${name}` : name;
  if (!label)
    throw new Error(`The browser editor has no name for the field "${path}": add it to src/lib/cms-labels.ts`);
  return label;
}

/** A pattern Decap checks, with the schema's message: the schema's own, or one for its length or format. */
function patternOf(json: JsonSchema): [string, string] | undefined {
  const message = json.message ?? '';
  if (json.pattern) return [json.pattern, message];
  if (json.maxLength !== undefined) return [`^[\\s\\S]{0,${json.maxLength}}$`, message];
  if (json.format === 'uri') return ['^https?://\\S+$', message];
  return undefined;
}

type Widget = Record<string, unknown> & { widget: string };

function widgetOf(name: string, json: JsonSchema, parent: string | undefined): Widget {
  // Only top-level fields refer to other content.
  const relation = parent ? undefined : RELATIONS[name];
  if (HIDDEN.has(name)) return { widget: 'hidden' };
  if (json.widget === 'image') return { widget: 'image', choose_url: false };
  if (json.format === 'date') {
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'DD.MM.YYYY',
      time_format: false,
      picker_utc: true,
    };
  }
  if (json.widget === 'local-time') {
    // Norwegian wall-clock time as written in the file (local-time.ts), picked as shown.
    return {
      widget: 'datetime',
      format: 'YYYY-MM-DDTHH:mm',
      date_format: 'DD.MM.YYYY',
      time_format: 'HH:mm',
      picker_utc: true,
    };
  }
  if (json.enum) return { widget: 'select', options: optionsOf(json.enum) };
  if (json.type === 'boolean') return { widget: 'boolean' };
  if (json.type === 'integer' || json.type === 'number') {
    return {
      widget: 'number',
      value_type: json.type === 'integer' ? 'int' : 'float',
      min: json.minimum,
      max: json.maximum,
    };
  }
  if (json.type === 'object') return { widget: 'object', fields: fieldsOf(json, name) };
  if (json.type === 'array') {
    const limits = { min: json.minItems, max: json.maxItems };
    const items = json.items ?? {};
    if (relation) return { widget: 'relation', ...relation, multiple: true, ...limits };
    if (items.type === 'integer' && items.minimum !== undefined && items.maximum !== undefined) {
      // A short range of whole numbers, such as the goals 1-17: offered as a list to tick.
      const numbers = Array.from({ length: items.maximum - items.minimum + 1 }, (_, i) => items.minimum! + i);
      const options =
        name === 'sdgs' ? numbers.map((goal) => ({ label: sdgLabel(goal, 'nb'), value: goal })) : optionsOf(numbers);
      return { widget: 'select', multiple: true, options, ...limits };
    }
    if (items.type === 'object') return { widget: 'list', fields: fieldsOf(items, name), ...limits };
    return { widget: 'list', field: field(name, items, true, name), ...limits };
  }
  if (relation) return { widget: 'relation', ...relation };
  return { widget: MULTILINE.has(name) ? 'text' : 'string', pattern: patternOf(json) };
}

/** Decap requires every field unless told otherwise; the schema says which ones are. */
function field(name: string, json: JsonSchema, required: boolean, parent?: string): CmsField {
  const withDefault = json.default !== undefined && json.default !== '' && !Array.isArray(json.default);
  const result: CmsField = {
    name,
    label: labelOf(name, parent),
    ...widgetOf(name, json, parent),
    required: required || (withDefault && json.type === 'string'),
  };
  if (withDefault) result['default'] = json.default;
  return dropUndefined(result);
}

function fieldsOf(json: JsonSchema, parent?: string): CmsField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) =>
    field(name, property, required.has(name), parent),
  );
}

const dropUndefined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/**
 * Fields shared by both languages are written once and copied to the other language. Decap
 * takes "duplicate" only on fields that hold a value: a list or group of fields is marked as
 * translatable and its inner fields as copied.
 */
function withLanguages(fields: CmsField[], shared: readonly string[]): CmsField[] {
  const mark = (f: CmsField, i18n: true | 'duplicate'): CmsField => ({
    ...f,
    i18n: f['fields'] || f['field'] ? true : i18n,
    ...(Array.isArray(f['fields']) ? { fields: (f['fields'] as CmsField[]).map((c) => mark(c, i18n)) } : {}),
    ...(f['field'] ? { field: mark(f['field'] as CmsField, i18n) } : {}),
  });
  return fields.map((f) => mark(f, shared.includes(f.name) ? 'duplicate' : true));
}

const sharedFieldsOf = (collection: Collection): readonly string[] =>
  (
    Object.values(KINDS).find((kind) => kind.collection === collection) as
      { sharedFields?: readonly string[] } | undefined
  )?.sharedFields ?? [];

const labels = (collection: Collection) => {
  const [label, singular] = COLLECTION_LABELS[collection];
  return { name: collection, label, label_singular: singular };
};

/** The id of a list item: not a schema field (Astro's file loader reads it), but required the same way. */
const ID_FIELD: CmsField = {
  name: 'id',
  label: FIELD_LABELS['id']!,
  widget: 'string',
  pattern: [SLUG_PATTERN.source, 'must use only a-z, 0-9 and single hyphens, e.g. "sustainable-feed"'],
};

function collectionOf(collection: Collection, folder: string): Record<string, unknown> {
  const { layout, path } = COLLECTIONS[collection];
  // List items are named after their list ("facts.label"), so their names can differ from the same name elsewhere.
  const fields = fieldsOf(
    jsonSchemaOf(collection),
    layout === 'list' ? listKey(collection as ListCollection) : undefined,
  );
  const file = `${folder}/${path}`;
  switch (layout) {
    case 'entries':
      return {
        ...labels(collection),
        folder: file,
        // One folder per entry, one file per language: <folder>/index.nb.md (content-files.ts).
        path: '{{slug}}/index',
        slug: '{{fields.slug}}',
        extension: 'md',
        format: 'frontmatter',
        create: true,
        i18n: true,
        // Pictures are saved in the entry's own folder, beside its texts.
        media_folder: '',
        public_folder: '',
        identifier_field: 'title',
        summary: '{{title}}',
        sortable_fields: ['title', 'publishDate'],
        fields: withLanguages(
          [...fields, { name: 'body', label: labelOf('body', undefined), widget: 'markdown' }],
          sharedFieldsOf(collection),
        ),
      };
    case 'records':
      return {
        ...labels(collection),
        folder: file,
        extension: 'yaml',
        format: 'yaml',
        create: true,
        identifier_field: 'name',
        fields,
      };
    case 'list':
      return oneFile(collection, file, listKey(collection as ListCollection), 'list', [ID_FIELD, ...fields]);
    case 'settings':
      return oneFile(collection, file, collection, 'object', fields);
  }
}

/** A collection of one YAML file whose content stands under one key (content-files.ts). */
function oneFile(collection: Collection, file: string, key: string, widget: string, fields: CmsField[]) {
  const { label } = labels(collection);
  return {
    ...labels(collection),
    files: [{ name: key, label, file, format: 'yaml', fields: [{ name: key, label, widget, fields }] }],
  };
}

export interface CmsSettings {
  /** Where the content folder is, relative to the root of the repository the editor writes to. */
  contentFolder: string;
  /** The GitHub repository ("owner/name") to save to; without it, the local backend (decap-server). */
  githubRepo?: string | undefined;
  branch?: string | undefined;
  /** The OAuth service that signs editors in to GitHub (see the editor guide), e.g. https://auth.example.no */
  oauthUrl?: string | undefined;
  /** The local backend is used when it runs (`npm run cms`), even with a GitHub backend set. */
  localBackend: boolean;
  localBackendUrl: string;
  siteUrl: string;
}

/** The port of the local backend that `npm run cms` starts: CMS_LOCAL_PORT, or decap-server's default. */
export const localBackendPort = (env: Record<string, string | undefined> = process.env): number =>
  Number(env['CMS_LOCAL_PORT'] || 8081);

export const localBackendUrl = (port: number) => `http://localhost:${port}/api/v1`;

function backendOf({ githubRepo, branch = 'main', oauthUrl, localBackendUrl }: CmsSettings): Record<string, unknown> {
  if (!githubRepo) return { name: 'proxy', proxy_url: localBackendUrl, branch };
  return dropUndefined({
    name: 'github',
    repo: githubRepo,
    branch,
    base_url: oauthUrl,
    auth_endpoint: oauthUrl ? 'auth' : undefined,
  });
}

/** The whole configuration, as Decap reads it from /admin/config.yml. */
export function cmsConfig(settings: CmsSettings): Record<string, unknown> {
  return {
    backend: backendOf(settings),
    ...(settings.localBackend && settings.githubRepo ? { local_backend: { url: settings.localBackendUrl } } : {}),
    locale: 'nb_no',
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    publish_mode: 'simple',
    // Decap needs a media folder; the entries keep their pictures in their own folders instead.
    media_folder: `${settings.contentFolder}/media`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_files', locales: [...LANGS], default_locale: DEFAULT_LANG },
    // In the order of content-files.ts: the entries first, then members, lists and settings.
    collections: (Object.keys(COLLECTIONS) as Collection[]).map((c) => collectionOf(c, settings.contentFolder)),
  };
}
