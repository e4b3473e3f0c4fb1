import type { Lang } from './langs';
import { t } from './ui';
import { KINDS, type LabelledKind } from '../lib/content-kinds';

/** The name of a kind of page, as the search's type filter and the social cards show it. */
export function kindLabel(kind: LabelledKind, lang: Lang): string {
  return t(lang)[KINDS[kind].label];
}
