// The press pictures in `astro dev`. A build places them beside their pages without passing
// their bytes through Astro (src/data/press-pictures.ts, placePressPicture), so it has none here.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pressPictureFile, pressPictures, type PressPicture } from '../data/press-pictures';
import { loadSite } from '../data/site';

export const getStaticPaths = (async () =>
  import.meta.env.DEV
    ? pressPictures(await loadSite()).map((press) => ({ params: { picture: press.path.slice(1) }, props: { press } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ press: PressPicture }> = async ({ props }) =>
  new Response(new Uint8Array(await readFile((await pressPictureFile(props.press)).file)));
