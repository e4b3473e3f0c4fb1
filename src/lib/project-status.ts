// Where a research project stands, from its period and the build's "now": the daily build moves
// a project from planned to ongoing to completed without anyone editing it.
import type { ProjectStatus } from './taxonomy';

export interface ProjectPeriod {
  start: Date;
  /** Its last day; a project without one runs until its file says otherwise. */
  end?: Date | undefined;
  /** Set by the editor where the dates do not tell (a project stopped early, say). */
  status?: ProjectStatus | undefined;
}

const DAY = 24 * 60 * 60 * 1000;

export function projectStatus({ start, end, status }: ProjectPeriod, now: Date): ProjectStatus {
  if (status) return status;
  if (now.getTime() < start.getTime()) return 'planned';
  // The end date is a calendar day: the project runs through it.
  if (end && now.getTime() >= end.getTime() + DAY) return 'completed';
  return 'ongoing';
}
