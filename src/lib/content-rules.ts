// Rules that span entries, which a per-file schema cannot see. The build runs them over
// all content and stops with every problem listed (Astro itself only logs bad references).
import { LANGS, type Lang } from '../i18n/langs';
import { reservedSegments } from '../i18n/segments';
import { collectionOf, ENTRY_KINDS, KINDS, type EntryCollection } from './content-kinds';
import { entryFileName, parseYaml, type IdSource } from './content-files';
import { isCalendarDate } from './dates';
import { markupProblems } from './markup-rules';
import { PLACEHOLDER_TEXTS } from './scaffold';
import { isSlug } from './slugs';
import { MATURITIES, type Maturity } from './taxonomy';
import { groupByFolder, parseEntryId } from './translations';

export type ArticleCollection = EntryCollection;

export interface ArticleData {
  title: string;
  slug: string;
  aliases?: string[];
  themes?: string[];
  members?: string[];
  member?: string;
  maturity?: Maturity;
  trl?: number | undefined;
  publishDate?: Date;
  updated?: Date | undefined;
  [field: string]: unknown;
}

export interface Article {
  collection: ArticleCollection;
  id: string;
  filePath: string;
  data: ArticleData;
  /** The frontmatter as written, for checks that parsed values cannot answer. */
  frontmatter?: string;
  /** The text after the frontmatter, and the line of the file it starts on. */
  body?: { text: string; line: number };
}

export interface ContentIndex {
  articles: Article[];
  themes: { id: string; slug: Record<Lang, string> }[];
  members: { id: string; filePath: string; themes: string[]; data: Record<string, unknown> }[];
  themesFile: string;
  /** Every id that a file name or list item gives (content-files.ts idSources). */
  ids: IdSource[];
  /** The build's "now" (dates.ts buildTime): no change can be dated after it. */
  now?: Date;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
  /** The line of the file, where the field alone does not find it (a problem in the text). */
  line?: number;
}

export function findProblems(index: ContentIndex): Problem[] {
  return [
    ...fileNameProblems(index),
    ...duplicateIdProblems(index),
    ...referenceProblems(index),
    ...slugProblems(index),
    ...dateAndMaturityProblems(index),
    ...translationProblems(index),
    ...bodyProblems(index),
    ...frontmatterProblems(index),
    ...placeholderProblems(index),
  ];
}

/** One line per problem, grouped by file, for the build's error message. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}  ${p.field}: ${p.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n${lines.join('\n')}`;
}

const LANGUAGE_FILE_NAMES = LANGS.map((lang) => entryFileName(lang)).join(' or ');

function fileNameProblems({ articles, members }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    if (!parseEntryId(article.id)) {
      problems.push({
        file: article.filePath,
        field: '(file name)',
        message: `is not a language: name the file ${LANGUAGE_FILE_NAMES} in the entry's folder`,
      });
    }
  }
  for (const member of members) {
    if (!isSlug(member.id)) {
      problems.push({
        file: member.filePath,
        field: '(file name)',
        message: 'is used in the member\'s URL: rename the file with only a-z, 0-9 and hyphens, e.g. "mjosbio.yaml"',
      });
    }
  }
  return problems;
}

/** Two files (index.nb.md beside index.nb.mdx, x.yaml beside x.yml) or two list items that claim one id. */
function duplicateIdProblems({ ids }: ContentIndex): Problem[] {
  const first = new Map<string, IdSource>();
  const problems: Problem[] = [];
  for (const source of ids) {
    const key = `${source.collection}\u0000${source.id}`;
    const holder = first.get(key);
    if (!holder) {
      first.set(key, source);
    } else if (source.field) {
      problems.push({
        file: source.file,
        field: source.field,
        message: `"${source.id}" is the id of an earlier item (${holder.field}): give each its own id`,
      });
    } else {
      problems.push({
        file: source.file,
        field: '(file name)',
        message: `is the same entry as ${holder.file}: keep one of the two files and delete the other`,
      });
    }
  }
  return problems;
}

