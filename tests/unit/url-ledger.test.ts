import { describe, expect, it } from 'vitest';
import { missingUrls, missingUrlsMessage, publicUrls, readLedger, writeLedger } from '../../src/lib/url-ledger';

describe('ledger of published URLs', () => {
  it('reads URLs and skips comments and blank lines', () => {
    expect(readLedger('# header\n/a/\n\n/b/\n')).toEqual(['/a/', '/b/']);
  });

  it('only ever adds URLs', () => {
    const text = writeLedger(['/old/', '/a/'], ['/a/', '/new/']);
    expect(readLedger(text)).toEqual(['/a/', '/new/', '/old/']);
  });

  it('names the URLs the build lost and says how to fix it', () => {
    const missing = missingUrls(['/a/', '/gone/'], ['/a/', '/b/']);
    expect(missing).toEqual(['/gone/']);
    const message = missingUrlsMessage(missing);
    expect(message).toContain('/gone/');
    expect(message).toContain('aliases');
  });

  it('lists pages as folders, with feeds and data, without assets and the 404 page', () => {
    expect(
      publicUrls([
        'index.html',
        'om/index.html',
        '404.html',
        '_astro/x.css',
        'pagefind/pagefind.js',
        'nyheter/rss.xml',
        'data/losninger.json',
        'favicon.svg',
      ]),
    ).toEqual(['/', '/data/losninger.json', '/nyheter/rss.xml', '/om/']);
  });

  it('keeps the calendars to subscribe to, not the file of one event, which is named by its slug', () => {
    expect(
      publicUrls(['arrangementer/kalender.ics', 'en/events/calendar.ics', 'arrangementer/fagdag/fagdag.ics']),
    ).toEqual(['/arrangementer/kalender.ics', '/en/events/calendar.ics']);
  });
});
