import { describe, expect, it } from 'vitest';
import { lineOf, parseYaml, splitFrontmatter } from '../../src/lib/content-files';

describe('content files', () => {
  it('splits YAML from the body and knows where each starts', () => {
    const file = splitFrontmatter('---\ntitle: A\nsummary: B\n---\n\nText\n');
    expect(file).toMatchObject({ yaml: 'title: A\nsummary: B', yamlLine: 2, bodyLine: 5 });
    expect(file.body).toBe('\nText\n');
  });

  it('finds the line of a field, or of its parent when the field is missing', () => {
    const yaml = 'title: A\nhero:\n  src: ./a.jpg\n  alt: B\nthemes: [x, y]';
    const { doc } = parseYaml(yaml);
    expect(lineOf(doc, yaml, ['hero', 'alt'])).toBe(4);
    expect(lineOf(doc, yaml, ['hero', 'credit'])).toBe(2);
    expect(lineOf(doc, yaml, ['themes', 1])).toBe(5);
    expect(lineOf(doc, yaml, ['missing'])).toBe(1);
  });

  it('reads a file that starts with a byte-order mark like one without', () => {
    expect(splitFrontmatter('\uFEFF---\ntitle: A\n---\nText')).toMatchObject({ yaml: 'title: A', body: 'Text' });
    expect(parseYaml('\uFEFFtitle: A').data).toEqual({ title: 'A' });
  });

  it('reports a YAML error with its line, and refuses an alias bomb instead of expanding it', () => {
    expect(parseYaml('title: A\nsummary: "open').problems[0]?.line).toBe(2);
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      levels.push(
        `${'abcdefgh'[i]}: &${'abcdefgh'[i]} [${Array(10)
          .fill(`*${'abcdefgh'[i - 1]}`)
          .join(', ')}]`,
      );
    const bomb = parseYaml(levels.join('\n'));
    expect(bomb.data).toBeUndefined();
    expect(bomb.problems[0]?.message).toMatch(/alias/i);
  });
});
