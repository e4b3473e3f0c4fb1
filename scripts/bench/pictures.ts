// Deterministic photo-like pictures for the benchmark: each is a window of one textured
// "landscape" (sky above a field, detail at every scale from fields to grain), flipped and
// tinted by its own seed. They compress like photographs (1600 x 900 JPEG of about 150 KB),
// not like the flat placeholder, so picture encoding costs in the benchmark what it costs on a
// real site.
import sharp from 'sharp';
import { random } from './random';

export const PICTURE_WIDTH = 1600;
export const PICTURE_HEIGHT = 900;
/** The landscape the windows are cut from: large enough that windows rarely coincide. */
const LANDSCAPE_WIDTH = 2400;
const LANDSCAPE_HEIGHT = 1350;
const JPEG_QUALITY = 80;

/**
 * Fractal noise in [-128, 128]: random cells at every scale from a few across to single pixels,
 * upscaled smoothly and summed, each octave `fall` times as strong as the coarser one.
 */
async function fractalNoise(next: () => number, channels: 1 | 3, fall: number): Promise<Float32Array> {
  const sum = new Float32Array(LANDSCAPE_WIDTH * LANDSCAPE_HEIGHT * channels);
  let weight = 1;
  let total = 0;
  for (let cells = 4; cells <= LANDSCAPE_WIDTH; cells *= 2) {
    const width = cells;
    const height = Math.max(2, Math.round((cells * LANDSCAPE_HEIGHT) / LANDSCAPE_WIDTH));
    const grid = Buffer.alloc(width * height * channels);
    for (let i = 0; i < grid.length; i++) grid[i] = Math.floor(next() * 256);
    const upscaled = sharp(grid, { raw: { width, height, channels } }).resize(LANDSCAPE_WIDTH, LANDSCAPE_HEIGHT, {
      kernel: 'cubic',
      fit: 'fill',
    });
    // libvips would hand back a one-band picture as three bands.
    const pixels = await (channels === 1 ? upscaled.extractChannel(0) : upscaled).raw().toBuffer();
    for (let i = 0; i < sum.length; i++) sum[i]! += (pixels[i]! - 128) * weight;
    total += weight;
    weight *= fall;
  }
  for (let i = 0; i < sum.length; i++) sum[i]! /= total;
  return sum;
}

/** The landscape as raw RGB: a bright sky over a textured, darker field with a wavy horizon. */
async function landscape(): Promise<Buffer> {
  const next = random(2026);
  const light = await fractalNoise(next, 1, 0.7);
  const colour = await fractalNoise(next, 3, 0.5);
  const pixels = Buffer.alloc(LANDSCAPE_WIDTH * LANDSCAPE_HEIGHT * 3);
  for (let p = 0; p < LANDSCAPE_WIDTH * LANDSCAPE_HEIGHT; p++) {
    const x = (p % LANDSCAPE_WIDTH) / LANDSCAPE_WIDTH;
    const y = Math.floor(p / LANDSCAPE_WIDTH) / LANDSCAPE_HEIGHT;
    const horizon = 0.38 + 0.04 * Math.sin(x * 6);
    const sky = y < horizon;
    const base = sky ? [150 + 80 * y, 180 + 50 * y, 225] : [120 - 30 * (y - horizon), 130 - 20 * (y - horizon), 60];
    const texture = sky ? 1.2 : 3.2;
    for (let c = 0; c < 3; c++) {
      const value = base[c]! + texture * light[p]! + 0.8 * colour[p * 3 + c]!;
      pixels[p * 3 + c] = Math.max(0, Math.min(255, value));
    }
  }
  return pixels;
}

/** Makes pictures: `picture(seed)` is the same JPEG for the same seed, and another for another. */
export async function pictureMaker(): Promise<(seed: number) => Promise<Buffer>> {
  const pixels = await landscape();
  return async (seed) => {
    const next = random(seed);
    const left = Math.floor(next() * (LANDSCAPE_WIDTH - PICTURE_WIDTH));
    const top = Math.floor(next() * (LANDSCAPE_HEIGHT - PICTURE_HEIGHT));
    const window = Buffer.alloc(PICTURE_WIDTH * PICTURE_HEIGHT * 3);
    for (let row = 0; row < PICTURE_HEIGHT; row++) {
      const start = ((top + row) * LANDSCAPE_WIDTH + left) * 3;
      pixels.copy(window, row * PICTURE_WIDTH * 3, start, start + PICTURE_WIDTH * 3);
    }
    let picture = sharp(window, { raw: { width: PICTURE_WIDTH, height: PICTURE_HEIGHT, channels: 3 } });
    if (next() < 0.5) picture = picture.flop();
    // A tint and a brightness of its own: channel gains between 0.8 and 1.2.
    const gains = [0, 1, 2].map(() => 0.8 + next() * 0.4);
    return picture.linear(gains, [0, 0, 0]).jpeg({ quality: JPEG_QUALITY }).toBuffer();
  };
}
