import { describe, expect, it } from 'vitest';
import { formatTimeSpan, instantOf, isoWithOffset, normalLocalTime, writtenTimeOf } from '../../src/lib/local-time';

describe('times of day in Oslo', () => {
  it('accepts the written forms and gives one', () => {
    expect(normalLocalTime('2027-04-10T09:00')).toBe('2027-04-10T09:00');
    expect(normalLocalTime('2027-04-10 09:00')).toBe('2027-04-10T09:00');
    expect(normalLocalTime(' 2027-04-10T09:00:00 ')).toBe('2027-04-10T09:00');
  });

  it('refuses what is not a time on a clock in Oslo', () => {
    for (const text of [
      '2027-04-10',
      '2027-13-10T09:00',
      '2027-04-10T25:00',
      '2027-04-10T09:00Z',
      '2027-04-10T09:00+02:00',
    ]) {
      expect(normalLocalTime(text), text).toBeNull();
    }
    // 02:30 on the last Sunday of March does not exist: the clocks go from 02:00 to 03:00.
    expect(normalLocalTime('2027-03-28T02:30')).toBeNull();
  });

  it('reads back a time that a YAML reader turned into a moment in UTC', () => {
    expect(writtenTimeOf(new Date('2027-04-10T09:00:00Z'))).toBe('2027-04-10T09:00');
  });

  it('knows summer and winter time', () => {
    expect(instantOf('2027-06-10T09:00').toISOString()).toBe('2027-06-10T07:00:00.000Z');
    expect(instantOf('2027-01-15T13:00').toISOString()).toBe('2027-01-15T12:00:00.000Z');
    expect(isoWithOffset('2027-06-10T09:00')).toBe('2027-06-10T09:00:00+02:00');
    expect(isoWithOffset('2027-01-15T13:00')).toBe('2027-01-15T13:00:00+01:00');
  });

  it('says when an event is, on one day or over several', () => {
    expect(formatTimeSpan('2027-04-10T09:00', '2027-04-10T15:30', 'nb')).toBe('lørdag 10. april 2027 kl. 09:00–15:30');
    expect(formatTimeSpan('2027-04-10T09:00', '2027-04-10T15:30', 'en')).toBe('Saturday, 10 April 2027 09:00–15:30');
    expect(formatTimeSpan('2027-04-10T09:00', '2027-04-11T14:00', 'en')).toBe(
      'Saturday, 10 April 2027 09:00 – Sunday, 11 April 2027 14:00',
    );
  });
});
