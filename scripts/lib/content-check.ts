// The editor check: every content file against the same schemas and cross-entry rules as the
// build, plus warnings, with file and line for each finding. Runs in seconds, without Astro.
// Four steps, each a function: read the files, validate each against its schema, run the rules
// across entries, and look for what is not wrong but hurts readers.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'astro/zod';
import {
  collectionFile,
  displayPath,
  idSources,
  readLedgerOf,
  ENTRY_COLLECTIONS,
  listItemsOf,
  listKey,
  lineAt,
  lineOf,
  LIST_COLLECTIONS,
  readEntryFiles,
  readRecordFiles,
  readYamlFile,
  type ContentFile,
  type EntryFile,
} from '../../src/lib/content-files';
import { findProblems, type Article, type Problem } from '../../src/lib/content-rules';
import { isVagueLinkText, markdownLinks, MAX_IMAGE_BYTES, sameLanguageTarget } from '../../src/lib/content-warnings';
import { expectedOutputs } from '../../src/lib/build-outputs';
import { buildTime, isPublished } from '../../src/lib/dates';
import { pictureProblems } from '../../src/lib/picture-rules';
import { ledgerProblems, publicUrls } from '../../src/lib/url-ledger';
import { routeClaimProblems } from '../../src/lib/route-claims';
import { buildRoutes } from '../../src/lib/routes';
import { contentSchemas } from '../../src/lib/schemas';
import { groupByFolder } from '../../src/lib/translations';

export interface Finding {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  field: string;
  message: string;
}

type Path = (string | number)[];

/** Pictures are paths relative to the file; here they only have to exist. */
const imageFileIn = (dir: string) => () =>
  z.string().refine((path) => existsSync(resolve(dir, path)), {
    error: 'file not found: put the picture in the same folder and write its name, e.g. ./hero.jpg',
  });

/** "themes[1]" or "hero.alt" as a path into the YAML. */
function fieldPath(field: string): Path {
  return [...field.matchAll(/[^.[\]]+/g)].map((m) => (/^\d+$/.test(m[0]) ? Number(m[0]) : m[0]));
}

const fieldName = (path: Path) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

/** A finding about a field of a file, at the line where the field (or its parent) stands. */
function at(file: ContentFile, path: Path, message: string, severity: Finding['severity'] = 'error'): Finding {
  const line = file.yamlLine + lineOf(file.parsed.doc, file.yaml, path) - 1;
  return { severity, file: file.file, line, field: fieldName(path) || '(file)', message };
}

function yamlFindings(file: ContentFile): Finding[] {
  return file.parsed.problems.map((problem) => ({
    severity: 'error',
    file: file.file,
    line: file.yamlLine + problem.line - 1,
    field: '(YAML)',
    message: `${problem.message} (check colons, quotes and indentation)`,
  }));
}

/** Schema errors of a value read from a file; `prefix` is where the value sits in the file. */
function schemaFindings(file: ContentFile, schema: z.ZodType, value: unknown, prefix: Path = []): Finding[] {
  // YAML that does not parse has been reported as such; its fields cannot be told apart.
  if (file.parsed.problems.length) return [];
  const result = schema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => {
        // An unknown field is named by its key, at its line.
        const key = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
        return at(file, [...prefix, ...(issue.path as Path), ...key], issue.message);
      });
}

/**
 * The fields of an entry that pass their own schema. An entry with a field error still takes
 * part in the rules across entries, so that one run reports everything.
 */
function validFields(schema: z.ZodObject, raw: Record<string, unknown>): Article['data'] | undefined {
  const fields = Object.entries(schema.shape).flatMap(([key, field]) => {
    if (raw[key] === undefined) return [];
    const result = (field as z.ZodType).safeParse(raw[key]);
    return result.success ? [[key, result.data] as const] : [];
  });
  const data = Object.fromEntries(fields) as Article['data'];
  return typeof data.slug === 'string' ? data : undefined;
}

interface ReadContent {
  entries: EntryFile[];
  members: ReturnType<typeof readRecordFiles>;
  missing: string[];
}

