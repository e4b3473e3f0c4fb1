// The open data: /data/losninger.json, /en/data/solutions.json, the members likewise, and
// the JSON Schemas of the records under /data/schema/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { dataFile } from '../data/open-data';
import { loadSite } from '../data/site';
import { LANGS, type Lang } from '../i18n/langs';
import { dataDocument, memberRecordSchema, solutionRecordSchema } from '../lib/open-data';
import { dataSchemaPath, openDataPath } from '../lib/urls';

type Props = { file: 'solutions' | 'members'; lang: Lang } | { schema: 'solution' | 'member' };
const param = (path: string) => path.slice(1, -'.json'.length);

export const getStaticPaths = (() => [
  ...LANGS.flatMap((lang) =>
    (['solutions', 'members'] as const).map((file) => ({
      params: { data: param(openDataPath(file, lang)) },
      props: { file, lang },
    })),
  ),
  ...(['solution', 'member'] as const).map((schema) => ({
    params: { data: param(dataSchemaPath(schema)) },
    props: { schema },
  })),
]) satisfies GetStaticPaths;

const json = (body: unknown) =>
  new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

export const GET: APIRoute<Props> = async ({ props, site }) => {
  if ('schema' in props)
    return json(z.toJSONSchema(dataDocument(props.schema === 'solution' ? solutionRecordSchema : memberRecordSchema)));
  return json(dataFile(await loadSite(), props.file, props.lang, site));
};
