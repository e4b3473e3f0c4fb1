import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser';
import { PROJECT_ROOT } from '../helpers/astro-cli';

const context = useBrowserAndSite(() => inject('distDir'));

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results');

beforeAll(() => {
  mkdirSync(SCREENSHOTS, { recursive: true });
});

describe('in a real browser', () => {
  it('switches from the Norwegian home page to English and back', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect(page.locator('h1').textContent()).resolves.toContain('bærekraftige');
    await page.screenshot({ path: join(SCREENSHOTS, 'home-nb.png'), fullPage: true });

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${context.site.origin}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.screenshot({ path: join(SCREENSHOTS, 'home-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'Norsk' }).click();
    await page.waitForURL(`${context.site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.close();
  });

  it('follows a case from the list to its English translation', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/losninger/`);
    await page.getByRole('link', { name: /Protein til fôr fra halm/ }).click();
    await page.waitForURL(/\/losninger\/protein-fra-halm\/$/);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/solutions\/protein-from-straw\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('straw');
    await page.screenshot({ path: join(SCREENSHOTS, 'case-en.png'), fullPage: true });
    await page.close();
  });
});
