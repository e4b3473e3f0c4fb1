// Rows of cards without a lone straggler: seven figures in at most four columns are laid out
// 4 + 3, in at most three 3 + 2 + 2, never 3 + 3 + 1 or 5 + 2.

/** The number of items in each row: as few rows as `max` allows, their lengths as equal as can be. */
export function balancedRows(count: number, max: number): number[] {
  if (count <= 0) return [];
  const rows = Math.ceil(count / max);
  const shortest = Math.floor(count / rows);
  const longer = count % rows;
  return Array.from({ length: rows }, (_, row) => (row < longer ? shortest + 1 : shortest));
}

/** Each item's row length, in order: the share of the row each item takes is 1 / its row's length. */
export function rowLengthOfEach(count: number, max: number): number[] {
  return balancedRows(count, max).flatMap((length) => Array<number>(length).fill(length));
}
