import { describe, expect, it } from 'vitest';
import { isVagueLinkText, markdownLinks, sameLanguageTarget } from '../../src/lib/content-warnings';

describe('warnings', () => {
  it('finds Markdown links but not images', () => {
    expect(
      markdownLinks('Se [her](/a/) og ![bilde](b.jpg) og [Om oss](/om/ "tittel").').map((l) => [l.text, l.url]),
    ).toEqual([
      ['her', '/a/'],
      ['Om oss', '/om/'],
    ]);
  });

  it('knows vague link texts in both languages', () => {
    expect(isVagueLinkText('Les mer')).toBe(true);
    expect(isVagueLinkText('click here.')).toBe(true);
    expect(isVagueLinkText('Les mer om bioraffinering')).toBe(false);
  });

  it("points a link to the other language at the page in the page's own language", () => {
    const translations = new Map([
      ['/en/solutions/a/', '/losninger/a/'],
      ['/losninger/a/', '/en/solutions/a/'],
    ]);
    expect(sameLanguageTarget('/en/solutions/a/', 'nb', translations)).toBe('/losninger/a/');
    expect(sameLanguageTarget('/en/solutions/a/#x', 'nb', translations)).toBe('/losninger/a/');
    expect(sameLanguageTarget('/losninger/a/', 'nb', translations)).toBeNull();
    expect(sameLanguageTarget('/en/solutions/only-english/', 'nb', translations)).toBeNull();
    expect(sameLanguageTarget('https://example.org/en/', 'nb', translations)).toBeNull();
  });
});
