import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, serveBuiltSite } from '../helpers/browser';
import { PROJECT_ROOT } from '../helpers/astro-cli';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-results');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveBuiltSite>>;

beforeAll(async () => {
  browser = await launchBrowser();
  site = await serveBuiltSite(inject('distDir'));
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('in a real browser', () => {
  it('switches from the Norwegian home page to English and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await expect(page.locator('h1').textContent()).resolves.toContain('bærekraftige');
    await page.screenshot({ path: join(SCREENSHOTS, 'home-nb.png'), fullPage: true });

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${site.origin}/en/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.screenshot({ path: join(SCREENSHOTS, 'home-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'Norsk' }).click();
    await page.waitForURL(`${site.origin}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('nb');
    await page.close();
  });

  it('follows a case from the list to its English translation', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/losninger/`);
    await page.getByRole('link', { name: /Protein til fôr fra halm/ }).click();
    await page.waitForURL(/\/losninger\/protein-fra-halm\/$/);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/solutions\/protein-from-straw\/$/);
    await expect(page.locator('h1').textContent()).resolves.toContain('straw');
    await page.screenshot({ path: join(SCREENSHOTS, 'case-en.png'), fullPage: true });
    await page.close();
  });
});
