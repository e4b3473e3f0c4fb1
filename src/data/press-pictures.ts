// The press pictures of the site (src/lib/press-pictures.ts): which pages have one, where it
// is, and the file itself, made once per build (the download, the feeds and the structured data
// all use it).
import sharp from 'sharp';
import type { Site, SiteRoute, Solution, ViewRoute } from './site';
import { t } from '../i18n/ui';
import { fill } from '../lib/template';
import { exifOf, pressPictureName, savedFormat, xmpOf, type SavedFormat } from '../lib/press-pictures';

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

/** The press picture of a page, if it is an entry page with a picture. */
export function pressPictureOf(route: SiteRoute): PressPicture | null {
  if (!isArticleRoute(route)) return null;
  const picture = mainPicture(route);
  if (!picture) return null;
  const fileName = pressPictureName(route.entry.data.slug, picture.credit, picture.src.format);
  const format = savedFormat(picture.src.format);
  return { path: `${route.path}${fileName}`, fileName, format, picture, lang: route.lang };
}

/** What the download is, for its link: "JPG, 2400 × 1600 piksler". */
export function fileFacts({ fileName, picture, lang }: PressPicture): string {
  const format = fileName.slice(fileName.lastIndexOf('.') + 1).toUpperCase();
  return fill(t(lang).pressImageFormat, { format, width: picture.src.width, height: picture.src.height });
}

export const pressPictures = (site: Site): PressPicture[] =>
  site.routes.flatMap((route) => pressPictureOf(route) ?? []);

/** Where Astro's image import keeps the original file (not part of its public type). */
export const originalFileOf = (picture: Picture | undefined) =>
  (picture?.src as { fsPath?: string } | undefined)?.fsPath;

/** Files made in this build, by path: the download, the feeds and the structured data share them. */
const made = new Map<string, Promise<Buffer>>();

/**
 * The file: the original's pixels at full size with the credit, licence and description in EXIF
 * and XMP; metadata the original had (camera, colour profile) stays. JPEG is saved at quality 95,
 * which keeps the photo as the maker sent it, fit for print.
 */
export function pressPictureFile(press: PressPicture): Promise<Buffer> {
  if (!made.has(press.path)) made.set(press.path, encode(press));
  return made.get(press.path)!;
}

async function encode({ path, format, picture, lang }: PressPicture): Promise<Buffer> {
  const file = originalFileOf(picture);
  if (!file) throw new Error(`The original file of the picture for ${path} cannot be found.`);
  const facts = {
    credit: picture.credit,
    rights: `${picture.credit}. ${t(lang).licence}: ${picture.licence}.`,
    description: picture.alt,
    lang,
  };
  return sharp(file)
    .keepMetadata()
    .withExifMerge(exifOf(facts))
    .withXmp(xmpOf(facts))
    .toFormat(format, format === 'jpeg' ? { quality: 95 } : {})
    .toBuffer();
}
