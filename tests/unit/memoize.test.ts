import { describe, expect, it } from 'vitest';
import { memoize, memoizePerObject } from '../../src/lib/memoize';

describe('memoize', () => {
  it('computes each result once and returns the same one after', () => {
    let calls = 0;
    const double = memoize((n: number) => ({ value: 2 * n, call: ++calls }));
    expect(double(2)).toEqual({ value: 4, call: 1 });
    expect(double(3)).toEqual({ value: 6, call: 2 });
    expect(double(2)).toBe(double(2));
    expect(calls).toBe(2);
  });
});

describe('memoizePerObject', () => {
  it("computes each object's result once, and tells objects apart, not their contents", () => {
    let calls = 0;
    const count = memoizePerObject((site: { routes: number[] }) => ({ pages: site.routes.length, call: ++calls }));
    const site = { routes: [1, 2, 3] };
    expect(count(site)).toEqual({ pages: 3, call: 1 });
    expect(count(site)).toBe(count(site));
    expect(count({ routes: [1, 2, 3] })).toEqual({ pages: 3, call: 2 });
  });
});
