import type { ImageMetadata } from 'astro';

/**
 * A picture's width, height and format, read without marking the original as used. Astro copies
 * an original into the built site once code reads a property of its import (a proxy records it),
 * but not when it reads them from `clone`, as Astro's own <Picture> does. The pages link only to
 * the sizes Astro makes, so those copies would be megabytes nobody downloads.
 */
export function imageMetadata(src: ImageMetadata): ImageMetadata {
  return (src as ImageMetadata & { clone?: ImageMetadata }).clone ?? src;
}
