// The open data: /data/losninger.json, /en/data/solutions.json, the members likewise (one file
// per kind with open data and language), and the JSON Schemas of the records under /data/schema/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { dataFile } from '../data/open-data';
import { loadSite } from '../data/site';
import { LANGS, type Lang } from '../i18n/langs';
import { OPEN_DATA_KINDS, type OpenDataKind } from '../lib/content-kinds';
import { dataDocument, RECORD_SCHEMAS } from '../lib/open-data';
import { dataSchemaPath, openDataPath } from '../lib/urls';

type Props = { kind: OpenDataKind } & ({ lang: Lang } | { schema: true });
const param = (path: string) => path.slice(1, -'.json'.length);

export const getStaticPaths = (() =>
  OPEN_DATA_KINDS.flatMap((kind) => [
    ...LANGS.map((lang) => ({ params: { data: param(openDataPath(kind, lang)) }, props: { kind, lang } })),
    { params: { data: param(dataSchemaPath(kind)) }, props: { kind, schema: true } },
  ])) satisfies GetStaticPaths;

const json = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

export const GET: APIRoute<Props> = async ({ props, site }) => {
  if ('schema' in props) return json(z.toJSONSchema(dataDocument(RECORD_SCHEMAS[props.kind])));
  return json(dataFile(await loadSite(), props.kind, props.lang, site));
};
