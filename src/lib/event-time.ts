// When events are, relative to the build: the daily build moves an event from the upcoming
// list to the past one once it has ended.
import { instantOf } from './local-time';

interface Timed {
  /** Local times in Oslo, "2027-04-10T09:00" (local-time.ts). */
  start: string;
  end: string;
}

/** An event is upcoming until it has ended, so one that runs now is still listed first. */
export function isUpcoming(event: Timed, now: Date): boolean {
  return instantOf(event.end).getTime() > now.getTime();
}

/** Soonest first. Local times in one zone sort as text. */
export function byStart(a: { data: Timed }, b: { data: Timed }): number {
  return a.data.start.localeCompare(b.data.start) || a.data.end.localeCompare(b.data.end);
}
