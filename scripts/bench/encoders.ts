// npm run bench:encoders [-- CONTENT_DIR] [-- --format=avif]: what each encoder setting costs and gives, on the
// benchmark's photo-like pictures and the content's own main pictures: milliseconds per file,
// bytes, and SSIM against the losslessly resized picture (1 is identical; ssim.js compares
// luminance, so chroma subsampling does not show in it), at each width the pages use. The
// settings in astro.config.mjs were chosen from this table (docs/performance.md).
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { ssim } from 'ssim.js';
import { PICTURE_WIDTHS } from '../../src/lib/responsive-pictures';
import { pictureMaker } from './pictures';

type Encode = (image: Sharp) => Sharp;

/** Candidate settings per format; the first of each is sharp's default (what Astro used before). */
const SETTINGS: [format: string, setting: string, encode: Encode][] = [
  ['avif', 'effort 4, quality 50, 4:4:4 (default)', (s) => s.avif()],
  ['avif', 'effort 2, quality 50', (s) => s.avif({ effort: 2 })],
  ['avif', 'effort 0, quality 50', (s) => s.avif({ effort: 0 })],
  ['avif', 'effort 1, quality 50', (s) => s.avif({ effort: 1 })],
  ['avif', 'effort 0, quality 55', (s) => s.avif({ effort: 0, quality: 55 })],
  ['avif', 'effort 2, quality 50, 4:2:0', (s) => s.avif({ effort: 2, chromaSubsampling: '4:2:0' })],
  ['avif', 'effort 1, quality 50, 4:2:0', (s) => s.avif({ effort: 1, chromaSubsampling: '4:2:0' })],
  ['avif', 'effort 0, quality 50, 4:2:0', (s) => s.avif({ effort: 0, chromaSubsampling: '4:2:0' })],
  ['webp', 'effort 4, quality 80 (default)', (s) => s.webp()],
  ['webp', 'effort 2, quality 80', (s) => s.webp({ effort: 2 })],
  ['webp', 'effort 0, quality 80', (s) => s.webp({ effort: 0 })],
  ['jpeg', 'quality 80 (default, chosen for the fallback)', (s) => s.jpeg()],
  ['jpeg', 'quality 80, mozjpeg', (s) => s.jpeg({ mozjpeg: true })],
];

const GENERATED = 6;

/** The content's main pictures: the hero.jpg and photo.jpg files beside the entries. */
function contentPictures(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /^(hero|photo)\.(jpe?g|png|webp)$/i.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** RGBA pixels, as SSIM reads them. */
async function pixels(image: Sharp) {
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

const args = process.argv.slice(2);
const contentDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'content');
const only = args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length);
const make = await pictureMaker();
const groups = {
  generated: await Promise.all(Array.from({ length: GENERATED }, (_, i) => make(i + 1))),
  content: contentPictures(contentDir),
};
console.log(
  `${groups.generated.length} generated pictures and ${groups.content.length} from ${contentDir},` +
    ` at widths ${PICTURE_WIDTHS.join(', ')}\n`,
);

/** One setting on a group of pictures: ms per file, KB per picture (all widths together), mean SSIM. */
async function measure(originals: (string | Buffer)[], encode: Encode) {
  let ms = 0;
  let bytes = 0;
  let similarity = 0;
  let files = 0;
  for (const original of originals) {
    for (const width of PICTURE_WIDTHS) {
      const resized = () => sharp(original).resize({ width, withoutEnlargement: true });
      const start = performance.now();
      const encoded = await encode(resized()).toBuffer();
      ms += performance.now() - start;
      bytes += encoded.length;
      similarity += ssim(await pixels(resized()), await pixels(sharp(encoded))).mssim;
      files++;
    }
  }
  return { ms: ms / files, kb: bytes / originals.length / 1024, ssim: similarity / files };
}

// One thread for the encoder, as when Astro encodes two pictures at once on two cores.
sharp.concurrency(1);
console.log('| format | setting | ms per file | KB per picture, generated / content | SSIM, generated / content |');
console.log('|---|---|---|---|---|');
for (const [format, setting, encode] of SETTINGS.filter(([format]) => !only || format === only)) {
  const generated = await measure(groups.generated, encode);
  const content = await measure(groups.content, encode);
  const ms =
    (generated.ms * groups.generated.length + content.ms * groups.content.length) /
    (groups.generated.length + groups.content.length);
  const kb = `${generated.kb.toFixed(1)} / ${content.kb.toFixed(1)}`;
  console.log(
    `| ${format} | ${setting} | ${ms.toFixed(0)} | ${kb} | ${generated.ssim.toFixed(4)} / ${content.ssim.toFixed(4)} |`,
  );
}
