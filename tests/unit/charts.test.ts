import { describe, expect, it } from 'vitest';
import { barLayout, countBy } from '../../src/lib/charts';

describe('bar chart layout', () => {
  it('scales bars to the largest value and stacks the rows', () => {
    const layout = barLayout(
      [
        { label: 'A', value: 4 },
        { label: 'B', value: 2 },
        { label: 'C', value: 0 },
      ],
      400,
      20,
      14,
      10,
    );
    expect(layout.bars.map((b) => b.width)).toEqual([360, 180, 0]);
    expect(layout.bars.map((b) => b.y)).toEqual([0, 44, 88]);
    expect(layout.height).toBe(122);
  });

  it('keeps a small value visible', () => {
    expect(
      barLayout([
        { label: 'A', value: 1000 },
        { label: 'B', value: 1 },
      ]).bars[1]?.width,
    ).toBe(2);
  });

  it('handles an empty chart', () => {
    expect(barLayout([])).toMatchObject({ bars: [], height: 0 });
  });
});

describe('counting', () => {
  it('counts items per key in the given order, ignoring unknown keys', () => {
    const items = [{ t: ['a', 'b'] }, { t: ['b'] }, { t: ['x'] }];
    expect(countBy(items, (i) => i.t, ['b', 'a', 'c'])).toEqual({ b: 2, a: 1, c: 0 });
  });
});
