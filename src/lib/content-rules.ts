// Rules that span entries, which a per-file schema cannot see. The build runs them over
// all content and stops with every problem listed (Astro itself only logs bad references).
import { LANGS, type Lang } from '../i18n/langs';
import { reservedSegments } from '../i18n/segments';
import { collectionOf, ENTRY_KINDS, KINDS, type EntryCollection } from './content-kinds';
import { entryFileName, parseYaml, type IdSource, type ParsedYaml } from './content-files';
import { isCalendarDate, isoDate } from './dates';
import { dayOf, normalLocalTime, notALocalTime } from './local-time';
import { markupProblems, type MarkupProblem } from './markup-rules';
import { memoizePerObject } from './memoize';
import { PLACEHOLDER_TEXTS } from './scaffold';
import { isSlug } from './slugs';
import { MATURITIES, type Maturity } from './taxonomy';
import { groupByFolder, parseEntryId } from './translations';
import { langRoot } from './urls';

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
  /** The markup check of an entry's text: markupProblems, or the build's with verdicts kept between builds. */
  checkMarkup?: (body: string, format: 'md' | 'mdx') => MarkupProblem[];
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
    ...projectProblems(index),
    ...eventProblems(index),
    ...movedFromProblems(index),
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
  const solutionIds = new Set(
    articles.filter((a) => a.collection === 'solutions').flatMap((a) => parseEntryId(a.id)?.folder ?? []),
  );
  const memberFiles = 'file names in content/members/';
  for (const article of articles) {
    const { data, filePath: file } = article;
    const list = (field: string) => (Array.isArray(data[field]) ? (data[field] as unknown[]) : []);
    list('themes').forEach((id, i) => check(file, `themes[${i}]`, String(id), themeIds, themesFile));
    for (const field of MEMBER_LIST_FIELDS) {
      list(field).forEach((id, i) => check(file, `${field}[${i}]`, String(id), memberIds, memberFiles));
    }
    for (const field of MEMBER_FIELDS) {
      if (typeof data[field] === 'string') check(file, field, data[field], memberIds, memberFiles);
    }
    if (article.collection === 'projects') {
      list('solutions').forEach((id, i) =>
        check(file, `solutions[${i}]`, String(id), solutionIds, 'folder names in content/solutions/'),
      );
    }
  }
  for (const member of members) {
    member.themes.forEach((id, i) => check(member.filePath, `themes[${i}]`, id, themeIds, themesFile));
  }
  return problems;
}

/** Fields that name one member, and fields that list members, in any kind of entry. */
const MEMBER_FIELDS = ['member', 'lead', 'organiser'];
const MEMBER_LIST_FIELDS = ['members', 'partners'];

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

/** Fields written as calendar days, in every kind and in some. */
const DATE_FIELDS = ['publishDate', 'updated'];
const KIND_DATE_FIELDS: Partial<Record<ArticleCollection, string[]>> = { projects: ['start', 'end'] };
/** Fields written as times of day in Oslo (local-time.ts). */
const KIND_TIME_FIELDS: Partial<Record<ArticleCollection, string[]>> = { events: ['start', 'end'] };

