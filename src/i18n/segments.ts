import type { Lang } from './langs';
import { t, type UiText } from './ui';
import { KINDS, SECTION_KINDS, type KindSection } from '../lib/content-kinds';

interface SectionSpec {
  segments: Record<Lang, string>;
  /** Its name in the interface: menus, breadcrumbs. */
  label: UiText;
}

/** Sections that show no kind of content: the search page and the open data. */
const TOOL_SECTIONS = {
  search: { segments: { nb: 'sok', en: 'search' }, label: 'search' },
  data: { segments: { nb: 'data', en: 'data' }, label: 'openData' },
} as const satisfies Record<string, SectionSpec>;

export type Section = KindSection | keyof typeof TOOL_SECTIONS;

/** The site's sections and their URL segments: one per kind that has a section, and the tools. */
export const SECTIONS: Record<Section, SectionSpec> = {
  ...(Object.fromEntries(
    SECTION_KINDS.map((kind) => {
      const spec = KINDS[kind];
      return [spec.collection, { segments: spec.segments, label: spec.section.label }];
    }),
  ) as Record<KindSection, SectionSpec>),
  ...TOOL_SECTIONS,
};

/** The sections of the content kinds, in the order of content-kinds.ts (menus follow it). */
export const KIND_SECTIONS: KindSection[] = SECTION_KINDS.map((kind) => KINDS[kind].collection);

/** First URL segments of the files that the build writes beside the pages. */
const FILE_SEGMENTS = ['pagefind', 'og', 'admin', '_astro'];

/** Every first URL segment the site uses itself; static pages may not take one of these as slug. */
export function reservedSegments(lang: Lang): string[] {
  const own = Object.values(SECTIONS).map((section) => section.segments[lang]);
  return lang === 'nb' ? [...own, 'en', ...FILE_SEGMENTS] : own;
}

/** The name of a section, as menus and breadcrumbs show it. */
export function sectionLabel(section: Section, lang: Lang): string {
  return t(lang)[SECTIONS[section].label];
}
