// The curated keyword layer: extra search words for what Pagefind does not do itself
// (split Norwegian compounds, know nb<->en synonyms). See content/search-terms.yaml.
import { otherLang, type Lang } from '../i18n/langs';

export type TermGroup = Record<Lang, string[]>;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-cased. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** "fôr" -> "for", "bærekraft" -> "baerekraft": how people type without Norwegian letters. */
export function foldDiacritics(word: string): string {
  return word.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').normalize('NFD').replace(/\p{M}/gu, '');
}

/** Whether a word of the page matches a term: alone, at the end of a compound, or (4+ letters) at its start. */
function wordMatches(word: string, term: string): boolean {
  return word === term || word.endsWith(term) || (term.length >= 4 && word.startsWith(term));
}

function groupMatches(pageWords: Set<string>, pageText: string, terms: string[]): boolean {
  return terms.some((term) => {
    const lower = term.toLowerCase();
    if (lower.includes(' ')) return pageText.includes(lower);
    return [...pageWords].some((word) => wordMatches(word, lower));
  });
}

/**
 * The extra search words for a page: every word of each group the page matches, in the
 * page's language, plus the other language's words when the page has no translation that a
 * search in that language would find; and every word of the page with æ, ø or an accent as
 * people type it without (Pagefind folds å to a, but not æ and ø).
 */
export function keywordsFor(text: string, lang: Lang, groups: readonly TermGroup[], hasTranslation: boolean): string[] {
  const pageWords = new Set(words(text));
  const pageText = text.toLowerCase();
  const keywords = new Set<string>();
  for (const word of pageWords) {
    const folded = foldDiacritics(word);
    if (folded !== word && folded !== word.replace(/å/g, 'a')) keywords.add(folded);
  }
  for (const group of groups) {
    if (!groupMatches(pageWords, pageText, group[lang])) continue;
    const terms = hasTranslation ? group[lang] : [...group[lang], ...group[otherLang(lang)]];
    for (const term of terms) {
      const lower = term.toLowerCase();
      keywords.add(lower);
      keywords.add(foldDiacritics(lower));
    }
  }
  return [...keywords].sort();
}
