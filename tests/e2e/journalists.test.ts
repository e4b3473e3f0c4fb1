import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
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

  it('prints the content and the press box without navigation or controls', async () => {
    const page = await context.browser.newPage();
    await page.goto(`${context.site.origin}/losninger/protein-av-halm/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const display = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
      return {
        nav: display('.main-nav'),
        language: display('.language-switch'),
        pressBox: display('.press-box'),
        impact: display('.impact'),
      };
    });
    expect(shown).toMatchObject({ nav: 'none', language: 'none', pressBox: 'grid', impact: 'block' });
    await page.close();
  });

  it('renders a PDF that says each address once, prints the download address and no copy status', async () => {
    const clipboardContext = await context.browser.newContext();
    await clipboardContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: context.site.origin });
    const page = await clipboardContext.newPage();
    await page.goto(`${context.site.origin}/losninger/protein-av-halm/`);
    // A reader who copied the citation first, then printed.
    await page.getByRole('button', { name: 'Kopier sitatet' }).click();
    await expect.poll(() => page.locator('.copy-status').textContent()).toBe('Sitatet er kopiert.');
    const download = await page.locator('.press-box a[download]').getAttribute('data-print-address');
    const pdf = await page.pdf({ path: join(OUTPUT, 'case-print.pdf'), format: 'A4' });
    await clipboardContext.close();

    const { totalPages, text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
    const all = text.join('\n');
    // Long addresses wrap in print: compare without the line breaks.
    const joined = all.replace(/\s+/g, '');
    expect(all.split('kari.nordmann@example.no').length - 1).toBe(1);
    expect(all).not.toContain('mailto:kari.nordmann');
    expect(download).toMatch(/^https?:\/\/.+\/losninger\/protein-av-halm\/protein-av-halm_[a-z0-9-]+\.jpg$/);
    expect(joined).toContain(download!.replace(/\s+/g, ''));
    expect(all).not.toContain('Sitatet er kopiert');
    expect(all).not.toContain('Hopp til innholdet');
    // No near-empty last page: the last holds at least a fifth of what the fullest page holds.
    expect(totalPages).toBeLessThanOrEqual(3);
    const lengths = text.map((page) => page.replace(/\s+/g, '').length);
    if (totalPages > 1)
      expect(lengths.at(-1)!, JSON.stringify(lengths)).toBeGreaterThanOrEqual(Math.max(...lengths) / 5);
  });
});
