// Draws social cards (Open Graph images) in the site's own font with Skia (@napi-rs/canvas)
// and encodes them as JPEG off the main thread, into a cache kept between builds.
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts, loadImage, type Canvas, type Image, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import { fileFingerprint } from '../lib/file-fingerprint';
import { memoize } from '../lib/memoize';
import { writeAtomically } from '../lib/write-atomically';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardFont, type CardLayout, type CardText } from './layout';
import layoutCode from './layout.ts?raw';
import drawingCode from './drawing.ts?raw';

/** The card font: Inter's Latin files, which cover æ, ø, å, « » and dashes. */
export const CARD_FONT_FILES = {
  400: '@fontsource/inter/files/inter-latin-400-normal.woff',
  700: '@fontsource/inter/files/inter-latin-700-normal.woff',
} as const;

/** A family name of our own, so that no system font of the same name can stand in. */
const FAMILY = 'Utstillingsvindu Card Inter';
const JPEG_QUALITY = 80;

const require = createRequire(import.meta.url);
const canvasVersion = (require('@napi-rs/canvas/package.json') as { version: string }).version;
let fontHash: Promise<string> | undefined;

/** Registers the card font once per process and returns a hash of its files (for the cache key). */
function loadFonts(): Promise<string> {
  fontHash ??= (async () => {
    const hash = createHash('sha256');
    for (const file of Object.values(CARD_FONT_FILES)) {
      const path = require.resolve(file);
      if (!GlobalFonts.registerFromPath(path, FAMILY))
        throw new Error(`The social card font ${path} could not be loaded.`);
      hash.update(await readFile(path));
    }
    return hash.digest('hex');
  })();
  return fontHash;
}

const cssFont = (font: CardFont) => `${font.weight} ${font.size}px "${FAMILY}"`;

/** The font the one canvas is set to: setting it costs more than measuring a line, and a card measures hundreds. */
let currentFont = '';

function useFont(context: SKRSContext2D, font: CardFont): void {
  const css = cssFont(font);
  const spacing = `${font.letterSpacing}px`;
  if (currentFont === `${css} ${spacing}`) return;
  context.font = css;
  context.letterSpacing = spacing;
  currentFont = `${css} ${spacing}`;
}

const makeFolder = memoize((dir: string) => mkdir(dir, { recursive: true }));

/**
 * A picture cropped to fill its box, as a file: sharp decodes any format the site takes and
 * finds the part that draws the eye; Skia then reads the small JPEG. The crop is kept beside the
 * cards, so the cards of an entry in both languages (and its card after a new title) share it;
 * pixels are not kept in memory, as a large site has thousands of pictures.
 */
async function croppedPicture(box: PictureBox, cacheDir: string): Promise<string> {
  const key = createHash('sha256')
    .update(await fileFingerprint(box.file))
    .update(JSON.stringify({ box: [box.width, box.height], CROP, sharp: sharp.versions }))
    .digest('hex');
  const file = join(cacheDir, 'crops', `${key}.jpg`);
  // Both languages' cards may be drawn at once: the second waits for the first one's crop.
  if (!crops.has(file)) crops.set(file, crop(box, file));
  await crops.get(file);
  return file;
}

interface PictureBox {
  width: number;
  height: number;
  file: string;
}

/** How a picture is cropped; the crop is saved nearly losslessly, as the card is encoded once more. */
const CROP = { position: 'attention', quality: 95 } as const;
const crops = new Map<string, Promise<unknown>>();

async function crop(box: PictureBox, file: string) {
  if (await exists(file)) return;
  await makeFolder(dirname(file));
  await writeAtomically(file, (partial) =>
    sharp(box.file)
      .rotate()
      .resize(box.width, box.height, { fit: 'cover', position: CROP.position })
      .jpeg({ quality: CROP.quality })
      .toFile(partial),
  );
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

// One canvas for all cards: `encode` takes a copy of the pixels before it returns, so the next
// card can be drawn at once, and thousands of 3 MB canvases do not keep the garbage collector busy.
let canvas: Canvas | undefined;

/**
 * Everything besides the words and the fonts that decides how a card looks: this code and the
 * layout's (their own text, so that a change to either makes every card anew), the encoders and
 * their settings.
 */
const MAKING = createHash('sha256')
  .update(layoutCode)
  .update(drawingCode)
  .update(JSON.stringify({ JPEG_QUALITY, CROP, canvas: canvasVersion, sharp: sharp.versions }))
  .digest('hex');

/**
 * Draws a card into a folder kept between builds, unless an identical card is there already,
 * and returns its file. Cards are named by everything that decides how they look (the words,
 * the picture's contents, the fonts and MAKING), so an unchanged card is found before it is
 * laid out, and never drawn twice.
 */
export async function drawCard(text: CardText, cacheDir: string): Promise<string> {
  const fonts = await loadFonts();
  const key = createHash('sha256')
    .update(JSON.stringify({ ...text, picture: text.picture && (await fileFingerprint(text.picture)) }))
    .update(fonts)
    .update(MAKING)
    .digest('hex');
  const file = join(cacheDir, `${key}.jpg`);
  if (await exists(file)) return file;
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = canvas.getContext('2d');
  const layout = layoutCard(text, (line, font) => {
    useFont(context, font);
    return context.measureText(line).width;
  });
  const picture = layout.picture;
  const image = picture && (await loadImage(await croppedPicture(picture, cacheDir)));
  // No await between drawing and encoding, so no other card can draw in between.
  draw(context, layout, image);
  const jpeg = await canvas.encode('jpeg', JPEG_QUALITY);
  await makeFolder(cacheDir);
  await writeAtomically(file, (partial) => writeFile(partial, jpeg));
  return file;
}

// Every card has the same background: drawn once and then copied, which makes encoding a card
// several times cheaper on the main thread.
const backgroundOf = memoize((colours: string): Canvas => {
  const [from, to] = colours.split(' ') as [string, string];
  const background = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = background.getContext('2d');
  const gradient = context.createLinearGradient(0, 0, CARD_WIDTH, CARD_HEIGHT);
  gradient.addColorStop(0, from);
  gradient.addColorStop(1, to);
  context.fillStyle = gradient;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  return background;
});

function draw(context: SKRSContext2D, layout: CardLayout, image: Image | undefined): void {
  context.drawImage(backgroundOf(layout.background.join(' ')), 0, 0);
  if (layout.picture && image) {
    const { x, y, width, height } = layout.picture;
    context.drawImage(image, x, y, width, height);
  }
  context.textBaseline = 'top';
  for (const line of layout.lines) {
    useFont(context, line.font);
    context.fillStyle = line.color;
    context.fillText(line.text, line.x, line.y);
  }
}
