// The files a picture is made in. Every picture takes its widths from this one ladder, so a
// picture shown in several places (a case's page, its card in lists, the press page) is
// encoded once per width, not once per place.

/**
 * 400 and 800 serve cards (22rem) at 1x and 2x and phones at 1x and 2x; 1200 serves the main
 * picture on 3x phones (390 px wide) and on wide screens (70rem), and every main picture has it
 * (MIN_MAIN_PICTURE_WIDTH in picture-rules.ts).
 */
export const PICTURE_WIDTHS = [400, 800, 1200] as const;

/**
 * The ladder's widths up to `largest` for a picture `sourceWidth` wide. A picture narrower than
 * a width it would need is used at its own width (never enlarged).
 */
export function pictureWidths(sourceWidth: number, largest: number = PICTURE_WIDTHS.at(-1)!): number[] {
  const wanted = PICTURE_WIDTHS.filter((width) => width <= largest);
  const fitting = wanted.filter((width) => width <= sourceWidth);
  return fitting.length < wanted.length ? [...fitting, sourceWidth] : fitting;
}

/**
 * AVIF encoder settings by width, chosen with `npm run bench:encoders` (docs/performance.md):
 * effort 1 with the chroma subsampling of JPEG and WebP, a twelfth of the time of sharp's default
 * (effort 4, 4:4:4). Files wider than 800 (the main picture on 3x phones and wide screens) use
 * effort 0, which takes 40 % less time: a photo's file is as small, a flat illustration's a third
 * larger, and most readers load the 800 or 400 file. (The smaller widths at effort 0 would make
 * every list page heavier.)
 */
export function avifOptions(width: number) {
  return { effort: width > 800 ? 0 : 1, chromaSubsampling: '4:2:0' } as const;
}

/**
 * The fallback <img> for browsers without AVIF: one file, no wider than this. Those few browsers
 * get a fair picture, and the build makes one file for them instead of one per width.
 */
export const FALLBACK_WIDTH = 800;

/** The fallback's format: a JPEG or GIF stays what it is (PNG would be larger); anything else becomes PNG. */
export function fallbackFormat(originalFormat: string): 'jpg' | 'gif' | 'png' {
  if (originalFormat === 'jpg' || originalFormat === 'jpeg') return 'jpg';
  return originalFormat === 'gif' ? 'gif' : 'png';
}