function referenceProblems({ articles, themes, members, themesFile }: ContentIndex): Problem[] {
  const themeIds = new Set(themes.map((t) => t.id));
  const memberIds = new Set(members.map((m) => m.id));
  const problems: Problem[] = [];
  const check = (file: string, field: string, id: string, known: Set<string>, where: string) => {
    if (!known.has(id)) {
      problems.push({
        file,
        field,
        message: `unknown id "${id}": use one of ${[...known].sort().join(', ')} (${where}), or add it there`,
      });
    }
  };
  for (const article of articles) {
    const { themes: themeRefs = [], members: memberRefs = [], member } = article.data;
    const file = article.filePath;
    const memberFiles = 'file names in content/members/';
    themeRefs.forEach((id, i) => check(file, `themes[${i}]`, id, themeIds, themesFile));
    memberRefs.forEach((id, i) => check(file, `members[${i}]`, id, memberIds, memberFiles));
    if (member !== undefined) check(file, 'member', member, memberIds, memberFiles);
  }
  for (const member of members) {
    member.themes.forEach((id, i) => check(member.filePath, `themes[${i}]`, id, themeIds, themesFile));
  }
  return problems;
}

function slugProblems({ articles, themes, themesFile }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  // Every URL name in a section and language, current or earlier (alias), must be unique.
  // `owner` names who holds a name: an entry's file, or a theme of the themes file.
  const taken = new Map<string, { owner: string; field: string }>();
  const claim = (space: string, slug: string, owner: string, file: string, field: string) => {
    const key = `${space}\u0000${slug}`;
    const holder = taken.get(key);
    if (!holder) {
      taken.set(key, { owner, field });
      return;
    }
    const message =
      holder.owner === owner
        ? `"${slug}" is also this entry's ${holder.field}: an alias is an earlier URL name, so remove it`
        : `"${slug}" is already used by ${holder.owner} (${holder.field}): choose another URL name`;
    problems.push({ file, field, message });
  };
  for (const article of articles) {
    const key = parseEntryId(article.id);
    if (!key) continue;
    const space = `${article.collection}/${key.lang}`;
    const own = (slug: string, field: string) => {
      claim(space, slug, article.filePath, article.filePath, field);
      if (PAGED_COLLECTIONS.has(article.collection) && /^[0-9]+$/.test(slug)) {
        problems.push({
          file: article.filePath,
          field,
          message: `"${slug}" is kept for the pages of the list (/2/, /3/ …): use a URL name with letters`,
        });
      }
    };
    own(article.data.slug, 'slug');
    (article.data.aliases ?? []).forEach((alias, i) => own(alias, `aliases[${i}]`));
    const rootNames = [article.data.slug, ...(article.data.aliases ?? [])];
    if (article.collection === 'pages') {
      rootNames.forEach((name, i) => {
        if (reservedSegments(key.lang).includes(name)) {
          problems.push({
            file: article.filePath,
            field: i === 0 ? 'slug' : `aliases[${i - 1}]`,
            message: `"${name}" is a path the site uses itself (/${name}/): choose another URL name`,
          });
        }
      });
    }
  }
  for (const theme of themes) {
    for (const lang of LANGS) {
      claim(`themes/${lang}`, theme.slug[lang], `theme "${theme.id}"`, themesFile, `${theme.id}.slug.${lang}`);
    }
  }
  return problems;
}

/** Collections whose index has numbered pages. */
const PAGED_COLLECTIONS = new Set<string>(
  ENTRY_KINDS.filter((kind) => 'perPage' in KINDS[kind]).map((kind) => collectionOf(kind)),
);

const DATE_FIELDS = ['publishDate', 'updated'];

function dateAndMaturityProblems({ articles, now }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { filePath, data, frontmatter = '' } of articles) {
    for (const field of DATE_FIELDS) {
      const written = new RegExp(`^${field}:[ \\t]*["']?([^"'\\s#]+)`, 'm').exec(frontmatter)?.[1];
      if (written !== undefined && !isCalendarDate(written)) {
        problems.push({
          file: filePath,
          field,
          message: `"${written}" is not a real date: write it as YYYY-MM-DD, e.g. 2026-03-31`,
        });
      }
    }
    if (now && data.updated && data.updated.getTime() > now.getTime()) {
      problems.push({
        file: filePath,
        field: 'updated',
        message: 'is in the future: write the day of the last real change (today at the latest)',
      });
    }
    if (data.updated && data.publishDate && data.updated < data.publishDate) {
      problems.push({
        file: filePath,
        field: 'updated',
        message: 'is before publishDate: an entry cannot be updated before it is published; correct one of the dates',
      });
    }
    if (data.maturity && data.trl !== undefined) {
      const [low, high] = MATURITIES[data.maturity].trl;
      if (data.trl < low || data.trl > high) {
        problems.push({
          file: filePath,
          field: 'trl',
          message:
            `TRL ${data.trl} does not fit maturity "${data.maturity}" (TRL ${low}-${high}): ` +
            'correct the TRL or the maturity',
        });
      }
    }
  }
  return problems;
}

