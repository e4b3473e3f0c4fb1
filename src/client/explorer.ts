// Filters a list in place (the solutions, the projects). Each card carries its facet values
// (data-facets) and the explorer names its facets (data-keys); the choices live in the URL
// (?theme=…&stage=…), so a filtered list can be shared.
import { anyFilter, appendFilters, facetCount, passes, readFilters, type Filters } from '../lib/url-filters';
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

  function sync() {
    const filters = chosen();
    const params = appendFilters(new URLSearchParams(), keys, filters).toString();
    history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    for (const details of form.querySelectorAll('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
    apply(filters);
  }

  const initial = readFilters(new URLSearchParams(location.search), keys);
  for (const box of boxes) box.checked = initial[box.name]?.includes(box.value) ?? false;
  form.addEventListener('change', sync);
  document.getElementById('explorer-reset')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    sync();
  });
  if (anyFilter(keys, initial)) sync();
  else apply(initial);
}
