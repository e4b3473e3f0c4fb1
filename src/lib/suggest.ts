// "Mente du …?": a spelling suggestion for a search that found nothing or little, from the
// site's own words (written at build time, see src/pages/[...words].json.ts), with no network.
import { distance } from 'fastest-levenshtein';
import { foldDiacritics, words } from './search-keywords';

/** Words shorter than this are neither suggested nor corrected ("og", "for", "fôr"). */
const MIN_LENGTH = 4;

/** Lower case, and æ, ø, å as a reader without them types them: "Bærekraftig" → "baerekraftig". */
const folded = (word: string) => foldDiacritics(word.toLowerCase());

/** A vocabulary from texts: each word of MIN_LENGTH letters or more, the most frequent first. */
export function vocabularyOf(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(words)) {
    if (word.length >= MIN_LENGTH && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b)).map(([word]) => word);
}

/** How many edits a word of this length may be off: one for 4 letters, two up to 8, then three
 * (two letters swapped, "protien", count as two). */
const allowedEdits = (length: number) => (length < 5 ? 1 : length < 9 ? 2 : 3);

/** The vocabulary's nearest word to one that is not in it, or undefined if none is near enough. */
function nearest(word: string, vocabulary: readonly string[], known: ReadonlySet<string>): string | undefined {
  const typed = folded(word);
  if (word.length < MIN_LENGTH || known.has(typed)) return undefined;
  let best: { word: string; edits: number } | undefined;
  for (const candidate of vocabulary) {
    const edits = distance(typed, folded(candidate));
    // The vocabulary is most frequent first: on a tie, the commoner word stays.
    if (edits <= allowedEdits(typed.length) && (!best || edits < best.edits)) best = { word: candidate, edits };
  }
  return best?.word;
}

/**
 * The query with each word that the site does not know replaced by the nearest word it does,
 * or undefined when there is nothing to suggest.
 */
export function suggestion(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary.map(folded));
  const typed = words(query);
  const suggested = typed.map((word) => nearest(word, vocabulary, known) ?? word);
  return suggested.some((word, i) => word !== typed[i]) ? suggested.join(' ') : undefined;
}
