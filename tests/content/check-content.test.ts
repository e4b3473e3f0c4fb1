// npm run check:content on broken copies of the fixture: one case per rule, each with the
// exact file, field, line and exit code; and a clean run on the real content.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { fixtureCopy, removeFixtureCopies, replaceIn } from '../helpers/content-fixture';
import { runCheck } from '../helpers/verdicts';

afterAll(removeFixtureCopies);

const check = runCheck;

/** A real photo-like JPEG over 2 MB (noise does not compress). */
const HEAVY_JPEG = await sharp({
  create: {
    width: 2000,
    height: 1200,
    channels: 3,
    background: '#808080',
    noise: { type: 'gaussian', mean: 128, sigma: 60 },
  },
})
  .jpeg({ quality: 98 })
  .toBuffer();

const NB = 'solutions/case/index.nb.md';
const EN = 'solutions/case/index.en.md';

// [rule, edit, file, line, field, message part, severity]
const CASES: [string, (d: string) => void, string, number, string, string, 'error' | 'warning'][] = [
  [
    'unknown theme',
    (d) => replaceIn(d, NB, 'themes: [feed]', 'themes: [feed, fish]'),
    NB,
    6,
    'themes[1]',
    'unknown id "fish"',
    'error',
  ],
  [
    'unknown member',
    (d) => replaceIn(d, NB, 'members: [acme]', 'members: [ghost]'),
    NB,
    7,
    'members[0]',
    'unknown id "ghost"',
    'error',
  ],
  [
    'unknown member of a story',
    (d) => replaceIn(d, 'stories/story/index.nb.md', 'member: acme', 'member: ghost'),
    'stories/story/index.nb.md',
    6,
    'member',
    'unknown id "ghost"',
    'error',
  ],
  [
    'duplicate slug',
    (d) => copyCase(d),
    'solutions/copy/index.en.md',
    4,
    'slug',
    '"test-solution" is already used by',
    'error',
  ],
  [
    'alias that takes a live slug',
    (d) => {
      copyCase(d);
      replaceIn(d, 'solutions/copy/index.en.md', 'slug: test-solution', 'slug: other\naliases: [test-solution]');
    },
    'solutions/copy/index.en.md',
    5,
    'aliases[0]',
    'is already used by',
    'error',
  ],
  [
    'slug with capitals and ø',
    (d) => replaceIn(d, NB, 'slug: testlosning', 'slug: Testløsning'),
    NB,
    4,
    'slug',
    'must use only a-z',
    'error',
  ],
  [
    'summary over 160 characters',
    (d) => replaceIn(d, NB, /^summary: .*$/m, `summary: ${'Lang tekst. '.repeat(15)}`),
    NB,
    3,
    'summary',
    'longer than 160',
    'error',
  ],
  [
    'title over 70 characters',
    (d) => replaceIn(d, NB, /^title: .*$/m, `title: ${'Lang tittel '.repeat(7)}`),
    NB,
    2,
    'title',
    'longer than 70',
    'error',
  ],
  [
    'date that is not a date',
    (d) => replaceIn(d, NB, 'publishDate: 2026-01-15', 'publishDate: snart'),
    NB,
    5,
    'publishDate',
    'not a valid date',
    'error',
  ],
  [
    'date that does not exist',
    (d) => replaceIn(d, NB, 'publishDate: 2026-01-15', 'publishDate: 2026-02-30'),
    NB,
    5,
    'publishDate',
    'date',
    'error',
  ],
  [
    'updated before published',
    (d) => replaceIn(d, NB, 'publishDate: 2026-01-15', 'publishDate: 2026-01-15\nupdated: 2025-12-01'),
    NB,
    6,
    'updated',
    'is before publishDate',
    'error',
  ],
  [
    'missing alt text',
    (d) => replaceIn(d, NB, /^ {2}alt: .*\n/m, ''),
    NB,
    12,
    'hero.alt',
    'is missing: describe what the picture shows',
    'error',
  ],
  ['missing credit', (d) => replaceIn(d, EN, /^ {2}credit: .*\n/m, ''), EN, 12, 'hero.credit', 'is missing', 'error'],
  [
    'missing picture file',
    (d) => replaceIn(d, NB, 'src: ./hero.jpg', 'src: ./helt.jpg'),
    NB,
    13,
    'hero.src',
    'file not found',
    'error',
  ],
  [
    'unknown stage',
    (d) => replaceIn(d, NB, 'stage: processing', 'stage: fishing'),
    NB,
    8,
    'stage',
    'must be one of: inputs',
    'error',
  ],
  [
    'unknown maturity',
    (d) => replaceIn(d, NB, 'maturity: pilot', 'maturity: done'),
    NB,
    9,
    'maturity',
    'must be one of: research, pilot, commercial',
    'error',
  ],
  [
    'unknown SDG',
    (d) => replaceIn(d, NB, 'sdgs: [2, 12]', 'sdgs: [2, 18]'),
    NB,
    11,
    'sdgs[1]',
    'goal number from 1 to 17',
    'error',
  ],
  [
    'TRL outside the maturity',
    (d) => replaceIn(d, NB, 'trl: 5', 'trl: 9'),
    NB,
    10,
    'trl',
    'does not fit maturity',
    'error',
  ],
  [
    'languages that disagree',
    (d) => replaceIn(d, EN, 'stage: processing', 'stage: inputs'),
    EN,
    8,
    'stage',
    'differs from',
    'error',
  ],
  [
    'file not named after a language',
    (d) => copyTo(d, NB, 'solutions/case/index.no.md'),
    'solutions/case/index.no.md',
    1,
    '(file name)',
    'is not a language',
    'error',
  ],
  [
    'page on a section URL',
    (d) => replaceIn(d, 'pages/about/index.nb.md', 'slug: om', 'slug: losninger'),
    'pages/about/index.nb.md',
    4,
    'slug',
    'is a path the site uses itself',
    'error',
  ],
  [
    'broken YAML',
    (d) => replaceIn(d, NB, 'title: Testløsning', 'title: Testløsning: med kolon'),
    NB,
    2,
    '(YAML)',
    'check colons',
    'error',
  ],
  [
    'vague link text',
    (d) => replaceIn(d, NB, 'Brødtekst.', 'Brødtekst. [Les mer](/tema/for/).'),
    NB,
    23,
    '(text)',
    'does not say where it goes',
    'warning',
  ],
  [
    'link to the other language',
    (d) => replaceIn(d, NB, 'Brødtekst.', 'Se [den engelske saken om testløsningen](/en/solutions/test-solution/).'),
    NB,
    23,
    '(text)',
    'link to /losninger/testlosning/ instead',
    'warning',
  ],
  [
    'picture over 2 MB',
    (d) => writeFileSync(join(d, 'solutions/case/hero.jpg'), HEAVY_JPEG),
    NB,
    13,
    'hero.src',
    'MB: save it smaller',
    'warning',
  ],
];

