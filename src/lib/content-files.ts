// The one reader of content files outside Astro's content layer: the list of collections and
// where each lives, the walk over the folders, the split of frontmatter from the body (with
// line numbers, for messages that point at a field) and a YAML parser that cannot be made to
// hang. The editor tools, the build's checks of what was written, and the tests all read
// content through this module.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Lang } from '../i18n/langs';
import { collectionOf, ENTRY_KINDS, KINDS, type EntryCollection, type Kind } from './content-kinds';
import { parseEntryId } from './translations';
import { LEDGER_FILE, readLedger } from './url-ledger';

type Layout = 'entries' | 'records' | 'list' | 'settings';
type Kinds = typeof KINDS;

/** The collections of the content kinds: a kind's files are named after its collection. */
const KIND_COLLECTIONS = Object.fromEntries(
  (Object.keys(KINDS) as Kind[]).map((kind) => {
    const { collection, layout } = KINDS[kind];
    return [
      collection,
      layout === 'list' ? { layout, path: `${collection}.yaml`, key: collection } : { layout, path: collection },
    ];
  }),
) as unknown as {
  [K in Kind as Kinds[K]['collection']]: {
    layout: Kinds[K]['layout'];
    path: string;
  } & (Kinds[K]['layout'] extends 'list' ? { key: string } : object);
};

/**
 * Where each collection lives in the content folder: a folder of entries with one file per
 * language (`<id>/index.nb.md`), a folder of YAML records (`<id>.yaml`), a YAML list in one file
 * under one key (`themes: [...]`), or the one settings file (`site: {...}`). Lists and settings
 * stand under a key because the browser editor edits the fields of a file, not a bare list.
 * The kinds' collections come from content-kinds.ts; the others hold what the pages share.
 */
export const COLLECTIONS = {
  ...KIND_COLLECTIONS,
  facts: { layout: 'list', path: 'facts.yaml', key: 'facts' },
  searchTerms: { layout: 'list', path: 'search-terms.yaml', key: 'groups' },
  site: { layout: 'settings', path: 'site.yaml' },
} as const satisfies Record<string, { layout: Layout; path: string; key?: string }>;

export type Collection = keyof typeof COLLECTIONS;
type WithLayout<L> = { [C in Collection]: (typeof COLLECTIONS)[C]['layout'] extends L ? C : never }[Collection];
export type ListCollection = WithLayout<'list'>;

/** Collections of entries written in Markdown, one file per language. */
export const ENTRY_COLLECTIONS: EntryCollection[] = ENTRY_KINDS.map(collectionOf);
export const LIST_COLLECTIONS = (Object.keys(COLLECTIONS) as Collection[]).filter(
  (c): c is ListCollection => COLLECTIONS[c].layout === 'list',
);

/** The Markdown files of an entry collection, in any folder. */
export const ENTRY_FILE_PATTERN = /\.mdx?$/;

/** An entry's file in one language: "index.nb.md" or "index.en.mdx" (the browser editor's naming). */
const LANGUAGE_FILE = /(^|\/)index\.([^./]+)\.mdx?$/;

/**
 * The id Astro gives an entry file: "<folder>/<lang>" for "<folder>/index.<lang>.md". The folder
 * ties the translations together. Any other name keeps its extension, so that it does not read
 * as a language and the content rules name the file to rename.
 */
export const entryIdOf = (name: string): string => name.replace(LANGUAGE_FILE, '$1$2');

/** The file name of an entry's language in its folder. */
export const entryFileName = (lang: Lang, extension: 'md' | 'mdx' = 'md') => `index.${lang}.${extension}`;
export const RECORD_FILE_PATTERN = /\.ya?ml$/;

export interface SplitFile {
  /** The YAML between the --- lines. */
  yaml: string;
  body: string;
  /** Line number (1-based) of the first YAML line in the file. */
  yamlLine: number;
  /** Line number of the first body line. */
  bodyLine: number;
}

/** Split "---\n<yaml>\n---\n<body>"; a file without frontmatter has an empty YAML part. */
export function splitFrontmatter(text: string): SplitFile {
  const clean = withoutBom(text);
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(clean);
  if (!match) return { yaml: '', body: clean, yamlLine: 1, bodyLine: 1 };
  const yaml = match[1] ?? '';
  return { yaml, body: clean.slice(match[0].length), yamlLine: 2, bodyLine: match[0].split('\n').length };
}

/** Editors' tools on some systems write a byte-order mark, which YAML and Markdown do not expect. */
const withoutBom = (text: string) => (text.startsWith('\uFEFF') ? text.slice(1) : text);

export interface YamlProblem {
  /** Line (1-based) within the YAML. */
  line: number;
  message: string;
}

export interface ParsedYaml {
  doc: Document;
  /** The plain value, or undefined when the YAML has errors. */
  data: unknown;
  problems: YamlProblem[];
}

/** Aliases a YAML text may expand: enough for any real file, too few for an "alias bomb". */
const MAX_ALIAS_COUNT = 100;

export function parseYaml(yaml: string): ParsedYaml {
  const text = withoutBom(yaml);
  const doc = parseDocument(text, { prettyErrors: false });
  const problems: YamlProblem[] = doc.errors.map((error) => ({
    line: lineAt(text, error.pos[0]),
    message: error.message.split('\n')[0] ?? error.message,
  }));
  if (problems.length) return { doc, data: undefined, problems };
  try {
    return { doc, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown, problems };
  } catch (error) {
    return { doc, data: undefined, problems: [{ line: 1, message: (error as Error).message }] };
  }
}

