// iCalendar files (RFC 5545) of events: one per event to add to a calendar, and one per
// language with every event, to subscribe to. Times are written in UTC ("…Z"), the form that
// needs no time-zone definition in the file; calendars show them in the reader's own zone.
import ical, { ICalEventStatus } from 'ical-generator';
import { instantOf } from './local-time';
import type { EventStatus } from './taxonomy';

export interface CalendarEvent {
  /** Stable across changes of title or slug: the entry's folder and the site's host. */
  uid: string;
  /** Local times in Oslo, "2027-04-10T09:00". */
  start: string;
  end: string;
  summary: string;
  description: string;
  url: string;
  /** The venue and its address, or the address of the stream. */
  location?: string | undefined;
  /** The venue's coordinates (only with a location). */
  geo?: { lat: number; lon: number } | undefined;
  status: EventStatus;
  /** When the entry last changed (DTSTAMP). */
  changed: Date;
}

export interface CalendarInput {
  name: string;
  description: string;
  /** The organisation and product that wrote the file, for PRODID. */
  producer: { company: string; product: string; language: string };
  url: string;
  events: readonly CalendarEvent[];
}

const STATUS: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** A host part for UIDs: "heidner.no" from "https://heidner.no/". */
export const uidOf = (id: string, siteUrl: string): string => `${id}@${new URL(siteUrl).host}`;

export function calendarText({ name, description, producer, url, events }: CalendarInput): string {
  const calendar = ical({ name, description, prodId: producer, url });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: instantOf(event.start),
      end: instantOf(event.end),
      stamp: event.changed,
      summary: event.summary,
      description: event.description,
      url: event.url,
      status: STATUS[event.status],
      ...(event.location ? { location: { title: event.location, ...(event.geo ? { geo: event.geo } : {}) } } : {}),
    });
  }
  return calendar.toString();
}
