// Every author component renders from MDX content, and the video embed loads nothing from
// the video host until the reader clicks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { launchBrowser, serveBuiltSite } from '../helpers/browser';
import { testSite } from '../helpers/sites';

// The fixture site has a story written in MDX that uses every component.
const dist = testSite('fixture').distDir;
const $ = cheerio.load(readFileSync(join(dist, 'historier/alle-komponentene/index.html'), 'utf8'));

describe('MDX author components', () => {
  it('render in the page', () => {
    const article = $('article .prose');
    expect(article.find('aside.fact-box h2').text()).toBe('Fakta om prosjektet');
    expect(article.find('.key-figure strong').text()).toBe('18 %');
    expect(article.find('figure.quote blockquote').text().trim()).toBe('Vi sparer fôr.');
    expect(article.find('figure.quote figcaption').text()).toBe('Ola Nordmann, daglig leder');
    expect(article.find('.prose .figure img').attr('alt')).toBe('Et grønt testbilde');
    expect(article.find('.prose .figure figcaption').text()).toContain('Foto: Kari Nordmann (CC BY 4.0)');
    expect(
      article
        .find('.gallery li img')
        .map((_, img) => $(img).attr('alt'))
        .get(),
    ).toEqual(['Første bilde', 'Andre bilde']);
    expect(article.find('.callout.warning[role="note"]').text()).toContain('Dette er et eksempel.');
    expect(article.find('.video-embed a').attr('href')).toBe('https://www.youtube.com/watch?v=abcdefghijk');
  });

  it('load the video only after a click', async () => {
    const browser = await launchBrowser();
    const site = await serveBuiltSite(dist);
    try {
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      // Nothing here may reach the network: answer the player's request locally.
      await page.route(/youtube/, (route) =>
        route.fulfill({ status: 200, body: '<!doctype html><title>player</title>' }),
      );
      await page.goto(`${site.origin}/historier/alle-komponentene/`);
      await page.waitForLoadState('networkidle');
      expect(requested.filter((url) => !url.startsWith(site.origin))).toEqual([]);

      await page.getByRole('link', { name: /Spill av video: Omvisning på gården/ }).click();
      const player = page.locator('.video-embed iframe');
      await expect(player.getAttribute('src')).resolves.toBe(
        'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1',
      );
      await expect.poll(() => requested.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    } finally {
      await browser.close();
      await site.stop();
    }
  });
});