function read(root: string): ReadContent {
  const files = [...LIST_COLLECTIONS, 'site' as const].map((c) => collectionFile(root, c));
  return {
    entries: ENTRY_COLLECTIONS.flatMap((collection) => readEntryFiles(root, collection)),
    members: readRecordFiles(root, 'members'),
    missing: files.filter((file) => !existsSync(file)),
  };
}

function validate(root: string, { entries, members, missing }: ReadContent) {
  const findings: Finding[] = [];
  const articles: Article[] = [];
  for (const entry of entries) {
    findings.push(...yamlFindings(entry));
    const schema = contentSchemas(imageFileIn(dirname(entry.file)))[entry.collection];
    findings.push(...schemaFindings(entry, schema, entry.parsed.data));
    const data = validFields(schema, entry.data);
    if (data)
      articles.push({
        collection: entry.collection,
        id: entry.id,
        filePath: entry.file,
        data,
        frontmatter: entry.yaml,
        body: { text: entry.body, line: entry.bodyLine },
      });
  }
  for (const member of members) {
    findings.push(
      ...yamlFindings(member),
      ...schemaFindings(member, contentSchemas(imageFileIn(dirname(member.file))).members, member.parsed.data),
    );
  }
  for (const file of missing)
    findings.push({
      severity: 'error',
      file: displayPath(file),
      line: 1,
      field: '(file)',
      message: 'is missing: restore the file from git',
    });

  const schemas = contentSchemas(imageFileIn(root));
  const themes: { id: string; slug: Record<'nb' | 'en', string> }[] = [];
  for (const collection of LIST_COLLECTIONS) {
    const file = readYamlFile(collectionFile(root, collection));
    if (!file) continue;
    findings.push(...yamlFindings(file));
    const key = listKey(collection);
    if (!file.parsed.problems.length && !Array.isArray((file.parsed.data as Record<string, unknown> | null)?.[key])) {
      findings.push(at(file, [], `has no list under "${key}:": put the items under that key (see the editor guide)`));
    }
    listItemsOf(collection, file.parsed.data).forEach((item, i) => {
      if (!item['id']) findings.push(at(file, [key, i], 'has no id: give every item an id'));
      const itemFindings = schemaFindings(file, schemas[collection], item, [key, i]);
      findings.push(...itemFindings);
      if (collection === 'themes' && !itemFindings.length && item['id']) {
        themes.push({ id: String(item['id']), slug: item['slug'] as Record<'nb' | 'en', string> });
      }
    });
  }
  const site = readYamlFile(collectionFile(root, 'site'));
  if (site)
    findings.push(
      ...yamlFindings(site),
      ...schemaFindings(site, schemas.site, (site.parsed.data as { site?: unknown } | undefined)?.site, ['site']),
    );
  const themesOf = (data: unknown) => {
    const refs = (data as { themes?: unknown } | undefined)?.themes;
    return Array.isArray(refs) ? refs.filter((ref): ref is string => typeof ref === 'string') : [];
  };
  return {
    findings,
    articles,
    themes,
    members: members.map((m) => ({
      id: m.id,
      filePath: m.file,
      themes: themesOf(m.parsed.data),
      data: (m.parsed.data ?? {}) as Record<string, unknown>,
    })),
  };
}

/** The route table of the checked content, as the build makes it. */
function routesOf(checked: ReturnType<typeof validate>) {
  const groups = (collection: Article['collection']) =>
    groupByFolder(checked.articles.filter((a) => a.collection === collection));
  const byFolder = Object.fromEntries(ENTRY_COLLECTIONS.map((collection) => [collection, groups(collection)]));
  return buildRoutes({
    ...(byFolder as Record<Article['collection'], ReturnType<typeof groups>>),
    members: checked.members,
    themes: checked.themes.map((theme) => ({ id: theme.id, data: { slug: theme.slug } })),
  });
}

/** Published URLs that the live content (as the build would publish it today) no longer gives. */
function lostUrls(root: string, checked: ReturnType<typeof validate>): Problem[] {
  const ledger = readLedgerOf(root);
  if (!ledger) return [];
  const now = buildTime(process.env);
  const live = checked.articles.filter((a) => isPublished(a.data as { draft?: boolean; publishDate?: Date }, now));
  const built = publicUrls(expectedOutputs(routesOf({ ...checked, articles: live })).files);
  return ledgerProblems(ledger.urls, built, ledger.file);
}

