import { describe, expect, it } from 'vitest';
import { groupByFolder, missingLangs, parseEntryId } from '../../src/lib/translations';

describe('translation pairing', () => {
  it('reads the folder and the language from an entry id', () => {
    expect(parseEntryId('halm-til-protein/nb')).toEqual({ folder: 'halm-til-protein', lang: 'nb' });
    expect(parseEntryId('a/b/en')).toEqual({ folder: 'a/b', lang: 'en' });
    expect(parseEntryId('halm-til-protein/no')).toBeNull();
    expect(parseEntryId('nb')).toBeNull();
  });

  it('pairs the languages of one folder and keeps single-language entries', () => {
    const groups = groupByFolder([{ id: 'a/nb' }, { id: 'a/en' }, { id: 'b/nb' }, { id: 'c/en' }, { id: 'bad' }]);
    expect([...groups.keys()]).toEqual(['a', 'b', 'c']);
    expect(groups.get('a')).toEqual({ nb: { id: 'a/nb' }, en: { id: 'a/en' } });
    expect(missingLangs(groups.get('b')!)).toEqual(['en']);
    expect(missingLangs(groups.get('c')!)).toEqual(['nb']);
    expect(missingLangs(groups.get('a')!)).toEqual([]);
  });
});
