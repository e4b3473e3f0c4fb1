// Filters a list in place (the solutions, the projects). Each card carries its facet values
// (data-facets) and the explorer names its facets (data-keys); the choices live in the URL
// (?theme=bioraffinering&maturity=pilot), in the page's language, so a filtered list can be
// shared, reloaded, stepped through with Back and Forward, and carried to the other language.
import { facetCount, filtersOf, passes, readChoices, writeChoices, type FilterOption } from '../lib/url-filters';
import { fill } from '../lib/template';
import { otherLang, type Lang } from '../i18n/langs';
import { carryToOtherLanguage } from './language-switch';

const explorer = document.getElementById('explorer');
if (explorer) start(explorer);

interface Option extends FilterOption {
  box: HTMLInputElement;
  label: string;
}

function start(section: HTMLElement) {
  const texts = JSON.parse(section.dataset['texts'] ?? '{}') as { shown: string; none: string; undo: string };
  const keys = JSON.parse(section.dataset['keys'] ?? '[]') as string[];
  const total = Number(section.dataset['total']);
  const lang = document.documentElement.lang as Lang;
  const status = document.getElementById('explorer-status')!;
  const undo = document.getElementById('explorer-undo')!;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-facets]')].map((card) => ({
    card,
    facets: JSON.parse(card.dataset['facets'] ?? '{}') as Partial<Record<string, string[]>>,
  }));
  const options: Option[] = [...section.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
    key: box.name,
    id: box.value,
    words: JSON.parse(box.dataset['words'] ?? '{}') as Record<Lang, string>,
    label: box.dataset['label'] ?? box.value,
    box,
  }));
  // In the order they were chosen: the last one is what "remove the last filter" takes away.
  let choices: Option[] = [];

  function show() {
    const filters = filtersOf(choices, keys);
    const visible = cards.filter(({ card, facets }) => {
      card.hidden = !passes(facets, keys, filters);
      return !card.hidden;
    });
    // Each option shows how many entries would be listed with it chosen too; one that would
    // list none cannot be chosen (unless it is, through a shared link).
    const items = cards.map(({ facets }) => facets);
    for (const option of options) {
      const count = facetCount(items, keys, filters, option.key, option.id);
      option.box.checked = choices.includes(option);
      option.box.disabled = count === 0 && !option.box.checked;
      option.box.labels?.[0]?.querySelector('.count')?.replaceChildren(`(${count})`);
    }
    status.textContent = fill(visible.length ? texts.shown : texts.none, { n: visible.length, total });
    const last = choices.at(-1);
    undo.hidden = visible.length > 0 || !last;
    if (last) undo.textContent = fill(texts.undo, { label: last.label });
    carryToOtherLanguage(writeChoices(choices, otherLang(lang)));
  }

  /** The choices of the URL: on load, and when Back or Forward returns to a step. */
  function restore() {
    choices = readChoices(new URLSearchParams(location.search), options);
    for (const details of section.querySelectorAll('details')) {
      if (choices.some((choice) => details.contains(choice.box))) details.open = true;
    }
    show();
  }

  /** A change of the filters is a step in the history, so that Back undoes it. */
  function choose(next: Option[]) {
    choices = next;
    if (urlOf(choices) !== here()) history.pushState(null, '', urlOf(choices));
    show();
  }

  const here = () => `${location.pathname}${location.search}`;
  const urlOf = (chosen: Option[]) => {
    const params = writeChoices(chosen, lang).toString();
    return `${location.pathname}${params ? `?${params}` : ''}`;
  };

  section.addEventListener('change', (event) => {
    const option = options.find((o) => o.box === event.target);
    if (!option) return;
    choose(option.box.checked ? [...choices, option] : choices.filter((choice) => choice !== option));
  });
  undo.addEventListener('click', () => {
    choose(choices.slice(0, -1));
    // The button goes once something is listed again; the focus stays in the explorer.
    if (undo.hidden) document.getElementById('explorer-reset')?.focus();
  });
  document.getElementById('explorer-reset')?.addEventListener('click', () => choose([]));
  window.addEventListener('popstate', restore);
  restore();
  // A link in the other language's words, or with ids, is written in this page's words.
  if (urlOf(choices) !== here()) history.replaceState(null, '', urlOf(choices));
}
