import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser';
import { testSite } from '../helpers/sites';

// Known content: the fixture site.
const context = useBrowserAndSite(() => testSite('fixture').distDir);

const resultLinks = (page: Page) =>
  page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));

describe('search page', () => {
  it('searches as the reader types, filters, keeps the state in the URL and follows a result', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/sok/`);
    await page.getByLabel('Søk på nettstedet', { exact: true }).last().fill('fôr');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/\d+ treff for «fôr»/);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('fôr');
    await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(3);
    const all = await resultLinks(page);

    const count = async () => Number((await page.locator('#search-status').textContent())?.match(/\d+/)?.[0]);
    const allCount = await count();
    await page.locator('#filters-type summary').click();
    await page.getByLabel(/^Løsning \(\d+\)$/).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('type')).toBe('Løsning');
    // Wait for the new list itself: an empty list (while it is being replaced) passes `every`.
    await expect
      .poll(async () => {
        const links = await resultLinks(page);
        return links.length > 0 && links.every((href) => href?.startsWith('/losninger/'));
      })
      .toBe(true);
    const filtered = await resultLinks(page);
    expect(await count()).toBeLessThan(allCount);
    expect(filtered).not.toEqual(all);

    await page.reload();
    await expect.poll(() => resultLinks(page)).toEqual(filtered);
    await expect(page.getByLabel(/^Løsning \(\d+\)$/).isChecked()).resolves.toBe(true);

    await page.locator('#search-results h2 a').first().click();
    await page.waitForURL(`${context.site.origin}${filtered[0]}`);
    await page.close();
  });

  it('offers the other language and the themes when nothing is found', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/sok/?q=cold%20chain`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Ingen treff for «cold chain».');
    await expect(page.getByRole('link', { name: 'Se alle tema' }).getAttribute('href')).resolves.toBe('/tema/');
    await page.getByRole('link', { name: 'Søk etter «cold chain» på engelsk' }).click();
    await page.waitForURL(`${context.site.origin}/en/search/?q=cold+chain`);
    await expect.poll(() => resultLinks(page)).toEqual(['/en/solutions/dairy-cold-chain/']);
    await page.close();
  });

  it('accepts filter values in either language and carries the search to the other language', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/sok/?q=halm&theme=Biorefining`);
    await expect.poll(() => new URL(page.url()).searchParams.get('theme')).toBe('Bioraffinering');
    await expect(page.getByLabel(/^Bioraffinering \(\d+\)$/).isChecked()).resolves.toBe(true);
    const english = page.getByRole('link', { name: 'English' });
    await expect.poll(() => english.getAttribute('href')).toBe('/en/search/?q=halm&theme=Biorefining');
    await page.close();
  });

  it('shows the first result on a phone’s first screen, the filters behind one button', async () => {
    const page = await context.browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${context.site.origin}/sok/?q=halm`);
    const first = page.locator('#search-results li').first();
    await expect.poll(() => first.count()).toBe(1);
    const box = await first.boundingBox();
    expect(box!.y + 60).toBeLessThan(667);
    const toggle = page.getByRole('button', { name: 'Filtrer' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('#filters-type').isVisible()).resolves.toBe(false);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.locator('#filters-type summary').click();
    await page.getByLabel(/^Løsning \(\d+\)$/).check();
    await expect.poll(() => toggle.textContent()).toBe('Filtrer (1)');
    await page.close();
  });

  it('suggests the word the reader may have meant, from the site’s own words', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/sok/?q=bioraffinerng`);
    await expect.poll(() => page.locator('#search-status').textContent()).toBe('Ingen treff for «bioraffinerng».');
    const suggested = page.locator('#search-suggestion');
    await expect.poll(() => suggested.textContent()).toBe('Mente du bioraffinering?');
    await suggested.getByRole('link', { name: 'bioraffinering' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('bioraffinering');
    await expect.poll(() => resultLinks(page)).toContain('/tema/bioraffinering/');
    await expect(suggested.isVisible()).resolves.toBe(false);
    await page.goto(`${context.site.origin}/en/search/?q=protien`);
    await expect.poll(() => suggested.textContent()).toBe('Did you mean protein?');
    await page.close();
  });

  it('keeps the header search box a plain form that leads to the search page', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${context.site.origin}/en/solutions/straw-protein/`);
    await page.locator('header input[name="q"]').fill('whey');
    await page.locator('header input[name="q"]').press('Enter');
    await page.waitForURL(`${context.site.origin}/en/search/?q=whey`);
    // Without JavaScript the search page says where to browse instead, with no form that would do nothing.
    await expect(page.locator('#search-no-js').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-no-js a').count()).resolves.toBeGreaterThan(3);
    await expect(page.locator('#search-form').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('downloads nothing of search on other pages, and little on the first search', async () => {
    const page = await context.browser.newPage();
    const fetched: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      // What a host that compresses would send: gzip, or the file as it is where that is smaller
      // (Pagefind's index files come compressed).
      fetched.push({ url: response.url(), bytes: Math.min(body.length, gzipSync(body).length) });
    });
    await page.goto(`${context.site.origin}/`);
    await page.locator('header input[name="q"]').focus();
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((f) => f.url.includes('/pagefind/'))).toEqual([]);

    fetched.length = 0;
    await page.goto(`${context.site.origin}/sok/?q=halm`);
    await expect.poll(() => page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    const searchBytes = fetched.filter(
      (f) => f.url.includes('/pagefind/') || (f.url.includes('/_astro/') && f.url.endsWith('.js')),
    );
    const total = searchBytes.reduce((sum, f) => sum + f.bytes, 0);
    const BUDGET = 150 * 1024;
    console.log(
      `First search downloads ${searchBytes.length} files, ${(total / 1024).toFixed(1)} KiB with gzip`,
      `(budget ${BUDGET / 1024} KiB):`,
    );
    for (const f of searchBytes)
      console.log(`  ${(f.bytes / 1024).toFixed(1).padStart(6)} KiB  ${new URL(f.url).pathname}`);
    expect(total).toBeLessThan(BUDGET);
    await page.close();
  });
});

