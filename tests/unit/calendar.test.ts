// The iCalendar files, read back by a calendar parser (ical.js).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarText, uidOf, type CalendarEvent } from '../../src/lib/calendar';
import { byStart, isUpcoming } from '../../src/lib/event-time';

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: uidOf('fagdag', 'https://www.heidner.example/'),
  start: '2027-06-10T09:00',
  end: '2027-06-10T15:30',
  summary: 'Fagdag: fôr, «halm» og æøå; med komma, semikolon',
  description: 'Om fôr.\n\nhttps://www.heidner.example/arrangementer/fagdag/',
  url: 'https://www.heidner.example/arrangementer/fagdag/',
  location: 'Acme-huset, Eksempelveien 1, 2317 Hamar',
  geo: { lat: 60.79, lon: 11.07 },
  status: 'scheduled',
  changed: new Date('2027-01-05T00:00:00Z'),
  ...over,
});

const calendar = (events: CalendarEvent[]) =>
  calendarText({
    name: 'Arrangementer – Testklyngen',
    description: 'Et testnettsted',
    producer: { company: 'Testklyngen', product: 'Utstillingsvindu', language: 'NB' },
    url: 'https://www.heidner.example/',
    events,
  });

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

describe('iCalendar files', () => {
  it('hold what RFC 5545 asks of an event, and the text as written', () => {
    const text = calendar([event()]);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const root = parse(text);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toContain('Testklyngen');
    const vevent = root.getFirstSubcomponent('vevent')!;
    const item = new ICAL.Event(vevent);
    expect(item.uid).toBe('fagdag@www.heidner.example');
    expect(item.summary).toBe('Fagdag: fôr, «halm» og æøå; med komma, semikolon');
    expect(item.location).toBe('Acme-huset, Eksempelveien 1, 2317 Hamar');
    expect(vevent.getFirstPropertyValue('url')).toBe('https://www.heidner.example/arrangementer/fagdag/');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevent.getFirstPropertyValue('geo')).toEqual([60.79, 11.07]);
    // DTSTAMP in UTC; start and end as the moments of 09:00 and 15:30 in Oslo in June (UTC+2).
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2027-01-05T00:00:00Z');
    expect(item.startDate.toJSDate().toISOString()).toBe('2027-06-10T07:00:00.000Z');
    expect(item.endDate.toJSDate().toISOString()).toBe('2027-06-10T13:30:00.000Z');
  });

  it('marks a cancelled or postponed event, and leaves out what is not known', () => {
    const root = parse(
      calendar([event({ status: 'cancelled', location: undefined, geo: undefined }), event({ status: 'postponed' })]),
    );
    const [cancelled, postponed] = root.getAllSubcomponents('vevent');
    expect(cancelled!.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled!.getFirstProperty('location')).toBeNull();
    expect(postponed!.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('gives each event a UID of its stable id and the site, not its URL name', () => {
    expect(uidOf('fagdag', 'https://www.heidner.example/utstillingsvindu/')).toBe('fagdag@www.heidner.example');
  });
});

describe('upcoming and past events', () => {
  const timed = (start: string, end: string) => ({ data: { start, end } });

  it('keeps an event upcoming until it has ended', () => {
    const day = timed('2027-06-10T09:00', '2027-06-10T15:30');
    expect(isUpcoming(day.data, new Date('2027-06-10T12:00:00Z'))).toBe(true);
    expect(isUpcoming(day.data, new Date('2027-06-10T13:30:00Z'))).toBe(false);
  });

  it('sorts the soonest first', () => {
    const later = timed('2027-06-11T09:00', '2027-06-11T10:00');
    const sooner = timed('2027-06-10T09:00', '2027-06-12T10:00');
    expect([later, sooner].sort(byStart)).toEqual([sooner, later]);
  });
});
