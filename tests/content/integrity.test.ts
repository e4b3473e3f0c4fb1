// Content that would break or endanger the site, however it came about: each case must fail
// both npm run check:content and the build (the only command a host may run), with the same
// file, field and fix in both messages.
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryFile, PLACEHOLDER_PICTURE } from '../../src/lib/scaffold';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { fixtureCopy, removeFixtureCopies, replaceIn } from '../helpers/content-fixture';
import { runAstroOn, runCheck } from '../helpers/verdicts';

afterAll(removeFixtureCopies);

/** Ten lists of ten lists of …: a few lines of YAML that expand to 100 000 values. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]']
  .concat(['c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'])
  .concat(['e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]'])
  .join('\n');

/** The smallest JPEG: one grey pixel. */
const TINY_JPEG = Buffer.from(
  [
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAx',
    'NDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAI',
    'AQEAAD8AKp//2Q==',
  ].join(''),
  'base64',
);
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface Case {
  name: string;
  edit: (dir: string) => void;
  /** The file the messages name, relative to the content folder. */
  file: string;
  field: string;
  /** How Astro names the field and the fault, where it does so itself before the project's checks run. */
  astroField?: string;
  astroMessage?: string;
  /** A part of the message that says what is wrong or what to do. */
  message: string;
}

/** Adds a line to the end of an entry's frontmatter. */
function addToFrontmatter(dir: string, file: string, line: string): void {
  replaceIn(dir, file, /\n---\n/, `\n${line}\n---\n`);
}