function dateAndMaturityProblems({ articles, now }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { collection, filePath, data, frontmatter = '' } of articles) {
    // A YAML reader may turn a time with a zone into a moment of its own; the text as written
    // decides, so that check:content and the build refuse the same.
    for (const field of KIND_TIME_FIELDS[collection] ?? []) {
      const written = new RegExp(`^${field}:[ \\t]*["']?([^"'#\\n]+?)["']?[ \\t]*(#.*)?$`, 'm').exec(frontmatter)?.[1];
      if (written !== undefined && normalLocalTime(written) === null) {
        problems.push({ file: filePath, field, message: notALocalTime(written) });
      }
    }
    for (const field of [...DATE_FIELDS, ...(KIND_DATE_FIELDS[collection] ?? [])]) {
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

/** A joint project: two or more distinct partners, one of them leading; a period in order; real amounts. */
function projectProblems({ articles }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { collection, filePath: file, data } of articles) {
    if (collection !== 'projects') continue;
    const partners = Array.isArray(data['partners']) ? (data['partners'] as string[]) : [];
    partners.forEach((id, i) => {
      if (partners.indexOf(id) < i) {
        problems.push({ file, field: `partners[${i}]`, message: `"${id}" is listed twice: name each partner once` });
      }
    });
    const lead = data['lead'];
    if (typeof lead === 'string' && !partners.includes(lead)) {
      problems.push({
        file,
        field: 'lead',
        message:
          `"${lead}" is not one of the partners (${partners.join(', ')}): ` +
          'add it to partners, or choose one of them',
      });
    }
    const { start, end } = data as { start?: Date; end?: Date };
    if (start instanceof Date && end instanceof Date && end < start) {
      problems.push({
        file,
        field: 'end',
        message: 'is before start: a project cannot end before it starts; correct one of the dates',
      });
    }
    const funding = Array.isArray(data['funding']) ? (data['funding'] as { amount?: number }[]) : [];
    funding.forEach((grant, i) => {
      if (grant.amount !== undefined && !(grant.amount > 0)) {
        problems.push({
          file,
          field: `funding[${i}].amount`,
          message: `${grant.amount} is not an amount granted: write the kroner as a positive number, or leave it out`,
        });
      }
    });
  }
  return problems;
}

/** An event: ends after it starts, has a place or an address online, and closes sign-up before it starts. */
function eventProblems({ articles }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { collection, filePath: file, data } of articles) {
    if (collection !== 'events') continue;
    const { start, end, place, online, registration } = data as {
      start?: string;
      end?: string;
      place?: unknown;
      online?: string;
      registration?: { deadline?: Date };
    };
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      problems.push({
        file,
        field: 'end',
        message: 'is before start: an event cannot end before it starts; correct one of the times',
      });
    }
    if (place === undefined && online === undefined) {
      problems.push({
        file,
        field: 'place',
        message:
          'is missing: say where the event is (place with name and address), or give its online address (online)',
      });
    }
    const deadline = registration?.deadline;
    if (deadline instanceof Date && typeof start === 'string' && isoDate(deadline) > dayOf(start)) {
      problems.push({
        file,
        field: 'registration.deadline',
        message: `is after the event starts (${dayOf(start)}): set the last day to sign up on or before that day`,
      });
    }
  }
  return problems;
}

/** Addresses an entry had in another section stay in its own language (/en/… for English). */
function movedFromProblems({ articles }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const { id, filePath: file, data } of articles) {
    const lang = parseEntryId(id)?.lang;
    const paths = Array.isArray(data['movedFrom']) ? (data['movedFrom'] as string[]) : [];
    paths.forEach((path, i) => {
      const english = path.startsWith(`${langRoot('en')}`);
      if (lang && english !== (lang === 'en')) {
        problems.push({
          file,
          field: `movedFrom[${i}]`,
          message:
            lang === 'en'
              ? `"${path}" is not an English address: English addresses start with /en/; list it in the Norwegian file`
              : `"${path}" is an English address: list it in the English file`,
        });
      }
    });
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
function bodyProblems({ articles, checkMarkup = markupProblems }: ContentIndex): Problem[] {
  return articles.flatMap(({ filePath, body }) =>
    body
      ? checkMarkup(body.text, filePath.endsWith('.mdx') ? 'mdx' : 'md').map((problem) => ({
          file: filePath,
          field: '(text)',
          message: problem.message,
          line: body.line + problem.line - 1,
        }))
      : [],
  );
}

/** An article's frontmatter as written, parsed once for every check that reads it. */
export const frontmatterOf = memoizePerObject((article: Article): ParsedYaml => parseYaml(article.frontmatter ?? ''));

/**
 * YAML that Astro's parser lets through but the editor check does not (duplicate keys, alias
 * bombs): the frontmatter as written is read again by the same parser as check:content, so that
 * both give one verdict. Its lines start on line 2 of the file.
 */
function frontmatterProblems({ articles }: ContentIndex): Problem[] {
  return articles.flatMap((article) =>
    article.frontmatter === undefined
      ? []
      : frontmatterOf(article).problems.map((problem) => ({
          file: article.filePath,
          field: '(YAML)',
          message: `${problem.message} (check colons, quotes and indentation)`,
          line: problem.line + 1,
        })),
  );
}

/** An address on a domain kept for examples (example.no, example.com, …) or ending in .example. */
const EXAMPLE_ADDRESS = /(^|[@./])example(\.[a-z]+)?([/:]|$)|\.example([/:]|$)/i;

const isImageImport = (value: unknown) =>
  typeof value === 'object' && value !== null && typeof (value as { fsPath?: unknown }).fsPath === 'string';

/** Every text value of a record, with its field path ("hero.alt", "links[0].url"). */
function textsOf(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => textsOf(item, `${path}[${i}]`));
  // A picture file in the build (Astro's image import) holds no text. Reading its other fields
  // would make Astro copy the original into the built site (see src/data/image-metadata.ts).
  if (isImageImport(value)) return [];
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
