import { describe, expect, it } from 'vitest';
import { buildTime, formatDate, isCalendarDate, isoDate, isPublished, lastUpdated } from '../../src/lib/dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates', () => {
  it('formats dates for each language', () => {
    expect(formatDate(day('2026-03-12'), 'nb')).toBe('12. mars 2026');
    expect(formatDate(day('2026-03-12'), 'en')).toBe('12 March 2026');
  });

  it('keeps the calendar day whatever the time zone of the machine', () => {
    expect(isoDate(day('2026-01-01'))).toBe('2026-01-01');
    expect(formatDate(day('2026-01-01'), 'en')).toBe('1 January 2026');
  });

  it('publishes neither drafts nor entries dated in the future', () => {
    const now = day('2026-06-01');
    expect(isPublished({ publishDate: day('2026-05-31') }, now)).toBe(true);
    expect(isPublished({ publishDate: day('2026-06-01') }, now)).toBe(true);
    expect(isPublished({ publishDate: day('2026-06-02') }, now)).toBe(false);
    expect(isPublished({ publishDate: day('2026-01-01'), draft: true }, now)).toBe(false);
    expect(isPublished({}, now)).toBe(true);
  });

  it('shows the updated date when there is one', () => {
    expect(lastUpdated({ publishDate: day('2026-01-01'), updated: day('2026-02-01') })).toEqual(day('2026-02-01'));
    expect(lastUpdated({ publishDate: day('2026-01-01') })).toEqual(day('2026-01-01'));
  });

  it('pins "now" with SOURCE_DATE_EPOCH for reproducible builds', () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: '1767225600' })).toEqual(day('2026-01-01'));
    const before = Date.now();
    expect(buildTime({}).getTime()).toBeGreaterThanOrEqual(before);
  });
});

describe('dates as written', () => {
  it('accepts only real calendar days as YYYY-MM-DD', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-45')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
    expect(isCalendarDate('5. mars 2026')).toBe(false);
  });
});