const CASES: Case[] = [
  {
    name: "an alias equal to the entry's own slug",
    edit: (d) => addToFrontmatter(d, 'solutions/case/index.nb.md', 'aliases: [testlosning]'),
    file: 'solutions/case/index.nb.md',
    field: 'aliases[0]',
    message: "is also this entry's slug",
  },
  {
    name: 'a page alias that is the URL of a section',
    edit: (d) => addToFrontmatter(d, 'pages/about/index.nb.md', 'aliases: [losninger]'),
    file: 'pages/about/index.nb.md',
    field: 'aliases[0]',
    message: 'is a path the site uses itself (/losninger/)',
  },
  {
    name: 'a news slug that is the number of a page of the news list',
    edit: (d) => replaceIn(d, 'news/n4/index.nb.md', 'slug: soknadsfrist', 'slug: "2"'),
    file: 'news/n4/index.nb.md',
    field: 'slug',
    message: 'is kept for the pages of the list',
  },
  {
    name: 'a member file beside another with the same name (.yml and .yaml)',
    edit: (d) => copyFileSync(join(d, 'members/acme.yaml'), join(d, 'members/acme.yml')),
    file: 'members/acme.yml',
    field: '(file name)',
    message: 'is the same entry as',
  },
  {
    name: 'an entry file beside another in the same language (index.nb.mdx and index.nb.md)',
    edit: (d) => copyFileSync(join(d, 'solutions/case/index.nb.md'), join(d, 'solutions/case/index.nb.mdx')),
    file: 'solutions/case/index.nb.mdx',
    field: '(file name)',
    message: 'keep one of the two files',
  },
  {
    name: 'an unknown theme on a member',
    edit: (d) => appendFileSync(join(d, 'members/acme.yaml'), 'themes: [feed, fish]\n'),
    file: 'members/acme.yaml',
    field: 'themes[1]',
    message: 'unknown id "fish"',
  },
  {
    name: 'two themes with one id',
    edit: (d) => replaceIn(d, 'themes.yaml', '- id: genetics', '- id: feed'),
    file: 'themes.yaml',
    field: 'themes[1].id',
    message: '"feed" is the id of an earlier item',
  },
  {
    name: 'a javascript: URL in the links of a solution',
    edit: (d) =>
      replaceIn(d, 'solutions/halm/index.nb.md', 'url: https://www.example.no/halm', 'url: javascript:alert(1)'),
    file: 'solutions/halm/index.nb.md',
    field: 'links[0].url',
    message: 'must be a full web address starting with https://',
  },
  {
    name: "a javascript: URL as a member's website",
    edit: (d) => appendFileSync(join(d, 'members/acme.yaml'), 'website: javascript:alert(1)\n'),
    file: 'members/acme.yaml',
    field: 'website',
    message: 'must be a full web address starting with https://',
  },
  {
    name: 'raw HTML in a Markdown text (a refresh that sends readers away)',
    edit: (d) =>
      appendFileSync(
        join(d, 'solutions/case/index.nb.md'),
        '\n<meta http-equiv="refresh" content="0; url=https://example.com">\n',
      ),
    file: 'solutions/case/index.nb.md',
    field: '(text)',
    message: 'has raw HTML',
  },
  {
    name: 'a javascript: link in a Markdown text',
    edit: (d) => appendFileSync(join(d, 'solutions/case/index.nb.md'), '\n[Klikk](javascript:alert(1))\n'),
    file: 'solutions/case/index.nb.md',
    field: '(text)',
    message: 'a link starts with https://',
  },
  {
    name: 'an MDX file that imports code',
    edit: (d) =>
      replaceIn(
        d,
        'stories/komponenter/index.nb.mdx',
        "import photo from './photo.jpg';",
        "import photo from './photo.jpg';\nimport { writeFileSync } from 'node:fs';",
      ),
    file: 'stories/komponenter/index.nb.mdx',
    field: '(text)',
    message: 'has an import or export, which runs code',
  },
  {
    name: 'an MDX file that ends the build early',
    edit: (d) => appendFileSync(join(d, 'stories/komponenter/index.nb.mdx'), '\n{process.exit(0)}\n'),
    file: 'stories/komponenter/index.nb.mdx',
    field: '(text)',
    message: 'runs code when the site is built',
  },
  {
    name: 'a tag in MDX that is not a component',
    edit: (d) =>
      appendFileSync(join(d, 'stories/komponenter/index.nb.mdx'), '\n<iframe src="https://example.com" />\n'),
    file: 'stories/komponenter/index.nb.mdx',
    field: '(text)',
    message: 'which is not a component',
  },
  {
    name: 'a search word that is markup',
    edit: (d) => replaceIn(d, 'search-terms.yaml', /nb: \[/, 'nb: ["<b>halm</b>", '),
    file: 'search-terms.yaml',
    field: 'groups[0].nb[0]',
    astroField: 'nb.0',
    message: 'may hold only letters, digits, spaces and hyphens',
  },
  {
    name: 'a truncated JPEG',
    edit: (d) => {
      const path = join(d, 'solutions/halm/hero.jpg');
      writeFileSync(path, readFileSync(path).subarray(0, 20_000));
    },
    file: 'solutions/halm/hero.jpg',
    field: '(picture)',
    message: 'cannot be read in full',
  },
  {
    name: 'a PNG named .jpg',
    edit: (d) => writeFileSync(join(d, 'stories/komponenter/photo.jpg'), TINY_PNG),
    file: 'stories/komponenter/photo.jpg',
    field: '(picture)',
    message: 'is a PNG file named .JPG',
  },
  {
    name: 'a main picture too small for the page (1 × 1 px)',
    edit: (d) => writeFileSync(join(d, 'solutions/case/hero.jpg'), TINY_JPEG),
    file: 'solutions/case/index.nb.md',
    field: 'hero.src',
    message: 'is 1 px wide: a main picture needs at least 1200 px',
  },
  {
    name: 'an SVG in the content, which could run a script on the site',
    edit: (d) =>
      writeFileSync(
        join(d, 'members/logo.svg'),
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    file: 'members/logo.svg',
    field: '(picture)',
    message: 'is an SVG, which can hold scripts',
  },
  {
    name: 'a member field that no page shows',
    edit: (d) => appendFileSync(join(d, 'members/acme.yaml'), 'logo: ./logo.png\n'),
    file: 'members/acme.yaml',
    field: 'logo',
    astroField: '****',
    message: 'is not a field of a member (logo)',
  },
  {
    name: 'an empty member file',
    edit: (d) => writeFileSync(join(d, 'members/granli.yaml'), ''),
    file: 'members/granli.yaml',
    field: '(file)',
    astroField: '****',
    message: 'is empty: write the name, kind, location and description',
  },
  {
    name: 'a key written twice in the frontmatter',
    edit: (d) => replaceIn(d, 'solutions/case/index.nb.md', 'slug: testlosning', 'slug: testlosning\nslug: annen'),
    file: 'solutions/case/index.nb.md',
    field: '(YAML)',
    message: 'Map keys must be unique',
    // Astro's own YAML parser stops first, naming the file on a line of its own.
    astroField: '',
    astroMessage: 'duplicated mapping key',
  },
  {
    name: 'a YAML alias bomb in the frontmatter',
    edit: (d) => replaceIn(d, 'solutions/case/index.nb.md', 'trl: 5', `trl: 5\n${ALIAS_BOMB}`),
    file: 'solutions/case/index.nb.md',
    field: '(YAML)',
    message: 'Excessive alias count',
  },
  {
    name: 'a member file whose name is written with a combining accent (NFD)',
    edit: (d) => copyFileSync(join(d, 'members/acme.yaml'), join(d, 'members/a\u030Aker.yaml')),
    file: 'members/a\u030Aker.yaml',
    field: '(file name)',
    message: "is used in the member's URL",
  },
  {
    name: 'a published URL that the content no longer gives (a slug changed without an alias)',
    edit: (d) => {
      writeFileSync(join(d, '../published-urls.txt'), '/losninger/testlosning/\n');
      replaceIn(d, 'solutions/case/index.nb.md', 'slug: testlosning', 'slug: ny-testlosning');
    },
    file: '../published-urls.txt',
    field: '/losninger/testlosning/',
    message: 'add "testlosning" to that entry\'s aliases',
  },
  {
    name: 'a solution from npm run new published with its placeholders (only draft: true removed)',
    edit: (d) => {
      mkdirSync(join(d, 'solutions/ny'));
      const input = {
        type: 'solution',
        slug: 'ny',
        today: '2026-01-01',
        themeId: 'feed',
        memberIds: ['acme', 'fjosdata'],
      } as const;
      const text = entryFile({ ...input, lang: 'nb', title: 'Ny løsning' }).replace(/^draft: true.*\n/m, '');
      writeFileSync(join(d, 'solutions/ny/index.nb.md'), text);
      copyFileSync(join(PROJECT_ROOT, PLACEHOLDER_PICTURE), join(d, 'solutions/ny/hero.jpg'));
    },
    file: 'solutions/ny/index.nb.md',
    field: 'summary',
    message: 'still holds the text from npm run new',
  },
];

describe('content that would break the site fails the check and the build alike', () => {
  // A loop, not it.each: each test keeps its whole name in the report.
  for (const { name, edit, file, field, astroField, message, astroMessage } of CASES)
    it(name, () => {
      const dir = fixtureCopy(edit);
      const path = relative(PROJECT_ROOT, join(dir, file));

      const check = runCheck(dir);
      expect(check.stderr, 'check:content must name the file, not end in a stack trace').toBe('');
      const finding = check.problems.find((line) => line.startsWith(`${path}:`) && line.includes(` ${field}: `));
      expect(finding, `no finding on ${path} ${field} in\n${check.lines.join('\n')}`).toContain(message);
      expect(check.status).toBe(1);

      const build = runAstroOn(dir, 'build');
      expect(build.status).not.toBe(0);
      // Astro names a field error's file on a line of its own, with the field as "links.0.url".
      const unique = relative(join(dir, '../..'), join(dir, file));
      expect(build.output, `the build's output does not name ${unique}`).toContain(unique);
      const fields =
        astroField === '' ? [''] : [` ${field}: `, ` ${astroField ?? field.replace(/\[(\d+)\]/g, '.$1')}: `];
      const said = astroMessage ?? message;
      const line = build.output.split('\n').find((l) => fields.some((f) => l.includes(f)) && l.includes(said));
      expect(line, `no "${field}: …${said}…" in the build's output:\n${build.output.slice(-3000)}`).toBeDefined();
    });
});

describe("what editors' tools write gets one verdict too", () => {
  it('passes the check and the build with a byte-order mark, Windows line ends and a folder in one language', () => {
    const dir = fixtureCopy((d) => {
      const bom = join(d, 'solutions/halm/index.nb.md');
      writeFileSync(bom, `\uFEFF${readFileSync(bom, 'utf8')}`);
      const crlf = join(d, 'news/salat/index.en.md');
      writeFileSync(crlf, readFileSync(crlf, 'utf8').replace(/\n/g, '\r\n'));
      const member = join(d, 'members/granli.yaml');
      writeFileSync(member, readFileSync(member, 'utf8').replace(/\n/g, '\r\n'));
    });
    const check = runCheck(dir);
    expect(check.problems).toEqual([]);
    expect(check.status).toBe(0);
    const build = runAstroOn(dir, 'build');
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });
});
