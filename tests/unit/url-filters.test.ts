import { describe, expect, it } from 'vitest';
import {
  anyFilter,
  appendFilters,
  facetCount,
  filtersOf,
  passes,
  readChoices,
  readFilters,
  writeChoices,
} from '../../src/lib/url-filters';

const KEYS = ['theme', 'stage'] as const;

describe('filters in the URL', () => {
  it('reads and writes repeated keys, ignoring others and empty values', () => {
    const filters = readFilters(new URLSearchParams('theme=a&theme=b&stage=&x=1'), KEYS);
    expect(filters).toEqual({ theme: ['a', 'b'], stage: [] });
    expect(appendFilters(new URLSearchParams('q=1'), KEYS, filters).toString()).toBe('q=1&theme=a&theme=b');
    expect(anyFilter(KEYS, filters)).toBe(true);
    expect(anyFilter(KEYS, { theme: [], stage: [] })).toBe(false);
  });

  it('passes items with any chosen value within a key and every key', () => {
    const item = { theme: ['a', 'c'], stage: ['s1'] };
    expect(passes(item, KEYS, { theme: [], stage: [] })).toBe(true);
    expect(passes(item, KEYS, { theme: ['b', 'c'], stage: [] })).toBe(true);
    expect(passes(item, KEYS, { theme: ['a'], stage: ['s2'] })).toBe(false);
    expect(passes({ theme: ['a'] }, KEYS, { theme: ['a'], stage: ['s1'] })).toBe(false);
  });

  it("counts each value against the other keys' filters only", () => {
    const items = [
      { theme: ['a'], stage: ['s1'] },
      { theme: ['b'], stage: ['s1'] },
      { theme: ['b'], stage: ['s2'] },
    ];
    const filters = { theme: ['a'], stage: ['s1'] };
    expect(facetCount(items, KEYS, filters, 'theme', 'b')).toBe(1);
    expect(facetCount(items, KEYS, filters, 'theme', 'a')).toBe(1);
    expect(facetCount(items, KEYS, filters, 'stage', 's2')).toBe(0);
    expect(facetCount(items, KEYS, { theme: [], stage: [] }, 'theme', 'b')).toBe(2);
  });
});

describe('choices in either language', () => {
  const options = [
    { key: 'theme', id: 'biorefining', words: { nb: 'bioraffinering', en: 'biorefining' } },
    { key: 'theme', id: 'feed', words: { nb: 'for', en: 'feed' } },
    { key: 'maturity', id: 'commercial', words: { nb: 'kommersiell', en: 'commercial' } },
  ];
  const [refining, feed, commercial] = options;

  it('reads ids and words of either language, in the order of the URL, each once', () => {
    const params = new URLSearchParams('maturity=Kommersiell&theme=feed&theme=bioraffinering&theme=for');
    expect(readChoices(params, options)).toEqual([commercial, feed, refining]);
  });

  it('leaves out values that name no option, and words of another key', () => {
    expect(readChoices(new URLSearchParams('theme=kommersiell&theme=fish&stage=feed'), options)).toEqual([]);
  });

  it('tells æ, ø and å from a, o and a', () => {
    const fish = { key: 'theme', id: 'fish', words: { nb: 'fisk-og-sjø', en: 'fish' } };
    expect(readChoices(new URLSearchParams('theme=fisk-og-sjo'), [fish])).toEqual([]);
    expect(readChoices(new URLSearchParams('theme=FISK-OG-SJØ'), [fish])).toEqual([fish]);
  });

  it('writes the choices in a language’s words, in the order they were chosen', () => {
    expect(writeChoices([commercial!, refining!], 'nb').toString()).toBe('maturity=kommersiell&theme=bioraffinering');
    expect(writeChoices([commercial!, refining!], 'en').toString()).toBe('maturity=commercial&theme=biorefining');
  });

  it('gives the filters by key as ids', () => {
    expect(filtersOf([commercial!, refining!, feed!], ['theme', 'maturity', 'stage'])).toEqual({
      theme: ['biorefining', 'feed'],
      maturity: ['commercial'],
      stage: [],
    });
  });
});
