// One URL, one page: the last check of the route table before Astro sees it. The rules on
// slugs (content-rules.ts) explain most collisions field by field; this check guarantees that
// no two routes claim one path, whatever made them, so that none quietly replaces another.
import type { Problem } from './content-rules';
import type { EntryTypes, Route } from './routes';

interface Claimant {
  /** The file behind the route, or the name of a page the site makes itself. */
  source: string;
  /** The field that gave the path; none for the site's own pages. */
  field?: string;
}

function claimantOf<E extends EntryTypes>(route: Route<E>, fileOf: (entry: object) => string): Claimant {
  if ('entry' in route) return { source: fileOf(route.entry), field: route.view === 'redirect' ? 'aliases' : 'slug' };
  if (route.view !== 'index') return { source: `the ${route.view} page` };
  const page = route.page.current > 1 ? `, page ${route.page.current}` : '';
  return { source: `the ${route.kind} index${page}` };
}

const named = ({ source, field }: Claimant) => (field ? `${source} (${field})` : source);

/** A problem for every path that more than one route claims, reported on a file where there is one. */
export function routeClaimProblems<E extends EntryTypes>(
  routes: readonly Route<E>[],
  fileOf: (entry: object) => string,
): Problem[] {
  const first = new Map<string, Route<E>>();
  const problems: Problem[] = [];
  for (const route of routes) {
    const holder = first.get(route.path);
    if (!holder) {
      first.set(route.path, route);
      continue;
    }
    const [held, claim] = [claimantOf(holder, fileOf), claimantOf(route, fileOf)];
    // The site's own pages cannot be renamed: the message goes to the file.
    const [report, other] = claim.field || !held.field ? [claim, held] : [held, claim];
    problems.push({
      file: report.source,
      field: report.field ?? '(path)',
      message: `gives the path ${route.path}, which ${named(other)} has already: choose another URL name`,
    });
  }
  return problems;
}
