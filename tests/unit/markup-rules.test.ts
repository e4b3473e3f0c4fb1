import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content-files';
import { markupProblems } from '../../src/lib/markup-rules';

const messages = (body: string, format: 'md' | 'mdx') => markupProblems(body, format).map((p) => [p.line, p.message]);

describe('Markdown bodies', () => {
  it('pass text, code with tags in it, comments, and safe links', () => {
    const body = [
      'Tekst med [lenke](https://example.no), [e-post](mailto:a@example.no), [side](/om/) og [anker](#mål).',
      '',
      '`<script>` i kode er tekst.',
      '',
      '<!-- en merknad til redaktøren -->',
      '',
      '    <b>kodeblokk</b>',
    ].join('\n');
    expect(markupProblems(body, 'md')).toEqual([]);
  });

  it('refuse raw HTML, naming the line and the way out', () => {
    const problems = messages(
      'Tekst.\n\n<meta http-equiv="refresh" content="0; url=https://evil.example">\n\nMer <b>fet</b>.',
      'md',
    );
    expect(problems.map(([line]) => line)).toEqual([3, 5, 5]);
    expect(problems[0]![1]).toMatch(/raw HTML \(<meta http-equiv.*\).*rename the file to \.mdx/);
  });

  it('refuse links that are not web addresses, e-mail, phone or paths', () => {
    const body = '[a](javascript:alert(1)) ![b](data:image/svg+xml,x)\n\n[c]: vbscript:x';
    expect(messages(body, 'md').map(([line]) => line)).toEqual([1, 1, 3]);
  });
});

describe('MDX bodies', () => {
  it('pass the fixture story that uses every component', () => {
    const file = readFileSync('tests/fixtures/content/stories/komponenter/index.nb.mdx', 'utf8');
    expect(markupProblems(splitFrontmatter(file).body, 'mdx')).toEqual([]);
  });

  it('pass literal props, lists of records, negative numbers and comments', () => {
    const body = "import p from './p.webp';\n\n{/* merknad */}\n\n<Gallery images={[{ src: p, alt: `a` }]} n={-1} />";
    expect(markupProblems(body, 'mdx')).toEqual([]);
  });

  it.each([
    ["import fs from 'node:fs';", /import or export/],
    ["import p from '../other/p.jpg';", /import or export/],
    ['export const x = 1;', /import or export/],
    ['{process.exit(0)}', /runs code when the site is built/],
    ['Tekst {process.env.SECRET} her.', /runs code/],
    ['<div>HTML</div>', /<div>, which is not a component/],
    ['<script>alert(1)</script>', /<script>, which is not a component/],
    ['<Callout {...props}>x</Callout>', /write each prop as name="value"/],
    ['<Callout title={globalThis.x}>x</Callout>', /title=\{globalThis\.x\}.*not code/],
    ['<KeyFigure value={`${1}`} label="x" />', /not code/],
    ['<Quote by="x">ikke lukket', /is not valid MDX/],
  ])('refuse %s', (body, message) => {
    const problems = markupProblems(body, 'mdx');
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(message);
  });
});
