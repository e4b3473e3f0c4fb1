import { describe, expect, it } from 'vitest';
import { anyFilter, appendFilters, facetCount, passes, readFilters } from '../../src/lib/url-filters';

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
