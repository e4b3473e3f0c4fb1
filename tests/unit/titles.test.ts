import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/titles';

describe('document titles', () => {
  it('adds the site name where it fits in 70 characters', () => {
    expect(documentTitle('Løsninger', 'NCE Heidner Biocluster')).toBe('Løsninger | NCE Heidner Biocluster');
    const long = 'Protein til fôr fra halm som før ble pløyd ned på gårdene';
    expect(documentTitle(long, 'NCE Heidner Biocluster')).toBe(long);
    expect(documentTitle('NCE Heidner Biocluster', 'NCE Heidner Biocluster')).toBe('NCE Heidner Biocluster');
  });
});
