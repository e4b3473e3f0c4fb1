// Pictures are what they claim to be. Every picture file in the content folder is decoded in
// full (a file cut short would be published with a grey lower part), must be the format its
// name says, and must not be SVG (an SVG can hold scripts, and would run them on the site's
// own address). A main picture lies inside the content folder and is wide enough to fill the
// page on a large screen.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import sharp from 'sharp';
import { displayPath } from './content-files';
import { fileFingerprint } from './file-fingerprint';
import { frontmatterOf, type Article, type Problem } from './content-rules';
import { PLACEHOLDER_PICTURE } from './scaffold';
import { VerdictCache, verdictKey } from './verdict-cache';

/** The narrowest main picture (hero, or the picture of a story or news item) the pages can use. */
export const MIN_MAIN_PICTURE_WIDTH = 1200;

/** The frontmatter fields that hold an entry's main picture. */
const MAIN_PICTURE_FIELDS = ['hero', 'image'];

/** The format sharp reads from a file, by the file's extension. */
const FORMATS: Record<string, string> = {
  '.jpg': 'jpeg',
  '.jpeg': 'jpeg',
  '.png': 'png',
  '.webp': 'webp',
  '.avif': 'heif',
  '.gif': 'gif',
  '.tif': 'tiff',
  '.tiff': 'tiff',
};

interface Decoded {
  width: number;
  problem?: string;
}

/** Decodes a picture in full; a damaged file or one whose name says another format gives a problem. */
async function decode(path: string, bytes: Buffer): Promise<Decoded> {
  try {
    const image = sharp(bytes, { failOn: 'truncated' });
    const { format, width = 0 } = await image.metadata();
    const expected = FORMATS[extname(path).toLowerCase()];
    if (format !== expected) {
      const named = extname(path).slice(1).toUpperCase();
      return { width, problem: `is a ${String(format).toUpperCase()} file named .${named}: save it as ${named}` };
    }
    await image.raw().toBuffer();
    return { width };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return { width: 0, problem: `cannot be read in full (${reason}): the file is damaged or cut short; save it again` };
  }
}

/**
 * Decodes every picture, several at once, and returns what each gave by its resolved path. With a
 * cache file, a verdict is kept by the file's hash and its name (the name decides the format it
 * must be), so an unchanged picture is decoded once, not in every build.
 */
async function decodeAll(paths: string[], cacheFile: string | undefined): Promise<Map<string, Decoded>> {
  const verdicts = VerdictCache.open<Decoded>(cacheFile);
  const decoded = new Map<string, Decoded>();
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < paths.length; i = next++) {
      const path = paths[i]!;
      const key = verdictKey(await fileFingerprint(path), extname(path).toLowerCase(), sharp.versions.vips);
      const result = verdicts.get(key) ?? verdicts.keep(key, await decode(path, await readFile(path)));
      decoded.set(resolve(path), result);
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, worker));
  await verdicts.save();
  return decoded;
}

function picturesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(svg|jpe?g|png|webp|avif|gif|tiff?)$/i.test(name))
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/**
 * Every problem with the pictures of a content folder and the main pictures of its entries.
 * `cacheFile` keeps the decoding verdicts between builds (see decodeAll).
 */
export async function pictureProblems(
  root: string,
  articles: readonly Article[],
  cacheFile?: string,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  const pictures = picturesUnder(root);
  const svg = (path: string) => /\.svg$/i.test(path);
  const decoded = await decodeAll(
    pictures.filter((path) => !svg(path)),
    cacheFile,
  );
  for (const path of pictures) {
    const file = displayPath(path);
    const problem = svg(path)
      ? 'is an SVG, which can hold scripts: save it as PNG or JPEG'
      : decoded.get(resolve(path))?.problem;
    if (problem) problems.push({ file, field: '(picture)', message: problem });
  }

  // The picture npm run new puts in place, which a published entry must not keep (samples may).
  const placeholder = existsSync(PLACEHOLDER_PICTURE) ? await fileFingerprint(PLACEHOLDER_PICTURE) : undefined;
  for (const article of articles) {
    const keepsPlaceholder = article.data['draft'] !== true && article.data['sample'] !== true;
    const data = frontmatterOf(article).data as Record<string, { src?: unknown } | undefined> | undefined;
    for (const field of MAIN_PICTURE_FIELDS) {
      const src = data?.[field]?.src;
      if (typeof src !== 'string') continue;
      const path = resolve(dirname(article.filePath), src);
      const place = { file: article.filePath, field: `${field}.src` };
      if (relative(resolve(root), path).startsWith('..')) {
        problems.push({
          ...place,
          message: "points outside the content folder: put the picture in the entry's folder",
        });
        continue;
      }
      if (keepsPlaceholder && placeholder && existsSync(path) && (await fileFingerprint(path)) === placeholder) {
        problems.push({
          ...place,
          message: "is the placeholder picture from npm run new: put the entry's own picture there",
        });
      }
      const width = decoded.get(path)?.width;
      if (width !== undefined && width > 0 && width < MIN_MAIN_PICTURE_WIDTH) {
        problems.push({
          ...place,
          message:
            `is ${width} px wide: a main picture needs at least ${MIN_MAIN_PICTURE_WIDTH} px ` +
            '(1600 px or more is best)',
        });
      }
    }
  }
  return problems;
}
