import { describe, expect, it } from 'vitest';
import { byName, byNewest, paginate } from '../../src/lib/sorting';

const entry = (title: string, date: string) => ({ data: { title, publishDate: new Date(date) } });

describe('sorting', () => {
  it('puts the newest first and breaks ties by title', () => {
    const sorted = [entry('B', '2026-01-01'), entry('C', '2026-05-01'), entry('A', '2026-01-01')].sort(byNewest);
    expect(sorted.map((e) => e.data.title)).toEqual(['C', 'A', 'B']);
  });

  it('sorts names the Norwegian way', () => {
    const names = ['Åkerdata', 'Zeta', 'Ørn', 'Ærfugl', 'Alfa'];
    expect([...names].sort(byName((n: string) => n, 'nb-NO'))).toEqual(['Alfa', 'Zeta', 'Ærfugl', 'Ørn', 'Åkerdata']);
  });

  it('splits a list into pages', () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});