function translationProblems({ articles }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ENTRY_KINDS) {
    // Fields that describe the entry itself (content-kinds.ts), the same in every language.
    const groups = groupByFolder(articles.filter((a) => a.collection === collectionOf(kind)));
    for (const { nb, en } of groups.values()) {
      if (!nb || !en) continue;
      for (const field of KINDS[kind].sharedFields) {
        if (JSON.stringify(nb.data[field]) !== JSON.stringify(en.data[field])) {
          problems.push({
            file: en.filePath,
            field,
            message: `differs from ${nb.filePath}: both languages describe the same entry, so make them equal`,
          });
        }
      }
    }
  }
  return problems;
}

/** Raw HTML, code in MDX and unsafe links in the text of an entry (markup-rules.ts). */
function bodyProblems({ articles }: ContentIndex): Problem[] {
  return articles.flatMap(({ filePath, body }) =>
    body
      ? markupProblems(body.text, filePath.endsWith('.mdx') ? 'mdx' : 'md').map((problem) => ({
          file: filePath,
          field: '(text)',
          message: problem.message,
          line: body.line + problem.line - 1,
        }))
      : [],
  );
}

/**
 * YAML that Astro's parser lets through but the editor check does not (duplicate keys, alias
 * bombs): the frontmatter as written is read again by the same parser as check:content, so that
 * both give one verdict. Its lines start on line 2 of the file.
 */
function frontmatterProblems({ articles }: ContentIndex): Problem[] {
  return articles.flatMap(({ filePath, frontmatter }) =>
    frontmatter === undefined
      ? []
      : parseYaml(frontmatter).problems.map((problem) => ({
          file: filePath,
          field: '(YAML)',
          message: `${problem.message} (check colons, quotes and indentation)`,
          line: problem.line + 1,
        })),
  );
}

/** An address on a domain kept for examples (example.no, example.com, …) or ending in .example. */
const EXAMPLE_ADDRESS = /(^|[@./])example(\.[a-z]+)?([/:]|$)|\.example([/:]|$)/i;

/** Every text value of a record, with its field path ("hero.alt", "links[0].url"). */
function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) => textsOf(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * What `npm run new` writes for the editor to replace, still there in an entry that is to be
 * published (not a draft; a scheduled entry goes live by itself). Sample entries may use the
 * example addresses; nothing may keep the scaffold's own texts.
 */
function placeholderProblems({ articles, members }: ContentIndex): Problem[] {
  const records = [
    ...articles.filter((a) => a.data['draft'] !== true).map((a) => ({ file: a.filePath, data: a.data, body: a.body })),
    ...members.map((m) => ({ file: m.filePath, data: m.data, body: undefined })),
  ];
  return records.flatMap(({ file, data, body }) => {
    const sample = data['sample'] === true;
    const fields = textsOf(data).flatMap(([field, text]): Problem[] => {
      if (PLACEHOLDER_TEXTS.includes(text.trim())) {
        return [
          { file, field, message: `still holds the text from npm run new ("${text.trim()}"): write the real one` },
        ];
      }
      if (!sample && EXAMPLE_ADDRESS.test(text) && !/\s/.test(text.trim())) {
        return [{ file, field, message: `"${text}" is an example address from npm run new: write the real one` }];
      }
      return [];
    });
    const lines = body?.text.split('\n') ?? [];
    const inText = lines.flatMap((line, i): Problem[] =>
      PLACEHOLDER_TEXTS.includes(line.trim())
        ? [
            {
              file,
              field: '(text)',
              line: body!.line + i,
              message: 'still holds the text from npm run new: write the real text',
            },
          ]
        : [],
    );
    return [...fields, ...inText];
  });
}
