import { describe, expect, it } from 'vitest';
import { findProblems, formatProblems, type Article, type ContentIndex } from '../../src/lib/content-rules';

const solution = (id: string, data: Partial<Article['data']> = {}): Article => ({
  collection: 'solutions',
  id,
  filePath: `content/solutions/${id.replace(/([^/]+)$/, 'index.$1')}.md`,
  data: {
    title: id,
    slug: id.replace('/', '-'),
    themes: ['feed'],
    members: ['acme'],
    maturity: 'pilot',
    trl: 5,
    ...data,
  },
});

const index = (articles: Article[], extra: Partial<ContentIndex> = {}): ContentIndex => ({
  articles,
  themes: [
    { id: 'feed', slug: { nb: 'for', en: 'feed' } },
    { id: 'genetics', slug: { nb: 'genetikk', en: 'genetics' } },
  ],
  members: [{ id: 'acme', filePath: 'content/members/acme.yaml', themes: [], data: {} }],
  themesFile: 'content/themes.yaml',
  ids: [],
  ...extra,
});

describe('content rules across entries', () => {
  it('accepts consistent content', () => {
    expect(findProblems(index([solution('a/nb', { slug: 'a' }), solution('a/en', { slug: 'a' })]))).toEqual([]);
  });

  it('names the file and field of an unknown theme and lists the known ones', () => {
    const [problem, ...rest] = findProblems(index([solution('a/nb', { themes: ['feed', 'fish'], data: {} })]));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/solutions/a/index.nb.md', field: 'themes[1]' });
    expect(problem?.message).toContain('"fish"');
    expect(problem?.message).toContain('feed, genetics');
  });

  it('names an unknown member in members[] and in member', () => {
    const story: Article = {
      collection: 'stories',
      id: 's/nb',
      filePath: 'content/stories/s/index.nb.md',
      data: { title: 'S', slug: 's', member: 'nobody' },
    };
    const problems = findProblems(index([solution('a/nb', { members: ['acme', 'ghost'] }), story]));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/solutions/a/index.nb.md', 'members[1]'],
      ['content/stories/s/index.nb.md', 'member'],
    ]);
  });

  it('refuses a slug used twice in one language, also through an alias', () => {
    const problems = findProblems(
      index([
        solution('a/nb', { slug: 'same' }),
        solution('b/nb', { slug: 'same' }),
        solution('c/nb', { slug: 'c', aliases: ['same'] }),
      ]),
    );
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['content/solutions/b/index.nb.md', 'slug'],
      ['content/solutions/c/index.nb.md', 'aliases[0]'],
    ]);
    expect(problems[0]?.message).toContain('content/solutions/a/index.nb.md');
  });

  it('allows the same slug in the other language or another section', () => {
    const news: Article = {
      collection: 'news',
      id: 'n/nb',
      filePath: 'content/news/n/index.nb.md',
      data: { title: 'N', slug: 'same' },
    };
    expect(findProblems(index([solution('a/nb', { slug: 'same' }), solution('a/en', { slug: 'same' }), news]))).toEqual(
      [],
    );
  });

  it('keeps static pages off the URLs of the sections and of the files the build writes', () => {
    const page: Article = {
      collection: 'pages',
      id: 'p/nb',
      filePath: 'content/pages/p/index.nb.md',
      data: { title: 'P', slug: 'losninger', aliases: ['om-oss', 'pagefind'] },
    };
    expect(findProblems(index([page]))).toMatchObject([
      { file: 'content/pages/p/index.nb.md', field: 'slug', message: expect.stringContaining('/losninger/') },
      { file: 'content/pages/p/index.nb.md', field: 'aliases[1]', message: expect.stringContaining('/pagefind/') },
    ]);
  });

  it("refuses an alias equal to the entry's own slug", () => {
    expect(findProblems(index([solution('a/nb', { slug: 'a', aliases: ['a'] })]))).toMatchObject([
      { file: 'content/solutions/a/index.nb.md', field: 'aliases[0]', message: expect.stringContaining('remove it') },
    ]);
  });

  it('keeps numbers for the pages of a paginated list', () => {
    const news = (slug: string, aliases: string[] = []): Article => ({
      collection: 'news',
      id: `${slug}/nb`,
      filePath: `content/news/${slug}/index.nb.md`,
      data: { title: 'N', slug, aliases },
    });
    expect(findProblems(index([news('2'), news('n', ['10']), news('2026-arsmote')]))).toMatchObject([
      { file: 'content/news/2/index.nb.md', field: 'slug' },
      { file: 'content/news/n/index.nb.md', field: 'aliases[0]' },
    ]);
    expect(findProblems(index([solution('a/nb', { slug: '2' })]))).toEqual([]);
  });

  it('requires files named after a language', () => {
    expect(findProblems(index([solution('a/no')]))).toMatchObject([
      { file: 'content/solutions/a/index.no.md', field: '(file name)' },
    ]);
  });

  it('requires member file names that work in URLs', () => {
    const problems = findProblems(
      index([], { members: [{ id: 'Mjøsbio', filePath: 'content/members/Mjøsbio.yaml', themes: [], data: {} }] }),
    );
    expect(problems).toMatchObject([{ file: 'content/members/Mjøsbio.yaml', field: '(file name)' }]);
  });

  it('refuses two files or two list items with one id', () => {
    const ids = [
      { collection: 'members', id: 'acme', file: 'content/members/acme.yaml' },
      { collection: 'members', id: 'acme', file: 'content/members/acme.yml' },
      { collection: 'solutions', id: 'a/nb', file: 'content/solutions/a/index.nb.md' },
      { collection: 'solutions', id: 'a/nb', file: 'content/solutions/a/index.nb.mdx' },
      { collection: 'stories', id: 'a/nb', file: 'content/stories/a/index.nb.md' },
      { collection: 'themes', id: 'feed', file: 'content/themes.yaml', field: 'themes[0].id' },
      { collection: 'themes', id: 'feed', file: 'content/themes.yaml', field: 'themes[3].id' },
    ] as const;
    expect(findProblems(index([], { ids: [...ids] }))).toEqual([
      {
        file: 'content/members/acme.yml',
        field: '(file name)',
        message: 'is the same entry as content/members/acme.yaml: keep one of the two files and delete the other',
      },
      {
        file: 'content/solutions/a/index.nb.mdx',
        field: '(file name)',
        message: 'is the same entry as content/solutions/a/index.nb.md: keep one of the two files and delete the other',
      },
      {
        file: 'content/themes.yaml',
        field: 'themes[3].id',
        message: '"feed" is the id of an earlier item (themes[0].id): give each its own id',
      },
    ]);
  });

  it("checks members' themes", () => {
    const members = [{ id: 'acme', filePath: 'content/members/acme.yaml', themes: ['feed', 'fish'], data: {} }];
    expect(findProblems(index([], { members }))).toMatchObject([
      { file: 'content/members/acme.yaml', field: 'themes[1]', message: expect.stringContaining('unknown id "fish"') },
    ]);
  });

  it('checks that the TRL fits the maturity', () => {
    const problems = findProblems(index([solution('a/nb', { maturity: 'research', trl: 8 })]));
    expect(problems).toMatchObject([{ field: 'trl' }]);
    expect(problems[0]?.message).toContain('TRL 1-4');
  });

  it('refuses an updated date after the build', () => {
    const now = new Date('2026-06-01T12:00:00Z');
    const at = (updated: string) =>
      findProblems(index([solution('a/nb', { updated: new Date(updated) })], { now })).map((p) => p.field);
    expect(at('2026-06-01')).toEqual([]);
    expect(at('2026-06-02')).toEqual(['updated']);
  });

  it('refuses an updated date before the publish date', () => {
    const problems = findProblems(
      index([solution('a/nb', { publishDate: new Date('2026-05-01'), updated: new Date('2026-04-01') })]),
    );
    expect(problems).toMatchObject([{ field: 'updated' }]);
  });

  it('requires both languages of an entry to agree on what it is', () => {
    const problems = findProblems(
      index([solution('a/nb', { slug: 'a' }), solution('a/en', { slug: 'a', themes: ['genetics'] })]),
    );
    expect(problems).toMatchObject([{ file: 'content/solutions/a/index.en.md', field: 'themes' }]);
    expect(problems[0]?.message).toContain('content/solutions/a/index.nb.md');
  });

  it('refuses duplicate theme slugs', () => {
    const problems = findProblems(
      index([], {
        themes: [
          { id: 'x', slug: { nb: 'same', en: 'x' } },
          { id: 'y', slug: { nb: 'same', en: 'y' } },
        ],
      }),
    );
    expect(problems).toMatchObject([{ file: 'content/themes.yaml', field: 'y.slug.nb' }]);
  });

  it('formats one line per problem with file and field', () => {
    const text = formatProblems([{ file: 'content/x/index.nb.md', field: 'themes[0]', message: 'unknown id "q"' }]);
    expect(text).toContain('1 problem to fix');
    expect(text).toContain('content/x/index.nb.md  themes[0]: unknown id "q"');
  });
});