/** The line (1-based, within the YAML) of a field, or of its nearest parent that exists. */
export function lineOf(doc: Document, yaml: string, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      line = lineAt(yaml, pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number, number, number] } | undefined;
      if (!item?.range) break;
      line = lineAt(yaml, item.range[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** The line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** A content file, read and parsed. */
export interface ContentFile extends SplitFile {
  /** Path relative to the working directory, as messages name it. */
  file: string;
  /** The YAML part parsed (for entries, the frontmatter). */
  parsed: ParsedYaml;
}

/** A Markdown entry in one language. */
export interface EntryFile extends ContentFile {
  collection: EntryCollection;
  /** "<folder>/<lang>", the id Astro gives the entry. */
  id: string;
  folder: string;
  /** Null when the file is not named after a language. */
  lang: Lang | null;
  /** The frontmatter as a record ({} when it is not one). */
  data: Record<string, unknown>;
}

/** A member file: `members/<id>.yaml`. */
export interface RecordFile extends ContentFile {
  id: string;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** Reads one YAML file (no frontmatter); a missing file gives undefined. */
export function readYamlFile(path: string): ContentFile | undefined {
  if (!existsSync(path)) return undefined;
  const yaml = withoutBom(readFileSync(path, 'utf8'));
  return { file: displayPath(path), yaml, body: '', yamlLine: 1, bodyLine: 1, parsed: parseYaml(yaml) };
}

function readMarkdownFile(path: string): ContentFile {
  const split = splitFrontmatter(readFileSync(path, 'utf8'));
  return { file: displayPath(path), ...split, parsed: parseYaml(split.yaml) };
}

/** A path as messages name it: relative to the working directory, with forward slashes. */
export const displayPath = (path: string) => relative(process.cwd(), path).split('\\').join('/');

/** Files under a folder whose names match, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string, pattern: RegExp, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .map((name) => name.split('\\').join('/'))
    .filter((name) => pattern.test(name) && statSync(join(dir, name)).isFile())
    .sort();
}

/** Every Markdown file of an entry collection, in every language. */
export function readEntryFiles(root: string, collection: EntryCollection): EntryFile[] {
  const base = join(root, COLLECTIONS[collection].path);
  return filesUnder(base, ENTRY_FILE_PATTERN, true).map((name) => {
    const id = entryIdOf(name);
    const key = parseEntryId(id);
    const read = readMarkdownFile(join(base, name));
    return {
      ...read,
      collection,
      id,
      folder: key?.folder ?? id,
      lang: key?.lang ?? null,
      data: asRecord(read.parsed.data),
    };
  });
}

/** Every member file. */
export function readRecordFiles(root: string, collection: 'members'): RecordFile[] {
  const base = join(root, COLLECTIONS[collection].path);
  return filesUnder(base, RECORD_FILE_PATTERN, false).map((name) => ({
    ...readYamlFile(join(base, name))!,
    id: name.replace(RECORD_FILE_PATTERN, ''),
  }));
}

/** The path of a one-file collection (a list or the settings). */
export function collectionFile(root: string, collection: ListCollection | 'site'): string {
  return join(root, COLLECTIONS[collection].path);
}

/** The key a list file holds its items under, e.g. "themes". */
export const listKey = (collection: ListCollection): string => COLLECTIONS[collection].key;

/** The items of a list file's parsed YAML; [] when the key is missing or not a list. */
export function listItemsOf(collection: ListCollection, data: unknown): Record<string, unknown>[] {
  const items = asRecord(data)[listKey(collection)];
  return Array.isArray(items) ? items.map(asRecord) : [];
}

/** The items of a YAML list file, each with its id; [] when the file is missing or broken. */
export function readListItems(root: string, collection: ListCollection): Record<string, unknown>[] {
  return listItemsOf(collection, readYamlFile(collectionFile(root, collection))?.parsed.data);
}

/** A name that gives an entry its id: an entry or record file, or an item of a list file. */
export interface IdSource {
  collection: Collection;
  id: string;
  /** The file, as messages name it. */
  file: string;
  /** For a list item, the field that holds its id, e.g. "themes[2].id". */
  field?: string;
}

/**
 * Every id the content gives, read from file names and list items only (nothing else is
 * parsed), so that the build and the check can see two files that claim one id, which Astro's
 * loaders would quietly resolve by letting one win.
 */
export function idSources(root: string): IdSource[] {
  const sources: IdSource[] = [];
  for (const collection of Object.keys(COLLECTIONS) as Collection[]) {
    const { layout, path } = COLLECTIONS[collection];
    const base = join(root, path);
    if (layout === 'entries' || layout === 'records') {
      const entries = layout === 'entries';
      const pattern = entries ? ENTRY_FILE_PATTERN : RECORD_FILE_PATTERN;
      for (const name of filesUnder(base, pattern, entries)) {
        const id = entries ? entryIdOf(name) : name.replace(pattern, '');
        sources.push({ collection, id, file: displayPath(join(base, name)) });
      }
    } else if (layout === 'list') {
      readListItems(root, collection as ListCollection).forEach((item, i) => {
        if (typeof item['id'] === 'string') {
          sources.push({
            collection,
            id: item['id'],
            file: displayPath(base),
            field: `${listKey(collection as ListCollection)}[${i}].id`,
          });
        }
      });
    }
  }
  return sources;
}

/** The ledger of published URLs beside a content folder, if there is one (url-ledger.ts). */
export function readLedgerOf(root: string): { file: string; urls: string[] } | undefined {
  const path = join(dirname(resolve(root)), LEDGER_FILE);
  return existsSync(path) ? { file: displayPath(path), urls: readLedger(readFileSync(path, 'utf8')) } : undefined;
}
