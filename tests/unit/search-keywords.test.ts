import { describe, expect, it } from 'vitest';
import { foldDiacritics, keywordsFor, searchTermProblem, words, type TermGroup } from '../../src/lib/search-keywords';

const groups: TermGroup[] = [
  { nb: ['raffineri', 'bioraffineri'], en: ['refinery', 'biorefinery'] },
  { nb: ['fôr', 'kraftfôr'], en: ['feed', 'fish feed'] },
  { nb: ['avls'], en: ['breeding'] },
];

describe('keyword layer', () => {
  it('splits text into lower-case words, keeping æ, ø and å', () => {
    expect(words('Bioraffineri på Løten, 2026!')).toEqual(['bioraffineri', 'på', 'løten', '2026']);
  });

  it('folds Norwegian letters and accents the way people type without them', () => {
    expect(foldDiacritics('fôr')).toBe('for');
    expect(foldDiacritics('bærekraftig')).toBe('baerekraftig');
    expect(foldDiacritics('sidestrøm')).toBe('sidestrom');
    expect(foldDiacritics('råvare')).toBe('ravare');
  });

  it('gives a page with a compound the words of its parts', () => {
    const keywords = keywordsFor('Et nytt bioraffineri i Stange.', 'nb', groups, true);
    expect(keywords).toContain('raffineri');
    expect(keywords).not.toContain('refinery');
  });

  it('matches a term at the end of a compound and, from four letters, at its start', () => {
    expect(keywordsFor('Mer fiskefôr fra Hamar.', 'nb', groups, true)).toContain('fôr');
    expect(keywordsFor('Avlsverdi for værlam.', 'nb', groups, true)).toContain('avls');
    expect(keywordsFor('Et fôrbeite.', 'nb', groups, true)).not.toContain('fôr');
  });

  it('adds the forms typed without diacritics', () => {
    expect(keywordsFor('Kraftfôr til kyr.', 'nb', groups, true)).toEqual(['for', 'fôr', 'kraftfor', 'kraftfôr']);
  });

  it('adds the other language only to pages without a translation', () => {
    expect(keywordsFor('Kraftfôr til kyr.', 'nb', groups, false)).toEqual([
      'feed',
      'fish feed',
      'for',
      'fôr',
      'kraftfor',
      'kraftfôr',
    ]);
    expect(keywordsFor('New fish feed from insects.', 'en', groups, false)).toContain('fôr');
  });

  it('adds nothing when no group matches and no word has æ, ø or accents', () => {
    expect(keywordsFor('Salat fra Tynset, dyrket på lånt jord.', 'nb', groups, false)).toEqual([]);
  });

  it('adds every page word with æ or ø as typed without them', () => {
    expect(keywordsFor('Sauebønder velger værlam.', 'nb', [], true)).toEqual(['sauebonder', 'vaerlam']);
  });
});

describe('search words', () => {
  it('take words and phrases of three letters or more', () => {
    for (const term of ['fôr', 'bioraffinering', 'fish feed', 'co2-fangst'])
      expect(searchTermProblem(term, 'nb')).toBeUndefined();
  });

  it.each([
    ['ku', 'nb', /too short/],
    ['og', 'nb', /too short/],
    ['for', 'nb', /too common/],
    ['The', 'en', /too common/],
    ['<b>fôr</b>', 'nb', /only letters, digits, spaces and hyphens/],
    ['fôr "x"', 'nb', /only letters/],
  ] as const)('refuse "%s" in %s', (term, lang, message) => {
    expect(searchTermProblem(term, lang)).toMatch(message);
  });
});
