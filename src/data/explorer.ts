// The facets of the lists that can be filtered (solutions and projects): each entry's values
// (ids, language-neutral, so a filtered URL means the same in both languages) and the options
// with their labels. The explorer (src/client/explorer.ts) reads the keys from the page.
import { createHash } from 'node:crypto';
import type { Project, Site, Solution } from './site';
import type { Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { projectStatus } from '../lib/project-status';
import {
  MATURITIES,
  MATURITY_IDS,
  PROJECT_STATUSES,
  PROJECT_STATUS_IDS,
  sdgLabel,
  STAGES,
  STAGE_IDS,
} from '../lib/taxonomy';

/**
 * Shows the filters before the first paint when JavaScript runs, so the list below does not
 * jump when they appear. It is inline (a module script runs after the paint); the page puts its
 * hash into the Content-Security-Policy before the <head> is written (EXPLORER_REVEAL_HASH).
 */
export const EXPLORER_REVEAL = "document.getElementById('explorer').hidden = false;";
export const EXPLORER_REVEAL_HASH = `sha256-${createHash('sha256').update(EXPLORER_REVEAL).digest('base64')}` as const;

type Values = Record<string, string[]>;

export function solutionFacets({ data }: Solution): Values {
  return {
    theme: data.themes,
    stage: [data.stage],
    maturity: [data.maturity],
    sdg: data.sdgs.map(String),
    member: data.members,
  };
}

export function projectFacets(site: Site, { data }: Project): Values {
  return {
    theme: data.themes,
    status: [projectStatus(data, site.now)],
    partner: data.partners,
    funder: [...new Set(data.funding.map((grant) => grant.funder))],
  };
}

export interface Facet {
  key: string;
  label: string;
  /** Each option's value is its id; `words` name it in the URL of each language's list. */
  options: { value: string; label: string; words: Record<Lang, string> }[];
}

type Option = Facet['options'][number];
const option = (value: string, label: string, words = { nb: value, en: value }): Option => ({ value, label, words });

/** The options of each facet that at least one listed entry has, in the given order. */
function facetsOf(values: Values[], specs: { key: string; label: string; options: Option[] }[]): Facet[] {
  const used = (key: string) => new Set(values.flatMap((v) => v[key] ?? []));
  return specs
    .map(({ key, label, options }) => ({ key, label, options: options.filter((o) => used(key).has(o.value)) }))
    .filter((facet) => facet.options.length > 0);
}

const themeOptions = (site: Site, lang: Lang) =>
  [...site.themes.values()].map((th) => option(th.id, th.data.name[lang], th.data.slug));
const memberOptions = (site: Site) => [...site.members.values()].map((m) => option(m.id, m.data.name));

export function solutionFacetsFor(site: Site, solutions: Solution[], lang: Lang): Facet[] {
  const ui = t(lang);
  const goals = [...new Set(solutions.flatMap((s) => s.data.sdgs))].sort((a, b) => a - b);
  return facetsOf(solutions.map(solutionFacets), [
    { key: 'theme', label: ui.themes, options: themeOptions(site, lang) },
    { key: 'stage', label: ui.stage, options: STAGE_IDS.map((id) => option(id, STAGES[id][lang], STAGES[id].slug)) },
    {
      key: 'maturity',
      label: ui.maturity,
      options: MATURITY_IDS.map((id) => option(id, MATURITIES[id][lang], MATURITIES[id].slug)),
    },
    { key: 'sdg', label: ui.sdgs, options: goals.map((goal) => option(String(goal), sdgLabel(goal, lang))) },
    { key: 'member', label: ui.members, options: memberOptions(site) },
  ]);
}

export function projectFacetsFor(site: Site, projects: Project[], lang: Lang): Facet[] {
  const ui = t(lang);
  const funders = [...new Set(projects.flatMap((p) => p.data.funding.map((grant) => grant.funder)))].sort();
  return facetsOf(
    projects.map((p) => projectFacets(site, p)),
    [
      { key: 'theme', label: ui.themes, options: themeOptions(site, lang) },
      {
        key: 'status',
        label: ui.status,
        options: PROJECT_STATUS_IDS.map((id) => option(id, PROJECT_STATUSES[id][lang], PROJECT_STATUSES[id].slug)),
      },
      { key: 'partner', label: ui.projectPartners, options: memberOptions(site) },
      { key: 'funder', label: ui.funder, options: funders.map((name) => option(name, name)) },
    ],
  );
}
