// Rules that span entries, which a per-file schema cannot see. The build runs them over
// all content and stops with every problem listed (Astro itself only logs bad references).
import { LANGS, type Lang } from '../i18n/langs';
import { reservedSegments } from '../i18n/segments';
import { collectionOf, ENTRY_KINDS, KINDS, type EntryCollection } from './content-kinds';
import { isCalendarDate } from './dates';
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
}

export interface ContentIndex {
  articles: Article[];
  themes: { id: string; slug: Record<Lang, string> }[];
  members: { id: string; filePath: string }[];
  themesFile: string;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function findProblems(index: ContentIndex): Problem[] {
  return [
    ...fileNameProblems(index),
    ...referenceProblems(index),
    ...slugProblems(index),
    ...dateAndMaturityProblems(index),
    ...translationProblems(index),
  ];
}

/** One line per problem, grouped by file, for the build's error message. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}  ${p.field}: ${p.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'} to fix:\n${lines.join('\n')}`;
}

function fileNameProblems({ articles, members }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  for (const article of articles) {
    if (!parseEntryId(article.id)) {
      problems.push({
        file: article.filePath,
        field: '(file name)',
        message: `is not a language: name the file ${LANGS.map((l) => `${l}.md`).join(' or ')} in the entry's folder`,
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

function referenceProblems({ articles, themes, members, themesFile }: ContentIndex): Problem[] {
  const themeIds = new Set(themes.map((t) => t.id));
  const memberIds = new Set(members.map((m) => m.id));
  const problems: Problem[] = [];
  const check = (article: Article, field: string, id: string, known: Set<string>, where: string) => {
    if (!known.has(id)) {
      problems.push({
        file: article.filePath,
        field,
        message: `unknown id "${id}": use one of ${[...known].sort().join(', ')} (${where}), or add it there`,
      });
    }
  };
  for (const article of articles) {
    const { themes: themeRefs = [], members: memberRefs = [], member } = article.data;
    themeRefs.forEach((id, i) => check(article, `themes[${i}]`, id, themeIds, themesFile));
    memberRefs.forEach((id, i) => check(article, `members[${i}]`, id, memberIds, 'file names in content/members/'));
    if (member !== undefined) check(article, 'member', member, memberIds, 'file names in content/members/');
  }
  return problems;
}

function slugProblems({ articles, themes, themesFile }: ContentIndex): Problem[] {
  const problems: Problem[] = [];
  // Every URL name in a section and language, current or earlier (alias), must be unique.
  const taken = new Map<string, string>();
  // `owner` names who holds the name: an entry may repeat its own slug as an alias.
  const claim = (space: string, slug: string, owner: string, file: string, field: string) => {
    const key = `${space}\u0000${slug}`;
    const holder = taken.get(key);
    if (holder !== undefined && holder !== owner) {
      problems.push({ file, field, message: `"${slug}" is already used by ${holder}: choose another URL name` });
    } else {
      taken.set(key, owner);
    }
  };
  for (const article of articles) {
    const key = parseEntryId(article.id);
    if (!key) continue;
    const space = `${article.collection}/${key.lang}`;
    const own = (slug: string, field: string) => claim(space, slug, article.filePath, article.filePath, field);
    own(article.data.slug, 'slug');
    (article.data.aliases ?? []).forEach((alias, i) => own(alias, `aliases[${i}]`));
    if (article.collection === 'pages' && reservedSegments(key.lang).includes(article.data.slug)) {
      problems.push({
        file: article.filePath,
        field: 'slug',
        message: `"${article.data.slug}" is the URL of a section of the site: choose another URL name`,
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

const DATE_FIELDS = ['publishDate', 'updated'];

function dateAndMaturityProblems({ articles }: ContentIndex): Problem[] {
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
