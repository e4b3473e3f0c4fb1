// Filters the solutions list in place. Each card carries its facet values (data-facets);
// the choices live in the URL (?theme=…&stage=…), so a filtered list can be shared.
import { FACET_KEYS, type FacetKey } from '../lib/explorer-facets';
import { anyFilter, appendFilters, facetCount, passes, readFilters, type Filters } from '../lib/url-filters';
import { fill } from '../lib/template';

const explorer = document.getElementById('explorer');
if (explorer) start(explorer);

function start(form: HTMLElement) {
  const texts = JSON.parse(form.dataset['texts'] ?? '{}') as { shown: string };
  const total = Number(form.dataset['total']);
  const status = document.getElementById('explorer-status')!;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-facets]')].map((card) => ({
    card,
    facets: JSON.parse(card.dataset['facets'] ?? '{}') as Partial<Record<FacetKey, string[]>>,
  }));

  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const chosen = (): Filters<FacetKey> =>
    readFilters(new URLSearchParams(boxes.filter((b) => b.checked).map((b) => [b.name, b.value])), FACET_KEYS);

  function apply(filters: Filters<FacetKey>) {
    const visible = cards.filter(({ card, facets }) => {
      card.hidden = !passes(facets, FACET_KEYS, filters);
      return !card.hidden;
    });
    // Each option shows how many solutions would be listed with it chosen too.
    const items = cards.map(({ facets }) => facets);
    for (const count of form.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [key, value] = (count.dataset['countFor'] ?? '').split('=') as [FacetKey, string];
      count.textContent = `(${facetCount(items, FACET_KEYS, filters, key, value)})`;
    }
    status.textContent = fill(texts.shown, { n: visible.length, total });
  }

  function sync() {
    const filters = chosen();
    const params = appendFilters(new URLSearchParams(), FACET_KEYS, filters).toString();
    history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    for (const details of form.querySelectorAll('details')) {
      if (details.querySelector('input:checked')) details.open = true;
    }
    apply(filters);
  }

  const initial = readFilters(new URLSearchParams(location.search), FACET_KEYS);
  for (const box of boxes) box.checked = initial[box.name as FacetKey]?.includes(box.value) ?? false;
  form.addEventListener('change', sync);
  document.getElementById('explorer-reset')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    sync();
  });
  if (anyFilter(FACET_KEYS, initial)) sync();
  else apply(initial);
}