function copyTo(dir: string, from: string, to: string) {
  mkdirSync(join(dir, to, '..'), { recursive: true });
  copyFileSync(join(dir, from), join(dir, to));
}

/** A second solution that is a copy of the English test case, picture included. */
function copyCase(dir: string) {
  copyTo(dir, EN, 'solutions/copy/index.en.md');
  copyTo(dir, 'solutions/case/hero.jpg', 'solutions/copy/hero.jpg');
}

describe('npm run check:content', () => {
  it('passes the fixture and the real content with no errors', () => {
    const fixture = check(fixtureCopy());
    expect(fixture.problems).toEqual([]);
    expect(fixture.status).toBe(0);
    const real = check('content');
    expect(real.problems.filter((line) => !line.endsWith('[warning]'))).toEqual([]);
    expect(real.status).toBe(0);
    expect(real.summary).toMatch(/^0 errors, \d+ warnings? in content\/$/);
  });

  it.each(CASES)('reports %s', (_rule, edit, file, line, field, message, severity) => {
    const dir = fixtureCopy(edit);
    const { status, problems } = check(dir);
    const where = `${relative(PROJECT_ROOT, join(dir, file))}:${line} ${field}:`;
    const match = problems.find((p) => p.startsWith(where) && p.includes(message));
    expect(match, `expected "${where} …${message}…" in\n${problems.join('\n')}`).toBeDefined();
    expect(match!.endsWith('[warning]')).toBe(severity === 'warning');
    expect(status).toBe(severity === 'error' ? 1 : 0);
  });
});
