// The facets of the solutions explorer (src/client/solution-explorer.ts), kept in the URL like
// the search page's filters. Their values are ids, the same in both languages, so a filtered
// URL means the same on the Norwegian and the English list.

export const FACET_KEYS = ['theme', 'stage', 'maturity', 'sdg', 'member'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
