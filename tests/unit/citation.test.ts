import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/citation';

const base = {
  title: 'Protein fra halm',
  organisation: 'NCE Heidner Biocluster',
  url: 'https://example.org/losninger/a/',
  published: new Date('2026-03-12T00:00:00Z'),
};

describe('citation', () => {
  it('names organisation, year, title, dates and the permanent URL', () => {
    expect(citation({ ...base, updated: new Date('2026-09-02T00:00:00Z'), lang: 'nb' })).toBe(
      'NCE Heidner Biocluster (2026): «Protein fra halm». Publisert 12. mars 2026, oppdatert 2. september 2026. https://example.org/losninger/a/',
    );
  });

  it('leaves out an update on the day of publishing, and uses English quotes in English', () => {
    expect(citation({ ...base, title: 'Protein from straw', updated: base.published, lang: 'en' })).toBe(
      'NCE Heidner Biocluster (2026): “Protein from straw”. Published 12 March 2026. https://example.org/losninger/a/',
    );
  });
});
