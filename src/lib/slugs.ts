import slugify from '@sindresorhus/slugify';

/** URL names: lowercase ASCII letters and digits, words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** A path of the site made of URL names, with its slashes: "/nyheter/fagdag/". */
export const SITE_PATH_PATTERN = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)+$/;

/** A URL name made from any text, as editors expect: æ → ae, ø → o, å → a ("Fjellfôr AS" → "fjellfor-as"). */
export const toSlug = (text: string): string =>
  slugify(text.toLowerCase(), {
    customReplacements: [
      ['æ', 'ae'],
      ['ø', 'o'],
      ['å', 'a'],
    ],
  });
