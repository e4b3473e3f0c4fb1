// The curated keyword layer: extra search words for what Pagefind does not do itself
// (split Norwegian compounds, know nb<->en synonyms). See content/search-terms.yaml.
import { otherLang, type Lang } from '../i18n/langs';

export type TermGroup = Record<Lang, string[]>;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words too common to mean anything: as a search word, each would be added to nearly every
 * page. "for" is the Norwegian preposition; "fôr" (feed) is a word of its own.
 */
const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  nb: new Set(
    'alle andre at av bare blir da de den denne der det dette du eller en er et etter for fra har hun hva han'
      .concat(' hvor i ikke kan med men mot nå når og om opp over på seg sin skal som til ut var ved vi å')
      .split(' '),
  ),
  en: new Set(
    'about all and are but can for from had has have her his how its not off one our out she that the their'
      .concat(' them then there these they this was were what when who why will with you your')
      .split(' '),
  ),
};

/** Whether a word is too common to mean anything in one of the site's languages ("for", "the"). */
export function isCommonWord(word: string): boolean {
  return Object.values(STOP_WORDS).some((words) => words.has(word.toLowerCase()));
}

/** Letters, digits, spaces and hyphens: no markup, which would reach the page's hidden search words. */
const PLAIN_TERM = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u;

/** Why a word cannot be a search word of its language, or undefined when it can. */
export function searchTermProblem(term: string, lang: Lang): string | undefined {
  if (!PLAIN_TERM.test(term)) return 'may hold only letters, digits, spaces and hyphens';
  if ((term.match(/\p{L}/gu) ?? []).length < 3) return 'is too short to search for: use words of 3 letters or more';
  if (STOP_WORDS[lang].has(term.toLowerCase())) return 'is too common to search for: it would match almost every page';
  return undefined;
}

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
