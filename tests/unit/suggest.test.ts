import { describe, expect, it } from 'vitest';
import { suggestion, vocabularyOf } from '../../src/lib/suggest';

describe('spelling suggestions', () => {
  const vocabulary = vocabularyOf([
    'Protein fra halm: bioraffinering på gården',
    'Bærekraftig fôr til sau og storfe',
    'Bioraffinering av gress, og mer bioraffinering',
    'Sidestrømmer fra meieriet',
  ]);

  it('keeps words whole with æ, ø, å, the most frequent first, and leaves out short words', () => {
    expect(vocabulary[0]).toBe('bioraffinering');
    expect(vocabulary).toContain('bærekraftig');
    expect(vocabulary).not.toContain('fra');
  });

  it('suggests the nearest word the site has for a misspelt one', () => {
    expect(suggestion('bioraffinerng', vocabulary)).toBe('bioraffinering');
    expect(suggestion('Protien', vocabulary)).toBe('protein');
    expect(suggestion('halm bioraffinerig', vocabulary)).toBe('halm bioraffinering');
  });

  it('knows æ, ø and å as readers type them without', () => {
    expect(suggestion('baerekraftig', vocabulary)).toBeUndefined();
    expect(suggestion('barekraftig', vocabulary)).toBe('bærekraftig');
    expect(suggestion('sidestrommer', vocabulary)).toBeUndefined();
    expect(suggestion('sidestromer', vocabulary)).toBe('sidestrømmer');
  });

  it('suggests nothing for known words, short words or words far from any', () => {
    expect(suggestion('bioraffinering', vocabulary)).toBeUndefined();
    expect(suggestion('fôr', vocabulary)).toBeUndefined();
    expect(suggestion('xylofon', vocabulary)).toBeUndefined();
    expect(suggestion('', vocabulary)).toBeUndefined();
  });
});
