// The iCalendar files of both sites, read by a calendar parser (ical.js): every file parses,
// each language's calendar holds exactly its published events, each event page offers its own
// file, and an event keeps its UID in both languages. The fixture site shows the times and the
// upcoming/past split it was written for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { builtFileList } from '../../scripts/built-files';
import { LANGS } from '../../src/i18n/langs';
import { calendarPath } from '../../src/lib/urls';
import { builtPages, resolvePath } from '../helpers/dist';
import { bothSites, testSite } from '../helpers/sites';

const EVENT_PAGE = { nb: /^\/arrangementer\/[a-z0-9-]+\/$/, en: /^\/en\/events\/[a-z0-9-]+\/$/ };

function readCalendar(distDir: string, path: string) {
  const text = readFileSync(join(distDir, path), 'utf8');
  return { text, events: new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent') };
}

describe.each(bothSites())('the calendars of the $name site', ({ distDir }) => {
  const pages = builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0);
  const icsFiles = builtFileList(distDir).filter((file) => file.endsWith('.ics'));

  it('are all valid iCalendar with the fields every event needs', () => {
    expect(icsFiles.length).toBeGreaterThanOrEqual(2);
    for (const file of icsFiles) {
      const { text, events } = readCalendar(distDir, `/${file}`);
      expect(text.startsWith('BEGIN:VCALENDAR\r\n'), file).toBe(true);
      for (const vevent of events) {
        for (const name of ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary', 'url']) {
          expect(vevent.getFirstProperty(name), `${file}: ${name}`).not.toBeNull();
        }
        const event = new ICAL.Event(vevent);
        expect(event.startDate.compare(event.endDate), file).toBeLessThanOrEqual(0);
        expect(vevent.getFirstPropertyValue('dtstamp')!.toString(), file).toMatch(/Z$/);
      }
    }
  });

  for (const lang of LANGS) {
    it(`hold every published event in ${lang}, and each event page offers its own file`, () => {
      const eventPages = pages.filter((p) => EVENT_PAGE[lang].test(p.path));
      const { events } = readCalendar(distDir, calendarPath(lang));
      const urls = events.map((e) => new URL(String(e.getFirstPropertyValue('url'))).pathname).sort();
      expect(urls).toEqual(eventPages.map((p) => p.path).sort());
      for (const page of eventPages) {
        const link = page.$('a[download][type="text/calendar"]');
        expect(link.length, page.path).toBe(1);
        const own = readCalendar(distDir, resolvePath(distDir, link.attr('href')!)!.slice(distDir.length));
        expect(own.events).toHaveLength(1);
        const uid = own.events[0]!.getFirstPropertyValue('uid');
        expect(events.map((e) => e.getFirstPropertyValue('uid'))).toContain(uid);
      }
    });
  }

  it('give an event the same UID in both languages', () => {
    const uids = (lang: 'nb' | 'en') =>
      readCalendar(distDir, calendarPath(lang)).events.map((e) => String(e.getFirstPropertyValue('uid')));
    const english = new Set(uids('en'));
    const translated = pages.filter((p) => EVENT_PAGE.nb.test(p.path) && p.$('link[hreflang="en"]').length > 0);
    expect(uids('nb').filter((uid) => english.has(uid))).toHaveLength(translated.length);
  });
});

describe('the events of the fixture site', () => {
  const { distDir } = testSite('fixture');
  const page = (path: string) => builtPages(distDir).find((p) => p.path === path)!;

  it('are written in Oslo time, summer and winter', () => {
    const [webinar, cancelled, seminar] = readCalendar(distDir, '/arrangementer/kalender.ics').events.map(
      (e) => new ICAL.Event(e),
    );
    expect(seminar!.startDate.toJSDate().toISOString()).toBe('2099-06-10T07:00:00.000Z');
    expect(webinar!.startDate.toJSDate().toISOString()).toBe('2020-01-15T12:00:00.000Z');
    expect(cancelled!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(seminar!.uid).toBe('seminar@www.heidner.example');
  });

  it('lists the upcoming events first, soonest first, and the past ones apart', () => {
    const $ = page('/arrangementer/').$;
    const titles = (heading: string) =>
      $(`section[aria-labelledby="${heading}"] .card-title`)
        .map((_, el) => $(el).text().trim())
        .get();
    expect(titles('upcoming-heading')).toEqual(['Markdag på Granli gård', 'Seminar om proteinfôr']);
    expect(titles('past-heading')).toEqual(['Webinar om sensorer i fjøset']);
  });

  it('show time, place, organiser, sign-up and price on the page, and the event in its structured data', () => {
    const $ = page('/arrangementer/seminar-om-for/').$;
    const facts = $('.facts-box').text().replace(/\s+/g, ' ');
    for (const text of [
      'kl. 09:00–15:30',
      'Acme-huset',
      'Eksempelveien 1, 2317 Hamar',
      'Acme AS',
      'Gratis',
      'Påmeldingsfrist',
    ]) {
      expect(facts).toContain(text);
    }
    const things = $('script[type="application/ld+json"]')
      .get()
      .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
    expect(things.find((t) => t['@type'] === 'Event')).toMatchObject({
      startDate: '2099-06-10T09:00:00+02:00',
      endDate: '2099-06-10T15:30:00+02:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { name: 'Acme-huset' },
      organizer: { name: 'Acme AS' },
    });
  });

  it('drop sign-up once an event is over, and say so', () => {
    const facts = page('/en/events/webinar-on-sensors/').$('.facts-box').text();
    expect(facts).toContain('This event is over.');
    expect(facts).not.toContain('Register');
  });

  it('keep the address an event had as a news item', () => {
    expect(page('/nyheter/gammelt-seminar/').$('meta[http-equiv="refresh"]').attr('content')).toContain(
      '/arrangementer/seminar-om-for/',
    );
  });
});
