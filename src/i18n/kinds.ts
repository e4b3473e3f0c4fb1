import type { Lang } from './langs';
import { t } from './ui';

/** The kinds of page that readers search and share. */
export type ContentKind = 'solution' | 'story' | 'news' | 'member' | 'page';

/** The name of a kind of page, as the type filter and the social cards show it. */
export function kindLabel(kind: ContentKind, lang: Lang): string {
  const ui = t(lang);
  return {
    solution: ui.kindSolution,
    story: ui.kindStory,
    news: ui.kindNews,
    member: ui.kindMember,
    page: ui.kindPage,
  }[kind];
}
