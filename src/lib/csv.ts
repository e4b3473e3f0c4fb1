// The open data as CSV, for spreadsheets: one row per record, one column per field of its JSON
// Schema, named by its path ("stage.name", "impact.value"). A list gives one cell with its values
// joined by "; ", so every record stays on one row. The columns come from the schema, never from
// the records, so a file has the same columns whatever its content (and a header without records).
import { stringify } from 'csv-stringify/sync';

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

export interface Column {
  name: string;
  path: string[];
}

/** The schema itself, without the "or null" that nullable fields add. */
const withoutNull = (schema: JsonSchema): JsonSchema =>
  schema.anyOf?.find((option) => option.type !== 'null') ?? schema;

export function csvColumns(schema: JsonSchema, path: string[] = []): Column[] {
  const own = withoutNull(schema);
  if (own.properties)
    return Object.entries(own.properties).flatMap(([key, field]) => csvColumns(field, [...path, key]));
  if (own.items) return csvColumns(own.items, path);
  return [{ name: path.join('.'), path }];
}

/** The values at a path, through lists. */
function valuesAt(value: unknown, path: string[]): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesAt(item, path));
  if (value === null || value === undefined) return [];
  const [key, ...rest] = path;
  if (key === undefined) return [value];
  return typeof value === 'object' ? valuesAt((value as Record<string, unknown>)[key], rest) : [];
}

export const LIST_SEPARATOR = '; ';

/**
 * The CSV text: a header and a row per record, RFC 4180 quoting, with a byte-order mark so that
 * spreadsheet programs read æ, ø and å as UTF-8.
 */
export function toCsv(records: readonly object[], columns: readonly Column[]): string {
  const rows = records.map((record) =>
    columns.map((column) => valuesAt(record, column.path).map(String).join(LIST_SEPARATOR)),
  );
  return stringify([columns.map((column) => column.name), ...rows], { bom: true, record_delimiter: 'windows' });
}
