// The numbers behind the charts of the solutions: by theme, by maturity and by SDG.
import type { Site } from './site';
import type { Lang } from '../i18n/langs';
import { t } from '../i18n/ui';
import { countBy, type BarInput } from '../lib/charts';
import { entriesIn } from '../lib/routes';
import { MATURITIES, MATURITY_IDS, sdgLabel } from '../lib/taxonomy';

export interface ChartData {
  id: string;
  title: string;
  description: string;
  rows: BarInput[];
  columns: [string, string];
}

export function solutionCharts(site: Site, lang: Lang): ChartData[] {
  const ui = t(lang);
  const solutions = entriesIn(site.solutions, lang);
  const themes = [...site.themes.values()];
  const byTheme = countBy(
    solutions,
    (s) => s.data.themes,
    themes.map((th) => th.id),
  );
  const byMaturity = countBy(solutions, (s) => [s.data.maturity], MATURITY_IDS);
  const goals = [...new Set(solutions.flatMap((s) => s.data.sdgs))].sort((a, b) => a - b).map(String);
  const bySdg = countBy(solutions, (s) => s.data.sdgs.map(String), goals);
  const columns = (first: string): [string, string] => [first, ui.chartCount];
  return [
    {
      id: 'chart-theme',
      title: ui.chartByTheme,
      description: ui.chartByThemeDesc,
      rows: themes.map((th) => ({ label: th.data.name[lang], value: byTheme[th.id] ?? 0 })),
      columns: columns(ui.themes),
    },
    {
      id: 'chart-maturity',
      title: ui.chartByMaturity,
      description: ui.chartByMaturityDesc,
      rows: MATURITY_IDS.map((id) => ({ label: MATURITIES[id][lang], value: byMaturity[id] ?? 0 })),
      columns: columns(ui.maturity),
    },
    {
      id: 'chart-sdg',
      title: ui.chartBySdg,
      description: ui.chartBySdgDesc,
      rows: goals.map((goal) => ({ label: sdgLabel(Number(goal), lang), value: bySdg[goal] ?? 0 })),
      columns: columns(ui.sdgs),
    },
  ];
}
