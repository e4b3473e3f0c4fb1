// Things that are not wrong but hurt readers, reported as warnings by the editor check.

/** Link texts that do not say where the link goes (WCAG 2.4.4). */
export const VAGUE_LINK_TEXTS = [
  'les mer',
  'klikk her',
  'her',
  'trykk her',
  'mer',
  'lenke',
  'read more',
  'click here',
  'here',
  'more',
  'link',
];

/** The largest picture file the editor guide asks for. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export interface MarkdownLink {
  text: string;
  url: string;
  /** Offset of the link in the text. */
  index: number;
}

/** Inline Markdown links: [text](url). */
export function markdownLinks(body: string): MarkdownLink[] {
  return [...body.matchAll(/(?<!!)\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => ({
    text: m[1] ?? '',
    url: m[2] ?? '',
    index: m.index ?? 0,
  }));
}

export function isVagueLinkText(text: string): boolean {
  return VAGUE_LINK_TEXTS.includes(
    text
      .trim()
      .toLowerCase()
      .replace(/[.:!…]+$/, ''),
  );
}

/**
 * A link to the other language's version of a page that also exists in the page's own
 * language: returns that page, which the link should point to instead.
 */
export function sameLanguageTarget(
  url: string,
  pageLang: 'nb' | 'en',
  translations: ReadonlyMap<string, string>,
): string | null {
  if (!url.startsWith('/')) return null;
  const path = url.split(/[?#]/)[0] ?? url;
  const linksToEnglish = path.startsWith('/en/');
  if (linksToEnglish === (pageLang === 'en')) return null;
  return translations.get(path) ?? null;
}
