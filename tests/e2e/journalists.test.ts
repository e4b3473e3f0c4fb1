import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/astro-cli';
import { useBrowserAndSite } from '../helpers/browser';
import { testSite } from '../helpers/sites';

// Known content: the fixture site.
const context = useBrowserAndSite(() => testSite('fixture').distDir);

const OUTPUT = join(PROJECT_ROOT, 'test-results');

beforeAll(() => {
  mkdirSync(OUTPUT, { recursive: true });
});

describe('press box', () => {
  it('copies the citation with the copy button', async () => {
    const clipboardContext = await context.browser.newContext();
    await clipboardContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: context.site.origin });
    const page = await clipboardContext.newPage();
    await page.goto(`${context.site.origin}/en/solutions/straw-protein/`);
    const citation = (await page.locator('.citation').textContent())?.trim();
    expect(citation).toMatch(/^Testklyngen \(2026\): “.+”\. Published .+\. http/);
    await page.getByRole('button', { name: 'Copy the citation' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    await expect(page.getByRole('status').filter({ hasText: 'copied' }).textContent()).resolves.toBe(
      'The citation has been copied.',
    );
    await clipboardContext.close();
  });

  it('prints the content and the press box without navigation, with link addresses', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/losninger/protein-av-halm/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
      const link = document.querySelector('.press-box a[href^="mailto:"]')!;
      return {
        nav: display('.main-nav'),
        language: display('.language-switch'),
        pressBox: display('.press-box'),
        impact: display('.impact'),
        linkAddress: getComputedStyle(link, '::after').content,
      };
    });
    expect(shown).toMatchObject({ nav: 'none', language: 'none', pressBox: 'grid', impact: 'block' });
    expect(shown.linkAddress).toContain('mailto:kari.nordmann@example.no');
    await page.pdf({ path: join(OUTPUT, 'case-print.pdf'), format: 'A4' });
    await page.close();
  });
});
