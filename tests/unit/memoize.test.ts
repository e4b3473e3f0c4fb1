import { describe, expect, it } from 'vitest';
import { memoize } from '../../src/lib/memoize';

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
