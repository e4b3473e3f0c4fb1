// Filters a list in place (the solutions, the projects). Each card carries its facet values
// (data-facets) and the explorer names its facets (data-keys); the choices live in the URL
// (?theme=…&stage=…), so a filtered list can be shared.
import { appendFilters, facetCount, passes, readFilters, type Filters } from '../lib/url-filters';
import { fill } from '../lib/template';

const explorer = document.getElementById('explorer');
if (explorer) start(explorer);

function start(form: HTMLElement) {
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as { shown: string };
  const keys = JSON.parse(form.dataset['keys'] ?? '[]') as string[];
  const total = Number(form.dataset['total']);
  const status = document.getElementById('explorer-status')!;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-facets]')].map((card) => ({
    card,
    facets: JSON.parse(card.dataset['facets'] ?? '{}') as Partial<Record<string, string[]>>,
  }));

  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const chosen = (): Filters<string> =>
    readFilters(new URLSearchParams(boxes.filter((b) => b.checked).map((b) => [b.name, b.value])), keys);

  function apply(filters: Filters<string>) {
    const visible = cards.filter(({ card, facets }) => {
      card.hidden = !passes(facets, keys, filters);
      return !card.hidden;
    });
    // Each option shows how many entries would be listed with it chosen too.
    const items = cards.map(({ facets }) => facets);
    for (const count of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key = '', value = ''] = JSON.parse(count.dataset['countFor'] ?? '[]') as string[];
      count.textContent = `(${facetCount(items, keys, filters, key, value)})`;
    }
    status.textContent = fill(texts.shown, { n: visible.length, total });
  }

  /** Shows the filters of the URL: on load, and when Back or Forward returns to a choice. */
  function restore() {
    const filters = readFilters(new URLSearchParams(location.search), keys);
    for (const box of boxes) box.checked = filters[box.name]?.includes(box.value) ?? false;
    for (const details of form.querySelectorAll('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
    apply(filters);
  }

  /** A change of the filters is a step in the history, so that Back undoes it. */
  function choose() {
    const params = appendFilters(new URLSearchParams(), keys, chosen()).toString();
    history.pushState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    restore();
  }

  form.addEventListener('change', choose);
  document.getElementById('explorer-reset')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    choose();
  });
  window.addEventListener('popstate', restore);
  restore();
}
