// The press pictures: the original of each entry's main picture, beside its page, with its
// credit and licence inside the file (src/data/press-pictures.ts).
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pressPictureFile, pressPictures, type PressPicture } from '../data/press-pictures';
import { loadSite } from '../data/site';

export const getStaticPaths = (async () =>
  pressPictures(await loadSite()).map((press) => ({
    params: { picture: press.path.slice(1) },
    props: { press },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ press: PressPicture }> = async ({ props }) =>
  new Response(new Uint8Array(await readFile((await pressPictureFile(props.press)).file)));
