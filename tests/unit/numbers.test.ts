import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber } from '../../src/lib/numbers';

const nbsp = '\u00a0';

describe('numbers', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(15000, 'nb')).toBe(`15${nbsp}000`);
    expect(formatNumber(15000, 'en')).toBe('15,000');
    expect(formatNumber(12.5, 'nb')).toBe('12,5');
  });

  it('says how precise a key figure is, and never parts a number from its unit', () => {
    expect(formatFigure({ value: 15000, precision: 'about', format: 'count' }, 'nb')).toBe(`ca. 15${nbsp}000`);
    expect(formatFigure({ value: 15000, precision: 'about', format: 'count' }, 'en')).toBe('about 15,000');
    expect(formatFigure({ value: 66, precision: 'over', format: 'nok-billion' }, 'nb')).toBe(
      `over 66${nbsp}mrd.${nbsp}kr`,
    );
    expect(formatFigure({ value: 66, precision: 'over', format: 'nok-billion' }, 'en')).toBe(
      `over NOK${nbsp}66${nbsp}billion`,
    );
    expect(formatFigure({ value: 5, precision: 'exact', format: 'nok-million' }, 'en')).toBe(
      `NOK${nbsp}5${nbsp}million`,
    );
  });

  it('never groups the digits of a year', () => {
    expect(formatFigure({ value: 2018, precision: 'exact', format: 'year' }, 'nb')).toBe('2018');
  });
});
