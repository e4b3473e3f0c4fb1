// The press pictures of the site (src/lib/press-pictures.ts): which pages have one, where it
// is, and the file itself, made once per build (the download, the feeds and the structured data
// all use it) and placed beside its page (src/data/placed-files.ts).
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { imageMetadata } from './image-metadata';
import { placeFile } from './placed-files';
import type { Site, SiteRoute, Solution, ViewRoute } from './site';
import { t } from '../i18n/ui';
import { fileFingerprint } from '../lib/file-fingerprint';
import { memoizePerObject } from '../lib/memoize';
import { writeAtomically } from '../lib/write-atomically';
import { fill } from '../lib/template';
import { withJpegMetadata } from '../lib/jpeg-metadata';
import {
  exifFieldsOf,
  exifOf,
  pressPictureName,
  savedFormat,
  xmpOf,
  type PictureFacts,
  type SavedFormat,
} from '../lib/press-pictures';

export type Picture = Solution['data']['hero'];

/** The kinds of page that show a main picture, and the press box with it. */
const ARTICLE_VIEWS = ['solution', 'story', 'news', 'project', 'event'] as const;
export type ArticleRoute = ViewRoute<(typeof ARTICLE_VIEWS)[number]>;

export const isArticleRoute = (route: SiteRoute): route is ArticleRoute =>
  (ARTICLE_VIEWS as readonly string[]).includes(route.view);

/** The main picture of an entry: a solution's hero, the optional picture of the others. */
export function mainPicture(route: ArticleRoute): Picture | undefined {
  return route.view === 'solution' ? route.entry.data.hero : route.entry.data.image;
}

export interface PressPicture {
  /** Site path of the file, beside its page: "/losninger/protein-fra-halm/protein-fra-halm_kari-nordmann.jpg". */
  path: string;
  fileName: string;
  format: SavedFormat;
  picture: Picture;
  lang: ArticleRoute['lang'];
}

/**
 * The press picture of a page, if it is an entry page with a picture. Found once per route: the
 * page, its feeds, the open data and the build's list of outputs all ask.
 */
export const pressPictureOf = memoizePerObject((route: SiteRoute): PressPicture | null => {
  if (!isArticleRoute(route)) return null;
  const picture = mainPicture(route);
  if (!picture) return null;
  const { format: originalFormat } = imageMetadata(picture.src);
  const fileName = pressPictureName(route.entry.data.slug, picture.credit, originalFormat);
  const format = savedFormat(originalFormat);
  return { path: `${route.path}${fileName}`, fileName, format, picture, lang: route.lang };
});

/** What the download is, for its link: "JPG, 2400 × 1600 piksler". */
export function fileFacts({ fileName, picture, lang }: PressPicture): string {
  const format = fileName.slice(fileName.lastIndexOf('.') + 1).toUpperCase();
  const { width, height } = imageMetadata(picture.src);
  return fill(t(lang).pressImageFormat, { format, width, height });
}

export const pressPictures = (site: Site): PressPicture[] =>
  site.routes.flatMap((route) => pressPictureOf(route) ?? []);

/** Where Astro's image import keeps the original file (not part of its public type). */
export const originalFileOf = (picture: Picture | undefined) =>
  (picture?.src as { fsPath?: string } | undefined)?.fsPath;

/**
 * The made files, kept between builds in Astro's cache folder (a temporary folder in `astro
 * dev`) under a name made from all that decides them, so an unchanged picture is made once;
 * and in memory only as a path and a size, so a site of thousands of pictures holds none of them.
 */
const folder = join(import.meta.env.BUILD_CACHE_DIR ?? tmpdir(), 'press-pictures');
const made = new Map<string, Promise<MadeFile>>();

export interface MadeFile {
  file: string;
  bytes: number;
}

/**
 * The file: the original at full size with the credit, licence and description in EXIF and XMP;
 * metadata the original had (camera, colour profile) stays. A JPEG keeps its own bytes; other
 * formats (and a JPEG whose EXIF is full) are saved again by sharp, JPEG at quality 95, fit for print.
 */
export function pressPictureFile(press: PressPicture): Promise<MadeFile> {
  if (!made.has(press.path)) made.set(press.path, make(press));
  return made.get(press.path)!;
}

/** Places the press picture beside its page, in a build. */
export const placePressPicture = (press: PressPicture): Promise<void> =>
  placeFile(press.path, async () => (await pressPictureFile(press)).file);

const QUALITY = { jpeg: 95 } as const;
/** Raised when the way a file is made changes, so that no file made the old way is used. */
const MAKING = 2;

async function make({ path, format, picture, lang }: PressPicture): Promise<MadeFile> {
  const original = originalFileOf(picture);
  if (!original) throw new Error(`The original file of the picture for ${path} cannot be found.`);
  const facts = {
    credit: picture.credit,
    rights: `${picture.credit}. ${t(lang).licence}: ${picture.licence}.`,
    description: picture.alt,
    lang,
  };
  const key = createHash('sha256')
    .update(await fileFingerprint(original))
    .update(JSON.stringify({ facts, format, QUALITY, MAKING, sharp: sharp.versions }))
    .digest('hex');
  const file = join(folder, `${key}.${format}`);
  const known = await stat(file).catch(() => null);
  if (known) return { file, bytes: known.size };
  await mkdir(folder, { recursive: true });
  const bytes = await writeAtomically(
    file,
    async (partial) =>
      (format === 'jpeg' && (await writeJpeg(original, facts, partial))) ||
      (await encode(original, format, facts, partial)),
  );
  return { file, bytes };
}

/** Decodes the picture and saves it again with the facts in its metadata; returns the file's size. */
async function encode(original: string, format: SavedFormat, facts: PictureFacts, file: string): Promise<number> {
  const { size } = await sharp(original)
    .keepMetadata()
    .withExifMerge(exifOf(facts))
    .withXmp(xmpOf(facts))
    .toFormat(format, format === 'jpeg' ? { quality: QUALITY.jpeg } : {})
    .toFile(file);
  return size;
}

/**
 * A JPEG original is written as it is, with the facts spliced into its metadata: the maker's
 * own bytes, and no decoding. Returns the file's size, or 0 when its EXIF is too full to take
 * them (a camera's thumbnail can fill the 64 KB segment); then it is saved again by sharp.
 */
async function writeJpeg(original: string, facts: PictureFacts, file: string): Promise<number> {
  let saved: Buffer;
  try {
    saved = withJpegMetadata(await readFile(original), exifFieldsOf(facts), xmpOf(facts));
  } catch (error) {
    if (error instanceof RangeError) return 0;
    throw error;
  }
  await writeFile(file, saved);
  return saved.length;
}
