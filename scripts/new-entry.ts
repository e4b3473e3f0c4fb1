// npm run new -- <type> <id> --title-nb "…" --title-en "…"
// Creates a solution, story, news item, page or member in both languages (or one, with
// --only nb|en), as a draft with every required field. Asks for what is missing when run in
// a terminal. Refuses an id or URL name that is taken.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../src/i18n/langs';
import { entryFileName, readEntryFiles, readListItems, readRecordFiles } from '../src/lib/content-files';
import { isoDate } from '../src/lib/dates';
import { collectionOf, isKind, SCAFFOLD_KINDS, type ScaffoldKind } from '../src/lib/content-kinds';
import { entryFile, memberFile, PLACEHOLDER_PICTURE } from '../src/lib/scaffold';
import { isSlug, toSlug } from '../src/lib/slugs';

const root = process.env['CONTENT_DIR'] ?? 'content';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'title-nb': { type: 'string' },
    'title-en': { type: 'string' },
    'slug-nb': { type: 'string' },
    'slug-en': { type: 'string' },
    only: { type: 'string' },
  },
});

const ask = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : null;
async function value(given: string | undefined, question: string): Promise<string> {
  if (given) return given.trim();
  if (!ask) fail(`${question} is missing: pass it as an option (see docs/editors.md)`);
  return (await ask.question(`${question}: `)).trim();
}

const answer = await value(positionals[0], `Type (${SCAFFOLD_KINDS.join(', ')})`);
const isScaffoldKind = (kind: string): kind is ScaffoldKind =>
  isKind(kind) && (SCAFFOLD_KINDS as string[]).includes(kind);
if (!isScaffoldKind(answer)) fail(`unknown type "${answer}": use one of ${SCAFFOLD_KINDS.join(', ')}`);
const type: ScaffoldKind = answer;
const id = await value(positionals[1], 'Folder name (id), e.g. halm-til-protein');
if (!isSlug(id)) fail(`"${id}" cannot be an id: use a-z, 0-9 and hyphens, e.g. ${toSlug(id) || 'my-entry'}`);
const langs: Lang[] = values.only ? [values.only as Lang] : [...LANGS];
if (values.only && !LANGS.includes(values.only as Lang)) fail(`--only takes nb or en, not "${values.only}"`);

const themeIds = readListItems(root, 'themes').map((theme) => String(theme['id']));
const memberIds = readRecordFiles(root, 'members').map((member) => member.id);
const today = isoDate(new Date());

if (type === 'member') {
  const file = join(root, 'members', `${id}.yaml`);
  if (existsSync(file)) fail(`${file} exists already: choose another id`);
  const name = await value(values['title-nb'] ?? values['title-en'], 'Name of the member');
  writeFileSync(file, memberFile(name, themeIds[0] ?? ''));
  console.log(`Created ${file}`);
} else {
  const collection = collectionOf(type);
  const folder = join(root, collection, id);
  if (existsSync(folder)) fail(`${folder} exists already: choose another id, or edit the files there`);
  const taken = new Map(
    readEntryFiles(root, collection).flatMap((e) =>
      [e.data['slug'], ...((e.data['aliases'] as string[] | undefined) ?? [])].map(
        (slug) => [`${e.lang}/${String(slug)}`, e.file] as const,
      ),
    ),
  );
  const files: [Lang, string][] = [];
  for (const lang of langs) {
    const title = await value(values[`title-${lang}`], `Title (${lang})`);
    const slug = values[`slug-${lang}`] ?? toSlug(title);
    if (!isSlug(slug)) fail(`"${slug}" cannot be a URL name: use a-z, 0-9 and hyphens`);
    const owner = taken.get(`${lang}/${slug}`);
    if (owner) fail(`the URL name "${slug}" is used by ${owner}: pass another with --slug-${lang}`);
    files.push([lang, entryFile({ type, lang, title, slug, today, themeId: themeIds[0] ?? '', memberIds })]);
  }
  mkdirSync(folder, { recursive: true });
  for (const [lang, text] of files) writeFileSync(join(folder, entryFileName(lang)), text);
  if (type === 'solution') copyFileSync(PLACEHOLDER_PICTURE, join(folder, 'hero.jpg'));
  const note = type === 'page' ? 'it goes live with the next build' : 'a draft until you remove `draft: true`';
  console.log(
    `Created ${files.map(([lang]) => join(folder, entryFileName(lang))).join(' and ')}`,
    `(${note}; see the comments in the files)`,
  );
}
ask?.close();
