// The editor check: every content file against the same schemas and cross-entry rules as the
// build, plus warnings, with file and line for each finding. Runs in seconds, without Astro.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { findProblems, type Article, type ArticleCollection } from '../../src/lib/content-rules';
import { isVagueLinkText, markdownLinks, MAX_IMAGE_BYTES, sameLanguageTarget } from '../../src/lib/content-warnings';
import { lineAt, lineOf, parseYaml, splitFrontmatter } from '../../src/lib/frontmatter';
import { buildRoutes } from '../../src/lib/routes';
import { contentSchemas } from '../../src/lib/schemas';
import { MATURITIES, type Maturity } from '../../src/lib/taxonomy';
import { groupByFolder, parseEntryId } from '../../src/lib/translations';

export interface Finding {
  severity: 'error' | 'warning';
  file: string;
  line: number;
  field: string;
  message: string;
}

interface ParsedFile {
  file: string;
  yaml: string;
  yamlLine: number;
  doc: ReturnType<typeof parseYaml>;
}

const ARTICLE_COLLECTIONS: ArticleCollection[] = ['solutions', 'stories', 'news', 'pages'];

/** Pictures are paths relative to the file; here they only have to exist. */
const imageFileIn = (dir: string) => () =>
  z.string().refine((path) => existsSync(resolve(dir, path)), {
    error: 'file not found: put the picture in the same folder and write its name, e.g. ./hero.jpg',
  });

function filesUnder(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name) && statSync(join(dir, name)).isFile())
    .map((name) => join(dir, name))
    .sort();
}

/** "themes[1]" or "hero.alt" as a path into the YAML. */
function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/[^.[\]]+/g)].map((m) => (/^\d+$/.test(m[0]) ? Number(m[0]) : m[0]));
}

const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined);

/**
 * An entry that failed its schema, as far as the cross-entry rules can read it: the raw YAML,
 * with every field those rules rely on either of the right type or left out.
 */
function lenient(raw: unknown): Article['data'] | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  if (typeof r['slug'] !== 'string') return undefined;
  const { publishDate: _published, updated: _updated, maturity, trl, ...rest } = r;
  const themes = strings(r['themes']);
  const members = strings(r['members']);
  return {
    ...rest,
    slug: r['slug'],
    aliases: strings(r['aliases']) ?? [],
    ...(themes ? { themes } : {}),
    ...(members ? { members } : {}),
    ...(typeof r['member'] === 'string' ? { member: r['member'] } : {}),
    ...(typeof maturity === 'string' && maturity in MATURITIES ? { maturity: maturity as Maturity } : {}),
    ...(typeof trl === 'number' ? { trl } : {}),
  };
}

