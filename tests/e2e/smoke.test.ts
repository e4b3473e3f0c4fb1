import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser';
import { testSite } from '../helpers/sites';

// Known content: the fixture site.
const context = useBrowserAndSite(() => testSite('fixture').distDir);

describe('in a real browser', () => {
  it('switches from the Norwegian home page to English and back', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect(page.locator('h1').textContent()).resolves.toContain('testnettsted');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${context.site.origin}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').textContent()).resolves.toContain('test site');

    await page.getByRole('link', { name: 'Norsk' }).click();
    await page.waitForURL(`${context.site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.close();
  });

  it('follows a case from the list to its English translation', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/losninger/`);
    await page.getByRole('link', { name: /Protein fra halm/ }).click();
    await page.waitForURL(/\/losninger\/protein-av-halm\/$/);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/solutions\/straw-protein\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('straw');
    await page.close();
  });
});
