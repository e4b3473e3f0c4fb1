// Geometry of the build-time bar charts: pure numbers, so the SVG component only draws.

export interface BarInput {
  label: string;
  value: number;
}

export interface Bar extends BarInput {
  /** Top of the row (the label sits here, the bar below it). */
  y: number;
  /** Width of the bar; zero stays zero, anything else is at least visible. */
  width: number;
}

export interface BarLayout {
  bars: Bar[];
  width: number;
  height: number;
  barHeight: number;
  labelHeight: number;
}

/** Horizontal bars, one row each: a label line, then a bar scaled to the largest value. */
export function barLayout(
  rows: readonly BarInput[],
  width = 400,
  labelHeight = 20,
  barHeight = 14,
  gap = 10,
): BarLayout {
  const max = Math.max(1, ...rows.map((r) => r.value));
  // Room on the right for the value written after the bar.
  const track = width - 40;
  const rowHeight = labelHeight + barHeight + gap;
  const bars = rows.map((row, i) => ({
    ...row,
    y: i * rowHeight,
    width: row.value === 0 ? 0 : Math.max(2, Math.round((row.value / max) * track)),
  }));
  return { bars, width, height: Math.max(0, rows.length * rowHeight - gap), barHeight, labelHeight };
}

/** Count how many items have each key, in the order of `keys`. */
export function countBy<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[],
  keys: readonly string[],
): Record<string, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0]));
  for (const item of items) for (const key of keysOf(item)) if (key in counts) counts[key]! += 1;
  return counts;
}
