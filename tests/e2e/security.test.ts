// No request to another origin on any template, no Content-Security-Policy violation, a policy
// without 'unsafe-inline', and the headers file for hosts that read one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowserAndSite } from '../helpers/browser';
import { builtPages } from '../helpers/dist';
import { bothSites } from '../helpers/sites';
import { templatePaths } from '../helpers/templates';

describe.each(bothSites())('security of the $name site', ({ distDir }) => {
  const context = useBrowserAndSite(() => distDir);

  it('loads everything from its own origin and breaks no rule of its policy', async () => {
    const page = await context.browser.newPage();
    const foreign: string[] = [];
    const violations: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(context.site.origin) && !request.url().startsWith('data:'))
        foreign.push(`${page.url()} -> ${request.url()}`);
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    for (const path of templatePaths(distDir)) {
      await page.goto(`${context.site.origin}${path}`);
      if (path.includes('?q='))
        await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.match(/treff|result/));
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('sends a policy without unsafe-inline on every page, and WebAssembly only where search runs', () => {
    for (const page of builtPages(distDir).filter((p) => p.$('meta[http-equiv="refresh"]').length === 0)) {
      const policy = page.$('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(policy, page.path).toContain("default-src 'self'");
      expect(policy, page.path).not.toContain('unsafe-inline');
      expect(policy.includes('wasm-unsafe-eval'), page.path).toBe(page.path === '/sok/' || page.path === '/en/search/');
    }
  });

  it('marks every link to another site noopener', () => {
    const missing = builtPages(distDir).flatMap((page) =>
      page
        .$('a[href^="http"]')
        .toArray()
        .filter((a) => !(page.$(a).attr('rel') ?? '').split(/\s+/).includes('noopener'))
        .map((a) => `${page.path} ${page.$(a).attr('href')}`),
    );
    expect(missing).toEqual([]);
  });

  it('ships security headers for hosts that read _headers', () => {
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    for (const header of [
      "frame-ancestors 'none'",
      'Strict-Transport-Security: max-age=',
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy:',
      'Permissions-Policy:',
    ]) {
      expect(headers).toContain(header);
    }
  });
});
