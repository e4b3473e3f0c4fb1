// Searches a built Pagefind index from Node: the bundle's own pagefind.js, with a fetch that
// reads files and a minimal document whose <html lang> picks the language's index.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchWithAccents } from '../../src/lib/search-state';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

export interface PagefindApi {
  search(
    term: string | null,
    options?: { filters?: Record<string, string | string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { data(): Promise<SearchHit & { meta: Record<string, string> }> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const fileFetch = async (url: string | URL) => new Response(await readFile(new URL(String(url))));

/** A Pagefind instance for one language of a built site. */
export async function loadSearch(distDir: string, lang: 'nb' | 'en'): Promise<PagefindApi> {
  const bundle = pathToFileURL(join(distDir, 'pagefind/'));
  Object.assign(globalThis, {
    fetch: fileFetch,
    document: { querySelector: () => ({ getAttribute: () => lang }), currentScript: null },
  });
  // A query string per language gives each language its own module instance.
  const api = (await import(/* @vite-ignore */ `${bundle.href}pagefind.js?lang=${lang}`)) as PagefindApi;
  await api.options({ basePath: bundle.href, baseUrl: '/' });
  // Pagefind reads the language when it starts: start it now, while the document says `lang`.
  await api.init();
  return api;
}

/** The results of a query, with their data, best first. */
export async function searchAll(
  api: PagefindApi,
  term: string | null,
  filters?: Record<string, string | string[]>,
): Promise<SearchHit[]> {
  const response = await searchWithAccents(api, term ?? '', filters ? { filters } : {});
  return Promise.all(
    response.results.map(async (result) => {
      const data = await result.data();
      return { ...data, title: data.meta['title'] ?? '' };
    }),
  );
}