describe('dates as written in the file', () => {
  it('names a date that YAML would roll over into another day', () => {
    const article = { ...solution('a/nb'), frontmatter: 'title: X\npublishDate: 2026-13-45\nupdated: "2026-02-30"\n' };
    const problems = findProblems(index([article]));
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['publishDate', '"2026-13-45" is not a real date: write it as YYYY-MM-DD, e.g. 2026-03-31'],
      ['updated', '"2026-02-30" is not a real date: write it as YYYY-MM-DD, e.g. 2026-03-31'],
    ]);
  });
});

const members = ['acme', 'beta', 'gamma'].map((id) => ({
  id,
  filePath: `content/members/${id}.yaml`,
  themes: [],
  data: {},
}));

const project = (data: Partial<Article['data']> = {}): Article => ({
  collection: 'projects',
  id: 'p/nb',
  filePath: 'content/projects/p/index.nb.md',
  data: {
    title: 'P',
    slug: 'p',
    themes: ['feed'],
    partners: ['acme', 'beta'],
    lead: 'acme',
    start: new Date('2026-01-01'),
    end: new Date('2027-12-31'),
    funding: [{ funder: 'Testfondet', amount: 100000 }],
    solutions: [],
    ...data,
  },
});

const fieldsOf = (articles: Article[]) => findProblems(index(articles, { members })).map((p) => [p.file, p.field]);

