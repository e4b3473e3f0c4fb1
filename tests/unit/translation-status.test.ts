import { describe, expect, it } from 'vitest';
import { markdownReport, plainReport, translationRows, type EntryChange } from '../../src/lib/translation-status';

const entry = (
  collection: string,
  folder: string,
  lang: 'nb' | 'en',
  changed: string,
  texts: { fingerprint?: string; translationOf?: string } = {},
): EntryChange => ({
  collection,
  folder,
  lang,
  title: `${folder} ${lang}`,
  changed: new Date(changed),
  fingerprint: texts.fingerprint ?? `${folder}-${lang}`,
  translationOf: texts.translationOf,
});

const rows = translationRows([
  entry('news', 'old-news', 'nb', '2025-01-01'),
  entry('solutions', 'both', 'nb', '2026-01-01'),
  entry('solutions', 'both', 'en', '2026-01-01'),
  entry('solutions', 'stale-en', 'nb', '2026-05-01'),
  entry('solutions', 'stale-en', 'en', '2026-02-01'),
  entry('solutions', 'only-en', 'en', '2026-03-01'),
]);

describe('translation status', () => {
  it('tells translated, missing and out-of-date entries apart', () => {
    const byFolder = Object.fromEntries(rows.map((r) => [r.folder, r.status]));
    expect(byFolder['both']).toEqual({ nb: 'translated', en: 'translated' });
    expect(byFolder['stale-en']).toEqual({ nb: 'translated', en: 'outdated' });
    expect(byFolder['only-en']).toEqual({ nb: 'missing', en: 'translated' });
    expect(byFolder['old-news']).toEqual({ nb: 'translated', en: 'missing' });
  });

  it('trusts a recorded source over the dates, so a same-day edit of the source counts', () => {
    const status = (nbText: string, enSource: string, nbDate: string, enDate: string) =>
      translationRows([
        entry('pages', 'a', 'nb', nbDate, { fingerprint: nbText }),
        entry('pages', 'a', 'en', enDate, { translationOf: enSource }),
      ])[0]?.status;
    // Translated from the text as it stands: current, and the later translation does not flag the source.
    expect(status('aaa', 'aaa', '2026-06-01', '2026-06-02')).toEqual({ nb: 'translated', en: 'translated' });
    // The source changed the same day, dates equal: the translation is out of date.
    expect(status('bbb', 'aaa', '2026-06-01', '2026-06-01')).toEqual({ nb: 'translated', en: 'outdated' });
  });

  it('puts solutions first, newest first', () => {
    expect(rows.map((r) => r.folder)).toEqual(['stale-en', 'only-en', 'both', 'old-news']);
  });

  it('writes a Markdown table of what needs work, and a plain table of everything', () => {
    const markdown = markdownReport(rows);
    expect(markdown).toContain('3 of 4 entries need translation work');
    expect(markdown).toContain('| stale-en nb (`stale-en`) | solutions | ok | OUT OF DATE |');
    expect(markdown).not.toContain('`both`');
    expect(plainReport(rows).split('\n')[1]).toMatch(/^stale-en\s+solutions\s+ok\s+OUT OF DATE$/);
    expect(
      markdownReport(
        translationRows([entry('pages', 'a', 'nb', '2026-01-01'), entry('pages', 'a', 'en', '2026-01-01')]),
      ),
    ).toContain('All 1 entries');
  });
});
