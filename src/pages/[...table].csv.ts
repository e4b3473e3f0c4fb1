// The open data as CSV beside each JSON file: /data/losninger.csv, /en/data/solutions.csv, …
// (src/lib/csv.ts), with the columns of the record's JSON Schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { dataFile } from '../data/open-data';
import { loadSite } from '../data/site';
import { LANGS, type Lang } from '../i18n/langs';
import { OPEN_DATA_KINDS, type OpenDataKind } from '../lib/content-kinds';
import { csvColumns, toCsv } from '../lib/csv';
import { RECORD_SCHEMAS } from '../lib/open-data';
import { openDataPath } from '../lib/urls';

export const getStaticPaths = (() =>
  OPEN_DATA_KINDS.flatMap((kind) =>
    LANGS.map((lang) => ({
      params: { table: openDataPath(kind, lang, 'csv').slice(1, -'.csv'.length) },
      props: { kind, lang },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: OpenDataKind; lang: Lang }> = async ({ props, site }) => {
  const { items } = dataFile(await loadSite(), props.kind, props.lang, site);
  const columns = csvColumns(z.toJSONSchema(RECORD_SCHEMAS[props.kind]) as Parameters<typeof csvColumns>[0]);
  return new Response(toCsv(items, columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
