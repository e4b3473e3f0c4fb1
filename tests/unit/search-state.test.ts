import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  matchedMostlyKeywords,
  pagefindFilters,
  readSearchState,
  searchWithAccents,
  translateFilters,
  wantsExactAccents,
  writeSearchState,
} from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads the query, filters and sort', () => {
    const state = readSearchState(
      new URLSearchParams('q=+fôr+&theme=Bærekraftig%20fôr&theme=Bioraffinering&sort=date&other=x'),
    );
    expect(state.q).toBe('fôr');
    expect(state.filters.theme).toEqual(['Bærekraftig fôr', 'Bioraffinering']);
    expect(state.filters.type).toEqual([]);
    expect(state.sort).toBe('date');
    expect(hasFilters(state)).toBe(true);
  });

  it('writes back what it reads, leaving defaults out', () => {
    const params = new URLSearchParams('q=avl&type=L%C3%B8sning&sdg=2.%20Utrydde%20sult&sort=date');
    expect(writeSearchState(readSearchState(params)).toString()).toBe(params.toString());
    expect(writeSearchState(readSearchState(new URLSearchParams('sort=relevance'))).toString()).toBe('');
  });

  it('turns filters into Pagefind filters: any value within a key, all keys together', () => {
    const state = readSearchState(new URLSearchParams('theme=A&theme=B&type=Løsning'));
    expect(pagefindFilters(state)).toEqual({ type: { any: ['Løsning'] }, theme: { any: ['A', 'B'] } });
    expect(pagefindFilters(readSearchState(new URLSearchParams('q=x')))).toEqual({});
  });
});

describe('excerpts', () => {
  it('tells when a result matched mostly the keyword list at the end of the page', () => {
    expect(matchedMostlyKeywords([95, 98], 100, 10)).toBe(true);
    expect(matchedMostlyKeywords([12, 95, 98], 100, 10)).toBe(true);
    expect(matchedMostlyKeywords([12, 98], 100, 10)).toBe(false);
    expect(matchedMostlyKeywords([95], 100, 0)).toBe(false);
    expect(matchedMostlyKeywords([], 100, 10)).toBe(false);
  });
});

describe('a search in the other language', () => {
  const names = { theme: [{ nb: 'Bioraffinering', en: 'Biorefining' }], type: [{ nb: 'Løsning', en: 'Solution' }] };

  it('names each filter value in the language, whichever language the URL used', () => {
    const state = readSearchState(new URLSearchParams('q=halm&theme=biorefining&type=Løsning&funder=Testfondet'));
    const english = translateFilters(state, names, 'en');
    expect(writeSearchState(english).toString()).toBe(
      new URLSearchParams('q=halm&type=Solution&theme=Biorefining&funder=Testfondet').toString(),
    );
    expect(translateFilters(english, names, 'nb').filters.theme).toEqual(['Bioraffinering']);
  });
});

describe('accents as written', () => {
  it('keeps accents such as ô and é, and leaves æ, ø and å to the index', () => {
    expect(wantsExactAccents('fôr')).toBe(true);
    expect(wantsExactAccents('idé')).toBe(true);
    expect(wantsExactAccents('for')).toBe(false);
    expect(wantsExactAccents('værlam Fjøsdata på')).toBe(false);
  });

  it('searches exactly first, and folded when that finds nothing', async () => {
    const calls: [string | null, boolean][] = [];
    let exact = false;
    const pagefind = {
      options: async (options: { exactDiacritics: boolean }) => void (exact = options.exactDiacritics),
      search: async (term: string | null) => {
        calls.push([term, exact]);
        return { results: exact ? [] : ['a hit'] };
      },
    };
    await expect(searchWithAccents(pagefind, 'fôrbruk', {})).resolves.toEqual({ results: ['a hit'] });
    expect(calls).toEqual([
      ['fôrbruk', true],
      ['fôrbruk', false],
    ]);
    calls.length = 0;
    await searchWithAccents(pagefind, '', {});
    expect(calls).toEqual([[null, false]]);
    // Folded, "fôr" is "for", which every page has: nothing found stays nothing found.
    calls.length = 0;
    await expect(searchWithAccents(pagefind, 'fôr', {})).resolves.toEqual({ results: [] });
    expect(calls).toEqual([['fôr', true]]);
  });
});
