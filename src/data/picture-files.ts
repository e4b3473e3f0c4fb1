// The files a picture is shown from (src/lib/responsive-pictures.ts): AVIF at the ladder's widths
// and one fallback file. Every place that shows a picture asks here, so the same picture is
// encoded once per width wherever it appears (pages, cards, the press page, search results).
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { imageMetadata } from './image-metadata';
import { fallbackFormat, FALLBACK_WIDTH, pictureWidths } from '../lib/responsive-pictures';

/** AVIF at the ladder's widths up to `largest`, and the picture's one fallback file for browsers without AVIF. */
export async function pictureFiles(src: ImageMetadata, largest?: number) {
  const { width, format } = imageMetadata(src);
  const [avif, fallback] = await Promise.all([
    getImage({ src, format: 'avif', widths: pictureWidths(width, largest) }),
    getImage({ src, format: fallbackFormat(format), width: Math.min(FALLBACK_WIDTH, width) }),
  ]);
  return { avif, fallback };
}