export function checkContent(root: string): Finding[] {
  const findings: Finding[] = [];
  const parsed = new Map<string, ParsedFile>();
  const display = (file: string) => relative(process.cwd(), file);

  function readYamlFile(file: string, text: string, yamlOnly: boolean) {
    const split = yamlOnly ? { yaml: text, body: '', yamlLine: 1, bodyLine: 1 } : splitFrontmatter(text);
    const doc = parseYaml(split.yaml);
    const record: ParsedFile = { file: display(file), yaml: split.yaml, yamlLine: split.yamlLine, doc };
    parsed.set(record.file, record);
    for (const error of doc.errors) {
      findings.push({ severity: 'error', file: record.file, line: split.yamlLine + (error.linePos?.[0].line ?? 1) - 1, field: '(YAML)', message: `${error.message.split('\n')[0]} (check colons, quotes and indentation)` });
    }
    return { ...split, doc, record };
  }

  function report(record: ParsedFile, path: (string | number)[], message: string, severity: Finding['severity'] = 'error', prefix: (string | number)[] = []) {
    const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');
    findings.push({ severity, file: record.file, line: record.yamlLine + lineOf(record.doc, record.yaml, [...prefix, ...path]) - 1, field: field || '(file)', message });
  }

  function validate(record: ParsedFile, schema: z.ZodType, data: unknown, prefix: (string | number)[] = []) {
    const result = schema.safeParse(data);
    if (!result.success) for (const issue of result.error.issues) report(record, issue.path as (string | number)[], issue.message, 'error', prefix);
    return result.success ? result.data : undefined;
  }

  // Entries in two languages: solutions, stories, news and pages.
  const articles: Article[] = [];
  const bodies = new Map<string, { body: string; bodyLine: number; lang: 'nb' | 'en' }>();
  const pictures: { record: ParsedFile; path: (string | number)[]; file: string }[] = [];
  for (const collection of ARTICLE_COLLECTIONS) {
    const base = join(root, collection);
    for (const file of filesUnder(base, /\.mdx?$/)) {
      const text = readFileSync(file, 'utf8');
      const { yaml, body, bodyLine, doc, record } = readYamlFile(file, text, false);
      const schema = contentSchemas(imageFileIn(dirname(file)))[collection];
      const raw = doc.toJS() as unknown;
      const valid = validate(record, schema, raw) as Article['data'] | undefined;
      const id = relative(base, file).replace(/\.mdx?$/, '').split('\\').join('/');
      const key = parseEntryId(id);
      if (key) bodies.set(record.file, { body, bodyLine, lang: key.lang });
      // An entry with field errors still takes part in the cross-entry rules, so that one run
      // reports everything; only the fields those rules read are taken from the raw YAML.
      const data = valid ?? lenient(raw);
      if (!data) continue;
      articles.push({ collection, id, filePath: record.file, data, frontmatter: yaml });
      for (const field of ['hero', 'image'] as const) {
        const picture = (data as Record<string, { src?: string } | undefined>)[field];
        if (picture?.src) pictures.push({ record, path: [field, 'src'], file: resolve(dirname(file), picture.src) });
      }
    }
  }

  // Members, one YAML file each.
  const memberSchema = (file: string) => contentSchemas(imageFileIn(dirname(file))).members;
  const members = filesUnder(join(root, 'members'), /\.ya?ml$/).map((file) => {
    const { doc, record } = readYamlFile(file, readFileSync(file, 'utf8'), true);
    validate(record, memberSchema(file), doc.toJS());
    return { id: relative(join(root, 'members'), file).replace(/\.ya?ml$/, ''), filePath: record.file };
  });

  // Lists in one file each: themes, facts, search terms; and the site settings.
  const schemas = contentSchemas(imageFileIn(root));
  const themes: { id: string; slug: Record<'nb' | 'en', string> }[] = [];
  for (const [name, schema] of [['themes.yaml', schemas.themes], ['facts.yaml', schemas.facts], ['search-terms.yaml', schemas.searchTerms]] as const) {
    const file = join(root, name);
    if (!existsSync(file)) {
      findings.push({ severity: 'error', file: display(file), line: 1, field: '(file)', message: 'is missing: restore the file from git' });
      continue;
    }
    const { doc, record } = readYamlFile(file, readFileSync(file, 'utf8'), true);
    const items = doc.toJS() as ({ id?: string } & Record<string, unknown>)[] | null;
    (items ?? []).forEach((item, i) => {
      if (!item.id) report(record, [i], 'has no id: give every item an id', 'error');
      const data = validate(record, schema, item, [i]);
      if (name === 'themes.yaml' && data && item.id) themes.push({ id: item.id, slug: (data as { slug: Record<'nb' | 'en', string> }).slug });
    });
  }
  const siteFile = join(root, 'site.yaml');
  if (existsSync(siteFile)) {
    const { doc, record } = readYamlFile(siteFile, readFileSync(siteFile, 'utf8'), true);
    validate(record, schemas.site, (doc.toJS() as { site?: unknown } | null)?.site, ['site']);
  }

  // Rules across entries: the same function the build runs.
  const themesFile = display(join(root, 'themes.yaml'));
  for (const problem of findProblems({ articles, themes, members, themesFile })) {
    const record = parsed.get(problem.file);
    // "(file name)" and the like are about the file, not a field in it.
    if (record && !problem.field.startsWith('(')) report(record, fieldPath(problem.field), problem.message, 'error');
    else findings.push({ severity: 'error', file: problem.file, line: 1, field: problem.field, message: problem.message });
  }

  // Warnings: link texts, links to the other language, heavy pictures.
  const groups = (c: ArticleCollection) => groupByFolder(articles.filter((a) => a.collection === c));
  const routes = buildRoutes({
    solutions: groups('solutions'),
    stories: groups('stories'),
    news: groups('news'),
    pages: groups('pages'),
    memberIds: members.map((m) => m.id),
    themes,
    newsPerPage: 1000,
  });
  const translations = new Map(routes.flatMap((r) => (r.translation && r.view !== 'redirect' ? [[r.path, r.translation] as const] : [])));
  for (const [file, { body, bodyLine, lang }] of bodies) {
    for (const link of markdownLinks(body)) {
      const line = bodyLine + lineAt(body, link.index) - 1;
      if (isVagueLinkText(link.text)) {
        findings.push({ severity: 'warning', file, line, field: '(text)', message: `link text "${link.text}" does not say where it goes: write what the reader gets, e.g. "les om bioraffinering"` });
      }
      const better = sameLanguageTarget(link.url, lang, translations);
      if (better) findings.push({ severity: 'warning', file, line, field: '(text)', message: `links to ${link.url} in the other language: link to ${better} instead` });
    }
  }
  for (const { record, path, file } of pictures) {
    if (existsSync(file) && statSync(file).size > MAX_IMAGE_BYTES) {
      report(record, path, `is ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB: save it smaller (under 2 MB; 2000 px wide is plenty)`, 'warning');
    }
  }

  // One finding per field: a date the schema refuses is not repeated by the date rule.
  const unique = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.file}\u0000${finding.line}\u0000${finding.field}\u0000${finding.severity}`;
    if (!unique.has(key)) unique.set(key, finding);
  }
  const order = (f: Finding) => `${f.severity === 'error' ? 0 : 1}\u0000${f.file}\u0000${String(f.line).padStart(6, '0')}`;
  return [...unique.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line} ${f.field}: ${f.message}${f.severity === 'warning' ? ' [warning]' : ''}`;
}
