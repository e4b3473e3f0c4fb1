import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/langs';
import { KIND_SECTIONS, SECTIONS } from '../../src/i18n/segments';
import { COLLECTIONS } from '../../src/lib/content-files';
import { ENTRY_KINDS, KINDS, SECTION_KINDS, type Kind } from '../../src/lib/content-kinds';

const kinds = Object.keys(KINDS) as Kind[];

describe('the table of content kinds', () => {
  it('gives every kind a collection of its layout', () => {
    for (const kind of kinds) {
      const { collection, layout } = KINDS[kind];
      expect(COLLECTIONS[collection], kind).toMatchObject({ layout });
    }
    expect(ENTRY_KINDS.every((kind) => KINDS[kind].layout === 'entries')).toBe(true);
  });

  it('gives each section its own URL segment in each language', () => {
    for (const lang of LANGS) {
      const segments = Object.values(SECTIONS).map((section) => section.segments[lang]);
      expect(new Set(segments).size, lang).toBe(segments.length);
    }
    expect(KIND_SECTIONS).toEqual(SECTION_KINDS.map((kind) => KINDS[kind].collection));
  });
});