describe('research projects', () => {
  it('accepts a joint project of two members', () => {
    expect(findProblems(index([project()], { members }))).toEqual([]);
  });

  it('refuses a partner listed twice, a lead who is not a partner, and an unknown member', () => {
    const problems = findProblems(
      index([project({ partners: ['acme', 'acme', 'ghost'], lead: 'gamma' })], { members }),
    );
    expect(problems.map((p) => p.field)).toEqual(['partners[2]', 'partners[1]', 'lead']);
    expect(problems[1]?.message).toContain('"acme" is listed twice');
    expect(problems[2]?.message).toContain('"gamma" is not one of the partners');
  });

  it('refuses an end before the start and an amount that is not positive', () => {
    const problems = findProblems(
      index([project({ end: new Date('2025-12-31'), funding: [{ funder: 'F', amount: 0 }] })], { members }),
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ['end', 'is before start: a project cannot end before it starts; correct one of the dates'],
      ['funding[0].amount', '0 is not an amount granted: write the kroner as a positive number, or leave it out'],
    ]);
  });

  it('names a related solution that does not exist', () => {
    const problems = findProblems(index([solution('s/nb'), project({ solutions: ['s', 'nothing'] })], { members }));
    expect(problems).toMatchObject([{ file: 'content/projects/p/index.nb.md', field: 'solutions[1]' }]);
    expect(problems[0]?.message).toContain('folder names in content/solutions/');
  });

  it('checks the dates of the period as written', () => {
    const article = { ...project(), frontmatter: 'start: 2026-02-30\nend: 2027-12-31\n' };
    expect(fieldsOf([article])).toEqual([['content/projects/p/index.nb.md', 'start']]);
  });
});

const event = (data: Partial<Article['data']> = {}, frontmatter?: string): Article => ({
  collection: 'events',
  id: 'e/en',
  filePath: 'content/events/e/index.en.md',
  data: {
    title: 'E',
    slug: 'e',
    start: '2027-04-10T09:00',
    end: '2027-04-10T15:30',
    place: { name: 'Hall' },
    organiser: 'acme',
    registration: { deadline: new Date('2027-04-10') },
    ...data,
  },
  ...(frontmatter === undefined ? {} : { frontmatter }),
});

describe('events', () => {
  it('accepts an event with a place, sign-up closing on the day it starts', () => {
    expect(findProblems(index([event()], { members }))).toEqual([]);
  });

  it('refuses an end before the start, no place or address online, a late deadline, an unknown organiser', () => {
    const problems = findProblems(
      index(
        [
          event({
            end: '2027-04-10T08:00',
            place: undefined,
            organiser: 'ghost',
            registration: { deadline: new Date('2027-04-11') },
          }),
        ],
        { members },
      ),
    );
    expect(problems.map((p) => p.field)).toEqual(['organiser', 'end', 'place', 'registration.deadline']);
    expect(problems[3]?.message).toContain('is after the event starts (2027-04-10)');
  });

  it('refuses a time written with a zone, which the build and the editor check would read apart', () => {
    const written = 'start: 2027-04-10T09:00:00+02:00\nend: "2027-04-10T15:30"\n';
    expect(fieldsOf([event({}, written)])).toEqual([['content/events/e/index.en.md', 'start']]);
  });

  it('keeps an earlier address in another section in its own language', () => {
    const problems = findProblems(index([event({ movedFrom: ['/nyheter/e/', '/en/news/e/'] })], { members }));
    expect(problems).toMatchObject([{ field: 'movedFrom[0]' }]);
    expect(problems[0]?.message).toContain('English addresses start with /en/');
  });
});
