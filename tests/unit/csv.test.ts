import { parse } from 'csv-parse/sync';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { csvColumns, toCsv } from '../../src/lib/csv';

const schema = z.object({
  id: z.string(),
  stage: z.object({ id: z.string(), name: z.string() }),
  themes: z.array(z.object({ id: z.string(), name: z.string() })),
  sdgs: z.array(z.number()),
  contact: z.object({ email: z.string() }).nullable(),
  sample: z.boolean(),
});
const columns = csvColumns(z.toJSONSchema(schema) as Parameters<typeof csvColumns>[0]);

describe('open data as CSV', () => {
  it('has a column per field of the schema, named by its path', () => {
    expect(columns.map((c) => c.name)).toEqual([
      'id',
      'stage.id',
      'stage.name',
      'themes.id',
      'themes.name',
      'sdgs',
      'contact.email',
      'sample',
    ]);
  });

  it('writes a row per record, lists joined in one cell, quoting what needs it, readable as UTF-8', () => {
    const csv = toCsv(
      [
        {
          id: 'halm',
          stage: { id: 'feed', name: 'Fôr, «kraftfôr»' },
          themes: [
            { id: 'a', name: 'Bioraffinering' },
            { id: 'b', name: 'Fôr "nytt"' },
          ],
          sdgs: [2, 12],
          contact: null,
          sample: true,
        },
      ],
      columns,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toEqual([
      columns.map((c) => c.name),
      ['halm', 'feed', 'Fôr, «kraftfôr»', 'a; b', 'Bioraffinering; Fôr "nytt"', '2; 12', '', 'true'],
    ]);
  });

  it('has the header even without records', () => {
    expect(parse(toCsv([], columns), { bom: true })).toEqual([columns.map((c) => c.name)]);
  });
});