/** A problem of the rules as a finding: at the line of its field, or of the text. */
function asFinding(problem: Problem, files: Map<string, ContentFile>): Finding {
  const file = files.get(problem.file);
  const { field, message, line = 1 } = problem;
  // "(file name)" and the like are about the file, not a field in it.
  return file && !field.startsWith('(')
    ? at(file, fieldPath(field), message)
    : { severity: 'error', file: problem.file, line, field, message };
}

/**
 * The rules across entries, the route table's claims and the pictures: the same functions the
 * build runs, in the same order.
 */
async function crossEntryFindings(
  root: string,
  checked: ReturnType<typeof validate>,
  files: Map<string, ContentFile>,
): Promise<Finding[]> {
  const themesFile = displayPath(collectionFile(root, 'themes'));
  const rules = findProblems({ ...checked, themesFile, ids: idSources(root), now: buildTime(process.env) });
  const fileOf = (entry: object) => ('filePath' in entry ? String(entry.filePath) : themesFile);
  const problems = [
    ...(rules.length ? rules : [...routeClaimProblems(routesOf(checked), fileOf), ...lostUrls(root, checked)]),
    ...(await pictureProblems(root, checked.articles)),
  ];
  return problems.map((problem) => asFinding(problem, files));
}

/** Link texts, links to the other language, heavy pictures. */
function warnings({ entries }: ReadContent, checked: ReturnType<typeof validate>): Finding[] {
  const findings: Finding[] = [];
  const routes = routesOf(checked);
  const translations = new Map(
    routes.flatMap((r) => (r.translation && r.view !== 'redirect' ? [[r.path, r.translation] as const] : [])),
  );
  for (const entry of entries) {
    if (!entry.lang) continue;
    for (const link of markdownLinks(entry.body)) {
      const line = entry.bodyLine + lineAt(entry.body, link.index) - 1;
      const warn = (message: string) =>
        findings.push({ severity: 'warning', file: entry.file, line, field: '(text)', message });
      if (isVagueLinkText(link.text))
        warn(
          `link text "${link.text}" does not say where it goes: ` +
            'write what the reader gets, e.g. "les om bioraffinering"',
        );
      const better = sameLanguageTarget(link.url, entry.lang, translations);
      if (better) warn(`links to ${link.url} in the other language: link to ${better} instead`);
    }
    for (const field of ['hero', 'image'] as const) {
      const src = (entry.data[field] as { src?: unknown } | undefined)?.src;
      const picture = typeof src === 'string' ? resolve(dirname(entry.file), src) : undefined;
      if (picture && existsSync(picture) && statSync(picture).size > MAX_IMAGE_BYTES) {
        const size = (statSync(picture).size / 1024 / 1024).toFixed(1);
        findings.push(
          at(entry, [field, 'src'], `is ${size} MB: save it smaller (under 2 MB; 2000 px wide is plenty)`, 'warning'),
        );
      }
    }
  }
  return findings;
}

export async function checkContent(root: string): Promise<Finding[]> {
  const content = read(root);
  const checked = validate(root, content);
  const files = new Map<string, ContentFile>([...content.entries, ...content.members].map((f) => [f.file, f]));
  const findings = [
    ...checked.findings,
    ...(await crossEntryFindings(root, checked, files)),
    ...warnings(content, checked),
  ];

  // One finding per field: a date the schema refuses is not repeated by the date rule.
  const unique = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.file}\u0000${finding.line}\u0000${finding.field}\u0000${finding.severity}`;
    if (!unique.has(key)) unique.set(key, finding);
  }
  const order = (f: Finding) =>
    `${f.severity === 'error' ? 0 : 1}\u0000${f.file}\u0000${String(f.line).padStart(6, '0')}`;
  return [...unique.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line} ${f.field}: ${f.message}${f.severity === 'warning' ? ' [warning]' : ''}`;
}
