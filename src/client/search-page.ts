// The search page in the browser: loads Pagefind, searches as the reader types, shows
// filters with counts and results, and keeps the state in the URL (?q=…&theme=…).
import {
  hasFilters,
  matchedMostlyKeywords,
  pagefindFilters,
  readSearchState,
  searchWithAccents,
  translateFilters,
  writeSearchState,
  type FilterKey,
  type SearchPageConfig,
} from '../lib/search-state';
import { fill } from '../lib/template';
import { LOCALES, otherLang } from '../i18n/langs';
import { carryToOtherLanguage } from './language-switch';

interface ResultData {
  url: string;
  excerpt: string;
  word_count: number;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<ResultData> }[]; filters: Record<string, Record<string, number>> }>;
}

const PAGE_SIZE = 10;
/** Fewer results than this, and the page looks for a spelling suggestion. */
const FEW_RESULTS = 3;
const app = document.getElementById('search-app');
const form = document.getElementById('search-form') as HTMLFormElement | null;

if (app && form) void start(app, form);

async function start(app: HTMLElement, form: HTMLFormElement) {
  const config = JSON.parse(app.dataset['config'] ?? '{}') as SearchPageConfig;
  const { strings } = config;
  const input = document.getElementById('search-query') as HTMLInputElement;
  const sort = document.getElementById('search-sort') as HTMLSelectElement;
  const filtersBox = document.getElementById('search-filters')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const footer = document.getElementById('search-footer')!;
  const suggestionLine = document.getElementById('search-suggestion')!;
  // Shown before the first paint by the page's inline script (see SearchView.astro).
  const options = document.getElementById('search-options')!;
  const toggle = document.getElementById('search-filter-toggle')!;
  toggle.addEventListener('click', () => {
    const expanded = options.classList.toggle('expanded');
    toggle.setAttribute('aria-expanded', String(expanded));
  });

  // A link may name filter values in the other language's words: this page shows its own.
  const stateOfUrl = () =>
    translateFilters(readSearchState(new URLSearchParams(location.search)), config.valueNames, config.lang);
  let state = stateOfUrl();
  const carry = () =>
    carryToOtherLanguage(writeSearchState(translateFilters(state, config.valueNames, otherLang(config.lang))));
  carry();
  input.value = state.q;
  sort.value = state.sort;

  status.textContent = strings.loading;
  let pagefind: Pagefind;
  let allFilters: Record<string, Record<string, number>>;
  try {
    // A variable URL keeps the bundler from trying to resolve the index at build time.
    const bundle = config.bundle;
    pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.options({ baseUrl: config.base });
    await pagefind.init();
    allFilters = await pagefind.filters();
  } catch {
    status.textContent = strings.failed;
    return;
  }

  let run = 0;
  async function update(pushUrl: boolean) {
    state = readSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    const query = writeSearchState(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`)
      history[pushUrl ? 'pushState' : 'replaceState'](null, '', url);
    carry();
    const thisRun = ++run;
    if (!state.q && !hasFilters(state)) {
      showFilters(allFilters);
      status.textContent = strings.emptyQuery;
      suggestionLine.hidden = true;
      list.replaceChildren();
      footer.replaceChildren();
      return;
    }
    const response = await searchWithAccents(pagefind, state.q, {
      filters: pagefindFilters(state),
      ...(state.sort === 'date' ? { sort: { date: 'desc' } } : {}),
    });
    if (thisRun !== run) return; // a newer search has started
    showFilters(response.filters);
    const count = response.results.length;
    const counts = state.q
      ? [strings.results.one, strings.results.many]
      : [strings.results.noQueryOne, strings.results.noQueryMany];
    status.textContent =
      count === 0
        ? fill(strings.noResults, { q: state.q })
        : fill(count === 1 ? counts[0]! : counts[1]!, { n: count, q: state.q });
    list.replaceChildren();
    await Promise.all([showMore(response.results, 0, thisRun), suggest(count, thisRun)]);
  }

  async function showMore(results: { data(): Promise<ResultData> }[], from: number, thisRun: number) {
    const page = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (thisRun !== run) return;
    list.append(...page.map(resultItem));
    footer.replaceChildren();
    if (from + PAGE_SIZE < results.length) {
      const more = element('button', { type: 'button', class: 'more' }, strings.more);
      more.addEventListener('click', () => {
        const firstNew = from + PAGE_SIZE;
        void showMore(results, firstNew, thisRun).then(() => list.children[firstNew]?.querySelector('a')?.focus());
      });
      footer.append(more);
    }
    footer.append(results.length === 0 ? emptyState() : otherLanguageHint());
  }

  // The site's words and the code that compares them, fetched once, the first time a search finds little.
  let vocabulary: Promise<string[]> | undefined;

  /** "Mente du …?" under the count, when the search found little and a nearby word exists. */
  async function suggest(count: number, thisRun: number) {
    suggestionLine.hidden = true;
    if (!state.q || count >= FEW_RESULTS) return;
    vocabulary ??= fetch(config.words)
      .then((response) => response.json() as Promise<string[]>)
      .catch(() => []);
    const [{ suggestion }, words] = await Promise.all([import('../lib/suggest'), vocabulary]);
    const suggested = suggestion(state.q, words);
    if (!suggested || thisRun !== run) return;
    const link = element('a', { href: `?${new URLSearchParams({ q: suggested })}` }, suggested);
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = suggested;
      void update(true);
    });
    const [before = '', after = ''] = strings.didYouMean.split('{q}');
    suggestionLine.replaceChildren(before, link, after);
    suggestionLine.hidden = false;
  }

  function resultItem(data: ResultData): HTMLElement {
    const keywordCount = Number(data.meta['keyword_count'] ?? 0);
    const excerpt = element('p', { class: 'excerpt' });
    if (matchedMostlyKeywords(data.locations, data.word_count, keywordCount))
      excerpt.textContent = data.meta['summary'] ?? '';
    else excerpt.innerHTML = data.excerpt; // Pagefind's excerpt: escaped page text with <mark> around hits
    const meta = [data.filters['type']?.[0], data.meta['date'] && formatDate(data.meta['date'])]
      .filter(Boolean)
      .join(' · ');
    const item = element('li', { class: 'result' });
    // The thumbnail is the picture's smallest AVIF file, with its fallback file for browsers without AVIF.
    if (data.meta['image'])
      item.append(
        element(
          'picture',
          { class: 'thumb' },
          element('source', { srcset: data.meta['image'], type: 'image/avif' }),
          element('img', {
            src: data.meta['image_fallback'] ?? data.meta['image'],
            alt: '',
            width: '160',
            height: '90',
            loading: 'lazy',
          }),
        ),
      );
    const body = element('div', { class: 'result-body' });
    const heading = element('h2');
    heading.append(element('a', { href: data.url }, data.meta['title'] ?? data.url));
    body.append(heading, element('p', { class: 'result-meta' }, meta), excerpt);
    item.append(body);
    return item;
  }

  function emptyState(): HTMLElement {
    const box = element('div', { class: 'empty' });
    const tips = element('ul');
    tips.append(...strings.tips.map((tip) => element('li', {}, tip)));
    const links = element('ul');
    links.append(element('li', {}, element('a', { href: config.themes }, strings.browseThemes)));
    if (state.q)
      links.append(
        element(
          'li',
          {},
          element(
            'a',
            { href: otherSearchUrl(), hreflang: otherLangCode() },
            fill(strings.otherLanguage, { q: state.q }),
          ),
        ),
      );
    box.append(tips, links);
    return box;
  }

  function otherLanguageHint(): HTMLElement {
    const hint = element('p', { class: 'other-language' }, `${strings.otherLanguageHint} `);
    if (state.q)
      hint.append(
        element(
          'a',
          { href: otherSearchUrl(), hreflang: otherLangCode() },
          fill(strings.otherLanguage, { q: state.q }),
        ),
      );
    return hint;
  }

  function otherSearchUrl() {
    return `${config.otherSearch}?${new URLSearchParams({ q: state.q })}`;
  }

  function otherLangCode() {
    return otherLang(config.lang);
  }

  function formatDate(iso: string) {
    return new Intl.DateTimeFormat(LOCALES[config.lang], {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(iso));
  }

  /** One collapsible checkbox group per filter, built once; updates only change texts and ticks. */
  function buildFilters() {
    const groups = config.filterKeys.flatMap((key: FilterKey) => {
      const values = Object.keys(allFilters[key] ?? {}).sort((a, b) =>
        a.localeCompare(b, config.lang, { numeric: true }),
      );
      if (values.length === 0) return [];
      const details = element('details', { id: `filters-${key}` });
      details.append(element('summary', { class: 'disclosure', 'data-filter-summary': key }, strings.filterNames[key]));
      const fieldset = element('fieldset');
      fieldset.append(element('legend', { class: 'visually-hidden' }, strings.filterNames[key]));
      values.forEach((value, i) => {
        const id = `filter-${key}-${i}`;
        const row = element('div', { class: 'filter' });
        row.append(
          element('input', { type: 'checkbox', name: key, value, id, form: form.id }),
          element('label', { for: id, 'data-value': value }, value),
        );
        fieldset.append(row);
      });
      details.append(fieldset);
      return [details];
    });
    filtersBox.replaceChildren(...groups);
  }

  /** Ticks from the state, and each value with the number of current results that have it. */
  function showFilters(counts: Record<string, Record<string, number>>) {
    const chosenCount = config.filterKeys.reduce((sum, key) => sum + state.filters[key].length, 0);
    toggle.textContent = chosenCount ? `${strings.filterToggle} (${chosenCount})` : strings.filterToggle;
    for (const key of config.filterKeys) {
      const chosen = state.filters[key];
      const summary = filtersBox.querySelector(`[data-filter-summary="${key}"]`);
      if (!summary) continue;
      summary.textContent = chosen.length ? `${strings.filterNames[key]} (${chosen.length})` : strings.filterNames[key];
      if (chosen.length) (summary.parentElement as HTMLDetailsElement).open = true;
      for (const box of filtersBox.querySelectorAll<HTMLInputElement>(`input[name="${key}"]`))
        box.checked = chosen.includes(box.value);
      for (const label of filtersBox.querySelectorAll<HTMLElement>(`#filters-${key} label`)) {
        const value = label.dataset['value'] ?? '';
        label.textContent = `${value} (${counts[key]?.[value] ?? 0})`;
      }
    }
  }

  let typing: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => void update(false), 250);
  });
  // Sort and filters live outside the form element (they join it through form="…").
  options.addEventListener('change', () => void update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(true);
  });
  window.addEventListener('popstate', () => {
    state = stateOfUrl();
    input.value = state.q;
    sort.value = state.sort;
    showFilters(allFilters);
    void update(false);
  });
  buildFilters();
  showFilters(allFilters);
  await update(false);
}

function element(tag: string, attributes: Record<string, string> = {}, ...children: (string | Node)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
