import { describe, expect, it } from 'vitest';
import { projectStatus } from '../../src/lib/project-status';

const period = { start: new Date('2026-01-01'), end: new Date('2026-12-31') };

describe('the status of a research project', () => {
  it('follows the dates and the build date', () => {
    expect(projectStatus(period, new Date('2025-12-31T23:59:59Z'))).toBe('planned');
    expect(projectStatus(period, new Date('2026-01-01T00:00:00Z'))).toBe('ongoing');
    // The end date is the last day of the project: it is ongoing all that day.
    expect(projectStatus(period, new Date('2026-12-31T23:59:59Z'))).toBe('ongoing');
    expect(projectStatus(period, new Date('2027-01-01T00:00:00Z'))).toBe('completed');
  });

  it('runs on without an end date', () => {
    expect(projectStatus({ start: period.start }, new Date('2099-01-01'))).toBe('ongoing');
  });

  it('takes the status the file gives over the dates', () => {
    expect(projectStatus({ ...period, status: 'completed' }, new Date('2026-06-01'))).toBe('completed');
  });
});