describe('solutions explorer', () => {
  it('filters in place, keeps its state in the URL, restores it on reload and steps back with Back', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/en/solutions/`);
    const visible = () => page.locator('.card:visible').count();
    const all = await visible();
    expect(all).toBeGreaterThan(2);

    await page.locator('#explorer summary', { hasText: 'Themes' }).click();
    await page.getByLabel(/Feed \(\d+\)/).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('theme')).toEqual(['feed']);
    const byTheme = await visible();
    expect(byTheme).toBeLessThan(all);
    await expect(page.locator('#explorer-status').textContent()).resolves.toBe(
      `Showing ${byTheme} of ${all} solutions`,
    );

    await page.locator('#explorer summary', { hasText: 'Maturity' }).click();
    await page.getByLabel(/Pilot \(\d+\)/).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=feed&maturity=pilot');
    const both = await visible();
    expect(both).toBeLessThanOrEqual(byTheme);

    await page.reload();
    await expect.poll(visible).toBe(both);
    await expect(page.getByLabel(/Pilot \(\d+\)/).isChecked()).resolves.toBe(true);

    // Each change is a step in the history: Back undoes the last filter, Forward redoes it.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=feed');
    await expect.poll(visible).toBe(byTheme);
    await expect(page.getByLabel(/Pilot \(\d+\)/).isChecked()).resolves.toBe(false);
    await page.goForward();
    await expect.poll(visible).toBe(both);
    await expect(page.getByLabel(/Pilot \(\d+\)/).isChecked()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(visible).toBe(all);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('filters the projects by status and funder the same way', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/prosjekter/`);
    const visible = () => page.locator('.card:visible').count();
    const all = await visible();
    await page.locator('#explorer summary', { hasText: 'Status' }).click();
    await page.getByLabel(/Planlagt \(1\)/).check();
    await expect.poll(() => new URL(page.url()).search).toBe('?status=planlagt');
    await expect.poll(visible).toBe(1);
    await expect(page.locator('.card:visible .card-title').textContent()).resolves.toContain('Tare i fôret');
    await expect(page.locator('#explorer-status').textContent()).resolves.toBe(`Viser 1 av ${all} prosjekter`);
    await page.getByRole('button', { name: 'Fjern alle filtre' }).click();
    await page.locator('#explorer summary', { hasText: 'Finansiør' }).click();
    await page.getByLabel(/Testfondet \(2\)/).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('funder')).toBe('Testfondet');
    await expect.poll(visible).toBe(2);
    await page.close();
  });

  it('accepts either language’s words and carries the filters to the other language', async () => {
    const page = await context.browser.newPage();
    // A link made on the English list (with its words) works on the Norwegian one.
    await page.goto(`${context.site.origin}/losninger/?theme=biorefining&maturity=pilot`);
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=bioraffinering&maturity=pilot');
    await expect(page.getByLabel(/^Bioraffinering \(\d+\)$/).isChecked()).resolves.toBe(true);
    const shown = await page.locator('.card:visible').count();
    expect(shown).toBeGreaterThan(0);
    const english = page.getByRole('link', { name: 'English' });
    await expect(english.getAttribute('href')).resolves.toBe('/en/solutions/?theme=biorefining&maturity=pilot');
    await english.click();
    await page.waitForURL(`${context.site.origin}/en/solutions/?theme=biorefining&maturity=pilot`);
    await expect(page.getByLabel(/^Biorefining \(\d+\)$/).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(/^Pilot \(\d+\)$/).isChecked()).resolves.toBe(true);
    // Later choices are carried too, in the other language's words.
    await page.getByLabel(/^Feed \(\d+\)$/).check();
    await expect
      .poll(() => page.getByRole('link', { name: 'Norsk' }).getAttribute('href'))
      .toBe('/losninger/?theme=bioraffinering&maturity=pilot&theme=for');
    await page.close();
  });

  it('says when nothing matches, offers to undo the last filter or all, bars options that give none', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/en/solutions/?theme=genetics&maturity=pilot`);
    const all = await page.locator('.card').count();
    await expect(page.locator('.card:visible').count()).resolves.toBe(0);
    // The status is a polite live region: screen readers hear each new count.
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      `None of the ${all} solutions matches all the filters you chose.`,
    );
    const undo = page.getByRole('button', { name: 'Remove the last filter (Pilot)' });
    await undo.click();
    await expect.poll(() => new URL(page.url()).search).toBe('?theme=genetics');
    await expect.poll(() => page.locator('.card:visible').count()).toBe(1);
    await expect(undo.isVisible()).resolves.toBe(false);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`Showing 1 of ${all} solutions`);
    // With Genetics chosen, Pilot would list nothing: it is marked and cannot be chosen.
    await expect(page.getByLabel(/^Pilot \(0\)$/).isDisabled()).resolves.toBe(true);
    await expect(page.getByLabel(/^Commercial \(1\)$/).isDisabled()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => page.locator('.card:visible').count()).toBe(all);
    await page.close();
  });

  it('shows a marker on each filter group that turns when it opens', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/en/solutions/`);
    const summary = page.locator('#explorer summary').first();
    const marker = () =>
      summary.evaluate((element) => {
        const style = getComputedStyle(element, '::before');
        return { width: style.borderRightWidth, transform: style.transform };
      });
    const closed = await marker();
    expect(closed.width).not.toBe('0px');
    await summary.click();
    await expect.poll(async () => (await marker()).transform).not.toBe(closed.transform);
    await page.close();
  });

  it('shows the whole list and no filters without JavaScript', async () => {
    const page = await context.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${context.site.origin}/en/solutions/?theme=feed`);
    await expect(page.locator('#explorer').isVisible()).resolves.toBe(false);
    expect(await page.locator('.card:visible').count()).toBe(await page.locator('.card').count());
    await page.close();
  });
});
