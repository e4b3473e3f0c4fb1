import { describe, expect, it } from 'vitest';
import { balancedRows, rowLengthOfEach } from '../../src/lib/balanced-rows';

describe('balanced rows', () => {
  it('fills as few rows as the width allows, as evenly as can be', () => {
    expect(balancedRows(7, 4)).toEqual([4, 3]);
    expect(balancedRows(7, 3)).toEqual([3, 2, 2]);
    expect(balancedRows(6, 4)).toEqual([3, 3]);
    expect(balancedRows(8, 4)).toEqual([4, 4]);
    expect(balancedRows(2, 4)).toEqual([2]);
    expect(balancedRows(0, 4)).toEqual([]);
  });

  it('leaves no row more than one item shorter than another, for any count', () => {
    for (let count = 1; count <= 40; count++) {
      for (let max = 1; max <= 6; max++) {
        const rows = balancedRows(count, max);
        expect(rows.reduce((sum, n) => sum + n, 0)).toBe(count);
        expect(Math.max(...rows)).toBeLessThanOrEqual(max);
        expect(Math.max(...rows) - Math.min(...rows)).toBeLessThanOrEqual(1);
        expect(rows.length).toBe(Math.ceil(count / max));
      }
    }
  });

  it('gives each item the length of its row', () => {
    expect(rowLengthOfEach(5, 3)).toEqual([3, 3, 3, 2, 2]);
  });
});
