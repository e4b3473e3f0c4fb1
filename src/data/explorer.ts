// The facets of the solutions explorer: each solution's values (ids, language-neutral, so
// a filtered URL means the same in both languages) and the options with their labels.
import { createHash } from 'node:crypto';
import type { Site, Solution } from './site';
import type { Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import type { FacetKey } from '../lib/explorer-facets';
import { MATURITIES, MATURITY_IDS, sdgLabel, STAGES, STAGE_IDS } from '../lib/taxonomy';

/**
 * Shows the filters before the first paint when JavaScript runs, so the list below does not
 * jump when they appear. It is inline (a module script runs after the paint); the page puts its
 * hash into the Content-Security-Policy before the <head> is written (EXPLORER_REVEAL_HASH).
 */
export const EXPLORER_REVEAL = "document.getElementById('explorer').hidden = false;";
export const EXPLORER_REVEAL_HASH = `sha256-${createHash('sha256').update(EXPLORER_REVEAL).digest('base64')}` as const;

export function solutionFacets({ data }: Solution): Record<FacetKey, string[]> {
  return {
    theme: data.themes,
    stage: [data.stage],
    maturity: [data.maturity],
    sdg: data.sdgs.map(String),
    member: data.members,
  };
}

export interface Facet {
  key: FacetKey;
  label: string;
  options: { value: string; label: string }[];
}

/** The options of each facet that at least one of the listed solutions has, in a sensible order. */
export function facetsFor(site: Site, solutions: Solution[], lang: Lang): Facet[] {
  const ui = t(lang);
  const used = (key: FacetKey) => new Set(solutions.flatMap((s) => solutionFacets(s)[key]));
  const option = (value: string, label: string) => ({ value, label });
  const facets: Facet[] = [
    {
      key: 'theme',
      label: ui.themes,
      options: [...site.themes.values()]
        .filter((th) => used('theme').has(th.id))
        .map((th) => option(th.id, th.data.name[lang])),
    },
    {
      key: 'stage',
      label: ui.stage,
      options: STAGE_IDS.filter((id) => used('stage').has(id)).map((id) => option(id, STAGES[id][lang])),
    },
    {
      key: 'maturity',
      label: ui.maturity,
      options: MATURITY_IDS.filter((id) => used('maturity').has(id)).map((id) => option(id, MATURITIES[id][lang])),
    },
    {
      key: 'sdg',
      label: ui.sdgs,
      options: [...used('sdg')]
        .map(Number)
        .sort((a, b) => a - b)
        .map((goal) => option(String(goal), sdgLabel(goal, lang))),
    },
    {
      key: 'member',
      label: ui.members,
      options: [...site.members.values()].filter((m) => used('member').has(m.id)).map((m) => option(m.id, m.data.name)),
    },
  ];
  return facets.filter((facet) => facet.options.length > 0);
}
